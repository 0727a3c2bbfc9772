/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.jitter.JitterBuffer.Insert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Jitter buffer behaviour, driven by a simulated clock: packets arrive at given instants and the
 * buffer is pulled every 20 ms, exactly as the mixer tick does. Each tick's output is written as
 * {@code P<seq>} for a played packet or the {@link Playout.Kind} name.
 */
class JitterBufferTest {
  private static final long MS = 1_000_000;
  private static final int FRAME = 160;

  private JitterBuffer jb = new JitterBuffer(JitterConfig.DEFAULT.withWindow(10), 8000, FRAME);
  private final Playout out = new Playout();
  private final List<Long> waits = new ArrayList<>();

  /** A packet arriving at {@code atMs} with sequence {@code seq} and timestamp {@code ts}. */
  private record Arrival(double atMs, int seq, long ts) {}

  /** Packet k (timestamp 160 k) sent every 20 ms and arriving at 20 k + 15 ms + delay(k). */
  private static List<Arrival> stream(
      int from, int to, java.util.function.IntToDoubleFunction delay) {
    return IntStream.range(from, to)
        .mapToObj(k -> new Arrival(20.0 * k + 15 + delay.applyAsDouble(k), k, 160L * k))
        .collect(Collectors.toList());
  }

  private Insert insert(Arrival a) {
    byte[] payload = new byte[FRAME];
    payload[0] = (byte) a.seq();
    payload[1] = (byte) (a.seq() >> 8);
    return jb.insert(
        a.seq() & 0xFFFF,
        a.ts() & 0xFFFF_FFFFL,
        false,
        0,
        payload,
        0,
        FRAME,
        FRAME,
        (long) (a.atMs() * MS));
  }

  private JitterStats snapshot;

  /** Runs ticks at 0, 20, 40 … ms up to {@code untilMs}, delivering arrivals before each tick. */
  private List<String> run(List<Arrival> arrivals, int untilMs) {
    return run(arrivals, untilMs, -1);
  }

  /** As {@link #run(List, int)}, keeping the stats after the tick at {@code snapshotMs}. */
  private List<String> run(List<Arrival> arrivals, int untilMs, int snapshotMs) {
    List<Arrival> sorted = new ArrayList<>(arrivals);
    sorted.sort(Comparator.comparingDouble(Arrival::atMs));
    List<String> outputs = new ArrayList<>();
    int next = 0;
    for (int tick = 0; tick <= untilMs; tick += 20) {
      while (next < sorted.size() && sorted.get(next).atMs() <= tick) {
        insert(sorted.get(next++));
      }
      outputs.add(pull(tick * MS));
      if (tick == snapshotMs) {
        snapshot = jb.stats();
      }
    }
    return outputs;
  }

  private String pull(long now) {
    jb.pull(now, FRAME, out);
    if (out.kind() == Playout.Kind.PACKET) {
      int seq = (out.payload()[0] & 0xFF) | (out.payload()[1] & 0xFF) << 8;
      return "P" + seq;
    }
    return out.kind().name();
  }

  private static List<String> played(int from, int to) {
    return IntStream.range(from, to).mapToObj(k -> "P" + k).collect(Collectors.toList());
  }

  @Test
  void playsASteadyStreamOnePacketPerTickAfterOneTickOfDelay() {
    List<String> outputs = run(stream(0, 50, k -> 0), 1000);
    assertThat(outputs.get(0)).isEqualTo("IDLE");
    assertThat(outputs.subList(1, 51)).isEqualTo(played(0, 50));
    JitterStats s = jb.stats();
    assertThat(s.played()).isEqualTo(50);
    assertThat(s.expanded() + s.concealed() + s.dropped() + s.late()).isZero();
    assertThat(s.delayMillis()).isEqualTo(5.0); // each packet waited 5 ms for its tick
    assertThat(s.targetDelayMillis()).isEqualTo(1.0); // no jitter: only the margin
  }

  @Test
  void reorderedPacketsPlayInSequence() {
    List<Arrival> arrivals = stream(0, 10, k -> 0);
    arrivals.set(3, new Arrival(77, 3, 480)); // 3 arrives after 4 (75 ms)
    arrivals.set(4, new Arrival(75, 4, 640));
    arrivals.set(4, new Arrival(74, 4, 640));
    List<String> outputs = run(arrivals, 220);
    assertThat(outputs.subList(1, 11)).isEqualTo(played(0, 10));
  }

