/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.jitter;

import dev.parley.media.rtp.InterarrivalJitter;
import dev.parley.media.rtp.Unwrapper;
import dev.parley.media.stats.Counter;
import dev.parley.media.stats.Gauge;

/**
 * An adaptive jitter buffer for one RTP source, filled by {@link #insert} as packets arrive and
 * drained by {@link #pull} once per mixer tick.
 *
 * <h2>Playout model</h2>
 *
 * The buffer keeps a playout point: the next sequence number and the (extended) RTP timestamp of
 * the next sample to play. Each {@code pull} asks for the samples of one tick and gets one {@link
 * Playout} item: the packet at the playout point, or a gap to fill. A missing packet whose
 * successors have arrived is <b>lost</b> ({@code CONCEAL}, the point advances); when nothing has
 * arrived at all the buffer <b>expands</b> ({@code EXPAND}: conceal, the point stays), so a packet
 * that is merely late still plays and the delay grows by one frame. If the packet after an
 * expansion turns out to be the successor, the expansion is counted as the lost packet's
 * concealment and the point catches up, so pure loss does not grow the delay. A timestamp gap
 * without a sequence gap is the sender's silence (DTX): {@code SILENCE}. After {@code
 * idleAfterFrames} empty turns the source is idle ({@code IDLE}: no audio, not mixed), and the next
 * packet starts playout afresh — also what happens after hold.
 *
 * <h2>Adaptation</h2>
 *
 * The <b>target delay</b> is {@code clamp(jitterFactor × J + margin, minDelay, maxDelay)} with J
 * the RFC 3550 interarrival jitter of this source. It is the headroom the buffer keeps above the
 * earliest packets: each played packet's wait (pull time − arrival time) is observed, and after a
 * window of {@code windowPackets} played packets,
 *
 * <ul>
 *   <li>if even the shortest wait was at least one frame plus the target, the excess is dropped,
 *       one packet per tick (<i>adapt down</i>: the delay shrinks by whole frames, so a jitter
 *       spike or a stall costs extra delay for one window, not for minutes);
 *   <li>if the shortest wait was below the target, one frame is inserted (<i>adapt up</i>).
 * </ul>
 *
 * A late packet (its turn already concealed) inserts a frame at once. The first packet of a
 * talk-spurt waits the target delay before playout starts. More than {@code maxDelay} of buffered
 * audio is dropped from the front. With the tick quantising playout to 20 ms, the resulting wait on
 * a LAN is the phase between arrival and the next tick (0–20 ms) plus a few milliseconds.
 *
 * <h2>Validation</h2>
 *
 * Duplicates (including of already played packets, for 64 sequence numbers back) are dropped and
 * counted; so are late packets. A sequence jump of more than {@code capacity} packets ahead, or two
 * consecutive packets far behind the playout point (a sender restart, RFC 3550 A.1), restarts
 * playout. The owner calls {@link #reset} on an SSRC change.
 *
 * <p>Single-threaded: the tick thread that owns the participant. The counters are readable from any
 * thread through {@link #stats()}.
 */
public final class JitterBuffer {
  /** The outcome of {@link #insert}. */
  public enum Insert {
    ACCEPTED,
    DUPLICATE,
    LATE,
    /** Accepted after restarting playout (a sequence jump or sender restart). */
    RESET
  }

  private enum State {
    EMPTY,
    PREFETCH,
    PLAYING
  }

  private static final int MAX_MISORDER = 100;

  private final JitterConfig config;
  private final int clockRate;
  private final long frameNanos;
  private final long maxDelaySamples;

  private final PacketRing ring;

  private final Unwrapper seqUnwrapper = Unwrapper.sequence();
  private final Unwrapper tsUnwrapper = Unwrapper.timestamp();
  private final InterarrivalJitter jitter;

  private State state = State.EMPTY;
  private long nextSeq;
  private long cursor;
  private long highestSeq;
  private long pendingExpand;
  private int emptyTurns;
  private boolean growPending;
  private int dropPending; // frames still to drop (adapt down)
  private long played64; // bit i: sequence nextSeq − 1 − i was played
  private long farLateSeq = Long.MIN_VALUE;

  private long windowMin = Long.MAX_VALUE;
  private long windowSum;
  private int windowCount;

  private final Counter inserted = new Counter();
  private final Counter played = new Counter();
  private final Counter late = new Counter();
  private final Counter duplicates = new Counter();
  private final Counter concealed = new Counter();
  private final Counter expanded = new Counter();
  private final Counter dropped = new Counter();
  private final Counter resets = new Counter();
  private final Gauge targetMillis = new Gauge(0);
  private final Gauge delayMillis = new Gauge(0);
  private final Gauge jitterMillis = new Gauge(0);

