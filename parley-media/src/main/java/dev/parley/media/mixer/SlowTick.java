/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

/**
 * One tick that ended more than a period after its deadline, so the next one started late: what a
 * stall of the media clock looks like to the participants (every room of the thread sends its
 * frames that much later). Kept so that an operator or a benchmark can tell <em>when</em> a stall
 * happened and <em>where</em> the time went — before the tick started ({@code latenessMicros}: the
 * thread was not running, or the previous tick overran) or during it, and then in which member.
 *
 * @param thread the tick thread's name
 * @param atMillis when the tick started, wall clock (milliseconds since the Unix epoch)
 * @param latenessMicros how late the tick started after its deadline
 * @param workMicros how long its work took, all members together
 * @param cpuMicros the CPU time the thread used during that work, or −1 if the JVM cannot tell:
 *     close to {@code workMicros} when the tick was slow because it computed (a slow room, code
 *     that is not compiled yet or was just deoptimised); far below it when the thread was waiting
 *     or did not run (a lock, a page fault, a busy machine, a JVM safepoint)
 * @param slowestMember the member whose tick took longest ({@code toString()}: a room's id and
 *     size), or empty when the thread had no members
 * @param slowestMemberMicros how long that member's tick took
 */
public record SlowTick(
    String thread,
    long atMillis,
    long latenessMicros,
    long workMicros,
    long cpuMicros,
    String slowestMember,
    long slowestMemberMicros) {

  /** How long after its deadline the tick ended: lateness plus work. */
  public long delayMicros() {
    return latenessMicros + workMicros;
  }
}