  @Test
  void duplicatesAreDroppedBeforeAndAfterPlayout() {
    List<String> outputs = run(stream(0, 5, k -> 0), 80);
    assertThat(outputs.subList(1, 5)).isEqualTo(played(0, 4));
    assertThat(insert(new Arrival(81, 5, 800))).isEqualTo(Insert.ACCEPTED);
    assertThat(insert(new Arrival(82, 5, 800))).isEqualTo(Insert.DUPLICATE); // buffered twice
    assertThat(insert(new Arrival(83, 2, 320))).isEqualTo(Insert.DUPLICATE); // already played
    assertThat(jb.stats().duplicates()).isEqualTo(2);
    assertThat(jb.stats().late()).isZero();
  }

  @Test
  void aLostPacketIsConcealedWhenItsSuccessorIsWaiting() {
    // 3 lost, and 4 arrives early enough to be in the buffer at 3's turn
    List<Arrival> arrivals = stream(0, 10, k -> k == 4 ? -15 : 0);
    arrivals.remove(3);
    List<String> outputs = run(arrivals, 220);
    assertThat(outputs.subList(1, 11))
        .containsExactly("P0", "P1", "P2", "CONCEAL", "P4", "P5", "P6", "P7", "P8", "P9");
    assertThat(jb.stats().concealed()).isEqualTo(1);
  }

  @Test
  void aLostPacketDiscoveredLateDoesNotGrowTheDelay() {
    // 3 lost; at its turn nothing is buffered: expand, then 4 arrives and plays on time
    List<Arrival> arrivals = stream(0, 10, k -> 0);
    arrivals.remove(3);
    List<String> outputs = run(arrivals, 220);
    assertThat(outputs.subList(1, 11))
        .containsExactly("P0", "P1", "P2", "EXPAND", "P4", "P5", "P6", "P7", "P8", "P9");
    assertThat(jb.stats().delayMillis()).isZero(); // window not complete yet
    assertThat(outputs).hasSize(12);
    assertThat(outputs.get(11)).isEqualTo("EXPAND"); // the stream ended
  }

  @Test
  void aPacketLaterThanItsTurnIsDroppedAndTheDelayGrows() {
    // 3 arrives 30 ms late: after 4, and after its own turn (concealed from the buffered 4)
    List<Arrival> arrivals = stream(0, 12, k -> k == 3 ? 30 : 0);
    List<String> outputs = run(arrivals, 260);
    assertThat(outputs.subList(1, 8))
        .containsExactly("P0", "P1", "P2", "EXPAND", "P4", "EXPAND", "P5");
    assertThat(jb.stats().late()).isEqualTo(1);
    assertThat(outputs.subList(8, 13)).isEqualTo(played(6, 11));
  }

  @Test
  void aPacketLateForItsTickIsStillPlayedAndTheDelayGrowsByAFrame() {
    // 3 arrives 10 ms late: its tick expands, and it plays one tick later
    List<Arrival> arrivals = stream(0, 12, k -> k == 3 ? 10 : 0);
    List<String> outputs = run(arrivals, 260);
    assertThat(outputs.subList(1, 13))
        .containsExactly(
            "P0", "P1", "P2", "EXPAND", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "P10");
    assertThat(jb.stats().late()).isZero();
    assertThat(jb.stats().expanded()).isEqualTo(1);
  }

  @Test
  void theDelayShrinksBackAfterAWindowWithMoreHeadroomThanNeeded() {
    // a one-off 10 ms delay grows the delay by a frame; after a window of 10 packets that all
    // waited 25 ms (20 + the 5 ms phase), one packet is dropped and the waits return to 5 ms
    List<Arrival> arrivals = stream(0, 40, k -> k == 3 ? 10 : 0);
    List<String> outputs = run(arrivals, 800);
    assertThat(jb.stats().dropped()).isEqualTo(1);
    assertThat(jb.stats().expanded()).isEqualTo(1);
    assertThat(outputs).hasSize(41);
    assertThat(outputs.subList(32, 41)).isEqualTo(played(31, 40)); // back to a 5 ms wait
    assertThat(outputs.stream().filter(o -> o.startsWith("P")).count()).isEqualTo(39);
  }