  /**
   * A buffer for a source with RTP clock {@code clockRate} Hz, pulled in frames of {@code
   * frameSamples} samples (160 for 20 ms at 8 kHz).
   */
  public JitterBuffer(JitterConfig config, int clockRate, int frameSamples) {
    this.config = config;
    this.clockRate = clockRate;
    this.frameNanos = frameSamples * 1_000_000_000L / clockRate;
    this.maxDelaySamples = config.maxDelay().toNanos() * clockRate / 1_000_000_000L;
    int capacity = config.capacity();
    this.ring = new PacketRing(capacity);
    jitter = new InterarrivalJitter(clockRate, clockRate / 2);
  }

  /**
   * Adds a received packet; the payload is copied.
   *
   * @param sequence the 16-bit RTP sequence number
   * @param timestamp the 32-bit RTP timestamp
   * @param samples the duration of the payload in samples (from the decoder)
   * @param arrivalNanos when the packet arrived (monotonic clock)
   */
  public Insert insert(
      int sequence,
      long timestamp,
      boolean marker,
      int payloadType,
      byte[] payload,
      int offset,
      int length,
      int samples,
      long arrivalNanos) {
    long seq = seqUnwrapper.unwrap(sequence);
    long ts = tsUnwrapper.unwrap(timestamp);
    jitter.update(timestamp, arrivalNanos);
    jitterMillis.set(jitter.millis());
    Insert result = Insert.ACCEPTED;
    if (state == State.EMPTY) {
      start(seq, ts);
    } else if (seq < nextSeq) {
      if (state == State.PREFETCH && nextSeq - seq < config.capacity() / 2) {
        nextSeq = seq; // reordered before the first packet, still waiting to start
        cursor = Math.min(cursor, ts);
      } else {
        result = old(seq, ts);
      }
    } else if (state == State.PLAYING && ts < cursor) {
      // its turn passed (concealed as lost) before it came
      late.increment();
      growPending = true;
      return Insert.LATE;
    } else if (seq - nextSeq >= config.capacity()) {
      result = Insert.RESET;
    }
    if (result == Insert.RESET) {
      // a new numbering: restart the unwrappers at this packet
      clearSlots();
      resets.increment();
      seqUnwrapper.reset();
      tsUnwrapper.reset();
      seq = seqUnwrapper.unwrap(sequence);
      ts = tsUnwrapper.unwrap(timestamp);
      start(seq, ts);
    } else if (result != Insert.ACCEPTED) {
      return result;
    }
    if (ring.holds(seq)) {
      duplicates.increment();
      return Insert.DUPLICATE;
    }
    store(seq, ts, marker, payloadType, payload, offset, length, samples, arrivalNanos);
    return result;
  }

  private Insert old(long seq, long ts) {
    long back = nextSeq - seq;
    if (back <= 64 && (played64 >>> (back - 1) & 1) != 0) {
      duplicates.increment();
      return Insert.DUPLICATE;
    }
    boolean far = back > MAX_MISORDER || cursor - ts > clockRate;
    if (far) {
      if (seq == farLateSeq + 1) {
        // two sequential packets far behind: the sender restarted (RFC 3550 A.1)
        farLateSeq = Long.MIN_VALUE;
        return Insert.RESET;
      }
      farLateSeq = seq;
    } else {
      growPending = state == State.PLAYING;
    }
    late.increment();
    return Insert.LATE;
  }

  private void start(long seq, long ts) {
    state = State.PREFETCH;
    nextSeq = seq;
    highestSeq = seq;
    cursor = ts;
    pendingExpand = 0;
    emptyTurns = 0;
    growPending = false;
    dropPending = 0;
    played64 = 0;
  }

  private void store(
      long seq,
      long ts,
      boolean marker,
      int pt,
      byte[] payload,
      int offset,
      int length,
      int samples,
      long arrival) {
    ring.store(seq, ts, marker, pt, payload, offset, length, samples, arrival);
    if (seq > highestSeq) {
      highestSeq = seq;
    }
    inserted.increment();
  }

