/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Consent freshness (RFC 7675) of the pair one ICE agent selected. ice4j sends the consent checks
 * on the selected pair, as controlling or controlled agent, and stamps each success with the wall
 * clock; this timer decides when consent is lost: no success for {@value #TIMEOUT_MILLIS} ms since
 * the pair was selected or last confirmed (§ 5.1).
 *
 * <p>States: <i>idle</i> until a pair is selected (nothing to lose, never expired); then
 * <i>running</i> against that pair's confirmations, restarted by each new selection; it reads as
 * <i>expired</i> once the timeout passed without a confirmation. The leg decides what expiry means
 * (it fails, once) and how often to ask.
 *
 * <p>Threads: {@link #start} on ice4j's; {@link #expired} on the tick thread.
 */
final class ConsentTimer {
  /** How long a selected pair keeps consent without a successful check (RFC 7675 § 5.1). */
  static final long TIMEOUT_MILLIS = 30_000;

  /** The selected pair's last confirmation: wall-clock milliseconds, 0 before the first. */
  interface Confirmations {
    long lastMillis();
  }

  private record Running(Confirmations pair, long sinceMillis) {}

  private final LongSupplier wallMillis;
  private volatile @Nullable Running running;

  /**
   * @param wallMillis the clock ice4j stamps confirmations with ({@code System::currentTimeMillis})
   */
  ConsentTimer(LongSupplier wallMillis) {
    this.wallMillis = wallMillis;
  }

  /** A pair was selected (the first, or a new one): its consent runs from now. */
  void start(Confirmations pair) {
    running = new Running(pair, wallMillis.getAsLong());
  }

  /** Whether the selected pair lost consent (false while idle). */
  boolean expired() {
    Running r = running;
    if (r == null) {
      return false;
    }
    long confirmed = Math.max(r.sinceMillis(), r.pair().lastMillis());
    return wallMillis.getAsLong() - confirmed > TIMEOUT_MILLIS;
  }
}