  @Test
  void aStallsExtraDelayIsShedWithinAWindowOrTwo() {
    // packets 10-14 are held up 80 ms and arrive together: four expansions grow the delay by
    // 80 ms (and the jitter the stall adds to J asks for one more frame of headroom); as soon as
    // a window shows the excess, it is dropped a frame a tick, not one frame per window
    List<Arrival> arrivals = stream(0, 100, k -> k >= 10 && k < 15 ? 20.0 * (14 - k) : 0);
    List<String> outputs = run(arrivals, 2000);
    JitterStats s = jb.stats();
    assertThat(outputs.subList(11, 15)).containsOnly("EXPAND");
    assertThat(s.expanded()).isBetween(4L, 5L);
    assertThat(s.dropped()).isEqualTo(s.expanded()); // back to the original delay
    assertThat(s.late() + s.concealed()).isZero();
    assertThat(s.delayMillis()).isEqualTo(5.0); // the last window waited only the 5 ms phase
    assertThat(outputs.subList(outputs.size() - 40, outputs.size())).isEqualTo(played(60, 100));
  }

  @Test
  void jitterRaisesTheTargetAndTheDelayThenBothComeDown() {
    jb = new JitterBuffer(JitterConfig.DEFAULT.withWindow(20), 8000, FRAME);
    // 300 packets alternating delays of 0 and 14 ms (J → 14 ms), then 300 without jitter
    List<Arrival> arrivals = stream(0, 600, k -> k < 300 && k % 2 == 1 ? 14 : 0);
    List<String> outputs = run(arrivals, 12_000, 6000);
    JitterStats during = snapshot;
    assertThat(during.jitterMillis()).isBetween(12.0, 14.0);
    assertThat(during.targetDelayMillis()).isBetween(25.0, 29.5); // 2 J + 1 ms
    assertThat(during.delayMillis()).isGreaterThan(29.0);
    assertThat(during.late()).isZero();
    JitterStats after = jb.stats();
    assertThat(after.jitterMillis()).isLessThan(1.0);
    assertThat(after.targetDelayMillis()).isLessThan(3.0);
    assertThat(after.delayMillis()).isLessThan(20.0);
    assertThat(after.dropped()).isGreaterThanOrEqualTo(1);
    assertThat(after.late()).isZero();
    assertThat(outputs.stream().filter(o -> o.startsWith("P")).count())
        .isEqualTo(600 - after.dropped());
  }

  @Test
  void onALanTheTargetStaysFarBelowFortyMilliseconds() {
    // ±1 ms of pseudo-random jitter
    java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    double[] delays = random.doubles(500, -1, 1).toArray();
    List<String> outputs = run(stream(0, 500, k -> delays[k]), 10_000);
    JitterStats s = jb.stats();
    assertThat(s.targetDelayMillis()).isLessThan(5.0);
    assertThat(s.delayMillis()).isLessThan(25.0);
    assertThat(s.late()).isZero();
    assertThat(outputs.stream().filter(o -> o.startsWith("P")).count()).isGreaterThanOrEqualTo(498);
  }

  @Test
  void theFirstPacketWaitsForTheMinimumDelay() {
    jb =
        new JitterBuffer(
            JitterConfig.DEFAULT.withDelays(Duration.ofMillis(40), Duration.ofMillis(200)),
            8000,
            FRAME);
    List<String> outputs = run(stream(0, 10, k -> 0), 200);
    // packet 0 arrives at 15 ms; playout starts at the first tick ≥ 55 ms
    assertThat(outputs.subList(0, 4)).containsExactly("IDLE", "IDLE", "IDLE", "P0");
  }

  @Test
  void aBurstBeyondTheMaximumDelayIsTrimmed() {
    jb =
        new JitterBuffer(
            JitterConfig.DEFAULT.withDelays(Duration.ZERO, Duration.ofMillis(100)), 8000, FRAME);
    // packets 0-4 normal, then 5-24 arrive together at 495 ms (a 400 ms stall)
    List<Arrival> arrivals = stream(0, 5, k -> 0);
    for (int k = 5; k < 25; k++) {
      arrivals.add(new Arrival(495, k, 160L * k));
    }
    List<String> outputs = run(arrivals, 1000);
    List<String> after =
        outputs.subList(26, outputs.size()).stream()
            .filter(o -> o.startsWith("P"))
            .collect(Collectors.toList());
    // at most 100 ms + one frame of the burst is kept, and it plays without gaps to the end
    assertThat(after.size()).isBetween(1, 6);
    assertThat(after).isEqualTo(played(25 - after.size(), 25));
    assertThat(jb.stats().dropped()).isEqualTo(20 - after.size());
  }