  /**
   * The next item to play in the tick at {@code nowNanos}, which still needs {@code need} samples.
   * Call again while the tick needs more samples (a packet may be shorter than a tick).
   */
  public void pull(long nowNanos, int need, Playout out) {
    long target = targetNanos();
    targetMillis.set(target / 1e6);
    if (state == State.PREFETCH) {
      if (!ring.holds(nextSeq) || nowNanos - ring.arrival[ring.slot(nextSeq)] < target) {
        out.set(Playout.Kind.IDLE, 0, cursor);
        return;
      }
      state = State.PLAYING;
      resetWindow();
    }
    if (state == State.EMPTY) {
      out.set(Playout.Kind.IDLE, 0, cursor);
      return;
    }
    if (growPending) {
      growPending = false;
      expanded.increment();
      out.set(Playout.Kind.EXPAND, need, cursor);
      return;
    }
    trimOverflow();
    int slot = earliest();
    if (slot < 0) {
      if (++emptyTurns > config.idleAfterFrames()) {
        state = State.EMPTY; // idle: the next packet restarts playout
        out.set(Playout.Kind.IDLE, 0, cursor);
        return;
      }
      pendingExpand += need;
      expanded.increment();
      out.set(Playout.Kind.EXPAND, need, cursor);
      return;
    }
    emptyTurns = 0;
    long ts = ring.ts[slot];
    if (pendingExpand > 0) {
      if (ts > cursor) {
        cursor += Math.min(pendingExpand, ts - cursor); // the expansion concealed a loss
      }
      pendingExpand = 0;
    }
    if (ts - cursor > Math.max(maxDelaySamples, clockRate / 2)) {
      // a timestamp jump forward (sender restart, long DTX with buffered successor): resync
      resets.increment();
      cursor = ts;
    }
    if (ts > cursor) {
      int n = (int) Math.min(need, ts - cursor);
      boolean silence = ring.seq[slot] == nextSeq;
      if (!silence) {
        concealed.increment();
      }
      out.set(silence ? Playout.Kind.SILENCE : Playout.Kind.CONCEAL, n, cursor);
      cursor += n;
      return;
    }
    if (dropPending > 0) {
      long nextSeqNumber = ring.seq[slot] + 1;
      if (ring.holds(nextSeqNumber)) {
        int next = ring.slot(nextSeqNumber);
        dropPending--;
        dropped.increment();
        advancePast(slot);
        slot = next;
      }
    }
    play(slot, nowNanos, target, out);
  }

  private void play(int slot, long now, long target, Playout out) {
    out.kind = Playout.Kind.PACKET;
    out.payload = ring.payload[slot];
    out.offset = 0;
    out.length = ring.length[slot];
    out.payloadType = ring.pt[slot];
    out.samples = ring.samples[slot];
    out.marker = ring.marker[slot];
    out.timestamp = ring.ts[slot];
    long wait = now - ring.arrival[slot];
    advancePast(slot);
    played.increment();
    windowMin = Math.min(windowMin, wait);
    windowSum += wait;
    if (++windowCount >= config.windowPackets()) {
      delayMillis.set(windowSum / (double) windowCount / 1e6);
      if (windowMin >= frameNanos + target) {
        dropPending = (int) ((windowMin - target) / frameNanos); // all the excess, a frame a tick
      } else if (windowMin < target) {
        growPending = true;
      }
      resetWindow();
    }
  }

  /** Frees {@code slot} and moves the playout point past its packet. */
  private void advancePast(int slot) {
    long seq = ring.seq[slot];
    long shift = seq + 1 - nextSeq;
    played64 = shift >= 64 ? 0 : played64 << shift;
    played64 |= 1;
    nextSeq = seq + 1;
    cursor = Math.max(cursor, ring.ts[slot] + ring.samples[slot]);
    ring.free(slot);
  }

  /** Drops packets from the front while more than {@code maxDelay} of audio is buffered. */
  private void trimOverflow() {
    while (ring.count > 1) {
      if (!ring.holds(highestSeq)) {
        return;
      }
      int last = ring.slot(highestSeq);
      long buffered = ring.ts[last] + ring.samples[last] - cursor;
      if (buffered <= maxDelaySamples + ring.samples[last]) {
        return;
      }
      int first = earliest();
      dropped.increment();
      advancePast(first);
    }
  }

  /** The slot of the earliest buffered packet at or after the playout point, or −1. */
  private int earliest() {
    return ring.first(nextSeq, highestSeq);
  }

  private void resetWindow() {
    windowMin = Long.MAX_VALUE;
    windowSum = 0;
    windowCount = 0;
  }

  private void clearSlots() {
    ring.clear();
  }

  /** Forgets the source (SSRC change): empties the buffer and restarts the estimators. */
  public void reset() {
    clearSlots();
    seqUnwrapper.reset();
    tsUnwrapper.reset();
    jitter.reset();
    state = State.EMPTY;
    resets.increment();
  }

  /** The current target delay in nanoseconds (see the class documentation). */
  public long targetNanos() {
    long t = (long) (config.jitterFactor() * jitter.nanos()) + config.margin().toNanos();
    return Math.max(config.minDelay().toNanos(), Math.min(config.maxDelay().toNanos(), t));
  }

  /** The RFC 3550 interarrival jitter of the source in milliseconds. */
  public double jitterMillis() {
    return jitterMillis.get();
  }

  /** Packets currently held. */
  public int size() {
    return ring.count;
  }

  /** Whether the source is playing (not idle or waiting for its first packet to mature). */
  public boolean playing() {
    return state == State.PLAYING;
  }

  /** The counters, readable from any thread. */
  public JitterStats stats() {
    return new JitterStats(
        inserted.get(),
        played.get(),
        late.get(),
        duplicates.get(),
        concealed.get(),
        expanded.get(),
        dropped.get(),
        resets.get(),
        jitterMillis.get(),
        targetMillis.get(),
        delayMillis.get());
  }
}