  @Test
  void anSsrcChangeResetsPlayout() {
    run(stream(0, 5, k -> 0), 100);
    jb.reset();
    // the new source starts at sequence 30000 and timestamp 9999
    assertThat(insert(new Arrival(101, 30000, 9999))).isEqualTo(Insert.ACCEPTED);
    jb.pull(120 * MS, FRAME, out);
    assertThat(out.kind()).isEqualTo(Playout.Kind.PACKET);
    assertThat(out.timestamp()).isEqualTo(9999);
  }

  @Test
  void aTimestampJumpWithoutASequenceGapResyncsInsteadOfPlayingSilence() {
    List<Arrival> arrivals = stream(0, 5, k -> 0);
    // the sender's timestamp jumps by 10 s; the packets keep coming every 20 ms
    for (int k = 5; k < 10; k++) {
      arrivals.add(new Arrival(20.0 * k + 15, k, 80_000 + 160L * k));
    }
    List<String> outputs = run(arrivals, 220);
    assertThat(outputs.subList(1, 11)).isEqualTo(played(0, 10));
    assertThat(jb.stats().resets()).isEqualTo(1);
    assertThat(jb.stats().jitterMillis()).isZero(); // a jump is not jitter
  }

  @Test
  void shortDtxGapsPlaySilenceAndLongPausesGoIdle() {
    // packet 5 has timestamp 6×160 (the sender skipped one frame: DTX), sequence contiguous;
    // it arrives early enough to be waiting when the gap comes
    List<Arrival> arrivals = stream(0, 5, k -> 0);
    arrivals.add(new Arrival(20.0 * 5 + 15, 5, 160L * 6));
    arrivals.add(new Arrival(20.0 * 6 + 15, 6, 160L * 7));
    List<String> outputs = run(arrivals, 400);
    assertThat(outputs.subList(1, 9))
        .containsExactly("P0", "P1", "P2", "P3", "P4", "SILENCE", "P5", "P6");
    // then the sender is silent: five expansions (fading concealment), then idle
    assertThat(outputs.subList(9, 14)).containsOnly("EXPAND");
    assertThat(outputs.get(14)).isEqualTo("IDLE");
    assertThat(jb.playing()).isFalse();
  }

  @Test
  void aTalkSpurtAfterSilenceStartsAfresh() {
    List<Arrival> arrivals = stream(0, 5, k -> 0);
    // 1 s of silence: the next packet has the timestamp of 1.1 s later and the next sequence
    for (int k = 0; k < 5; k++) {
      arrivals.add(new Arrival(1115 + 20.0 * k, 5 + k, 160L * (55 + k)));
    }
    List<String> outputs = run(arrivals, 1300);
    int resume = outputs.indexOf("P5");
    assertThat(resume).isEqualTo(1120 / 20);
    assertThat(outputs.subList(resume, resume + 5)).isEqualTo(played(5, 10));
    assertThat(outputs.subList(resume - 30, resume)).containsOnly("IDLE");
  }

  @Test
  void sequenceJumpsFarAheadRestartPlayout() {
    run(stream(0, 5, k -> 0), 100);
    assertThat(insert(new Arrival(105, 20_000, 160L * 5))).isEqualTo(Insert.RESET);
    assertThat(jb.stats().resets()).isEqualTo(1);
  }

  @Test
  void aSenderRestartFarBehindIsConfirmedByTwoSequentialPackets() {
    run(stream(0, 10, k -> 0), 200);
    // the sender restarts at sequence 40000, which is 25546 behind 10 in serial order
    assertThat(insert(new Arrival(211, 40000, 0))).isEqualTo(Insert.LATE);
    assertThat(insert(new Arrival(212, 40001, 160))).isEqualTo(Insert.RESET);
    assertThat(insert(new Arrival(213, 40002, 320))).isEqualTo(Insert.ACCEPTED);
  }

  @Test
  void sequenceNumbersWrapAround() {
    List<Arrival> arrivals = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      arrivals.add(new Arrival(20.0 * k + 15, (65530 + k) & 0xFFFF, 160L * k));
    }
    jb.pull(0, FRAME, out);
    List<String> outputs = new ArrayList<>();
    for (int i = 0; i < arrivals.size(); i++) {
      insert(arrivals.get(i));
      jb.pull((20L * i + 20) * MS, FRAME, out);
      outputs.add(out.kind().name() + out.timestamp());
    }
    assertThat(outputs)
        .containsExactly(
            "PACKET0",
            "PACKET160",
            "PACKET320",
            "PACKET480",
            "PACKET640",
            "PACKET800",
            "PACKET960",
            "PACKET1120",
            "PACKET1280",
            "PACKET1440");
  }
}
