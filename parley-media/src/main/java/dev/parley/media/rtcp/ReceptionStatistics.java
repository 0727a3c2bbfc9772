/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import dev.parley.media.rtp.InterarrivalJitter;

/**
 * What a receiver knows about one RTP source, exactly as RFC 3550 Appendix A computes it: sequence
 * validation and extended sequence numbers (A.1), expected and lost packets and the loss fraction
 * (A.3), interarrival jitter (A.8) and the LSR/DLSR pair of the last sender report (§ 6.4.1).
 *
 * <p>A new source is on probation until {@value #MIN_SEQUENTIAL} packets arrive in sequence (A.1);
 * the packets seen during probation are not counted as received, which is what A.1 specifies and
 * what makes the expected/lost numbers match other implementations. Single-threaded (the owning
 * tick thread).
 */
public final class ReceptionStatistics {
  static final int MAX_DROPOUT = 3000;
  static final int MAX_MISORDER = 100;
  static final int MIN_SEQUENTIAL = 2;
  private static final int SEQ_MOD = 1 << 16;

  private final long ssrc;
  private boolean seen;
  private int maxSeq;
  private long cycles;
  private int baseSeq;
  private int badSeq;
  private int probation;
  private long received;
  private long expectedPrior;
  private long receivedPrior;

  private final InterarrivalJitter jitter;

  private long lastSr;
  private long lastSrArrivalNanos;
  private boolean haveSr;

  private int lastFraction;

  /** Statistics for {@code ssrc}, whose RTP clock runs at {@code clockRate} Hz. */
  public ReceptionStatistics(long ssrc, int clockRate) {
    if (clockRate <= 0) {
      throw new IllegalArgumentException("clock rate: " + clockRate);
    }
    this.ssrc = ssrc;
    this.jitter = new InterarrivalJitter(clockRate);
  }

  public long ssrc() {
    return ssrc;
  }

  /**
   * RFC 3550 A.1 {@code update_seq}: updates the sequence state with one packet's sequence number
   * and returns whether the packet counts as valid (false during probation and for the first packet
   * of a suspected restart).
   */
  public boolean updateSequence(int seq) {
    seq &= 0xFFFF;
    if (!seen) {
      seen = true;
      initSequence(seq);
      maxSeq = (seq - 1) & 0xFFFF;
      probation = MIN_SEQUENTIAL;
    }
    int udelta = (seq - maxSeq) & 0xFFFF;
    if (probation > 0) {
      if (seq == ((maxSeq + 1) & 0xFFFF)) {
        probation--;
        maxSeq = seq;
        if (probation == 0) {
          initSequence(seq);
          received++;
          return true;
        }
      } else {
        probation = MIN_SEQUENTIAL - 1;
        maxSeq = seq;
      }
      return false;
    } else if (udelta < MAX_DROPOUT) {
      if (seq < maxSeq) {
        cycles += SEQ_MOD; // wrapped
      }
      maxSeq = seq;
    } else if (udelta <= SEQ_MOD - MAX_MISORDER) {
      if (seq == badSeq) {
        initSequence(seq); // two sequential packets after a jump: the source restarted
      } else {
        badSeq = (seq + 1) & 0xFFFF;
        return false;
      }
    }
    // else: duplicate or reordered packet, counted as received
    received++;
    return true;
  }

  private void initSequence(int seq) {
    baseSeq = seq;
    maxSeq = seq;
    badSeq = SEQ_MOD + 1;
    cycles = 0;
    received = 0;
    receivedPrior = 0;
    expectedPrior = 0;
  }

  /**
   * RFC 3550 A.8: updates the interarrival jitter with one packet's RTP timestamp and its arrival
   * time. Call it only for packets whose timestamp advances with sampling (not for RFC 4733 event
   * packets, which repeat the event's start timestamp).
   */
  public void updateJitter(long rtpTimestamp, long arrivalNanos) {
    jitter.update(rtpTimestamp, arrivalNanos);
  }

  /** Records an SR from the source (for LSR and DLSR in the next report). */
  public void onSenderReport(long ntpTimestamp, long arrivalNanos) {
    lastSr = NtpTime.middle32(ntpTimestamp);
    lastSrArrivalNanos = arrivalNanos;
    haveSr = true;
  }

  /** Cycles × 65536 + the highest sequence number (A.3 {@code extended_max}). */
  public long extendedHighestSequence() {
    return cycles + maxSeq;
  }

  /** Packets expected since the (validated) start: A.3; 0 while on probation. */
  public long expected() {
    return !seen || probation > 0 ? 0 : extendedHighestSequence() - baseSeq + 1;
  }

  /** Packets counted as received (valid, including duplicates), A.1. */
  public long received() {
    return received;
  }

  /** Cumulative loss (expected − received; negative with duplicates), not clamped. */
  public long cumulativeLost() {
    return expected() - received;
  }

  /** The interarrival jitter in timestamp units (A.8, {@code jitter >> 4}). */
  public long jitter() {
    return jitter.jitter();
  }

  /** The interarrival jitter in milliseconds. */
  public double jitterMillis() {
    return jitter.millis();
  }

  /** The fraction lost (0–255) computed by the most recent {@link #report}. */
  public int lastFractionLost() {
    return lastFraction;
  }

  /**
   * A report block for this source (A.3), and starts a new reporting interval (the fraction lost is
   * computed since the previous call).
   */
  public ReportBlock report(long nowNanos) {
    long expected = expected();
    long lost = expected - received;
    int clamped =
        (int)
            Math.max(
                ReportBlock.MIN_CUMULATIVE_LOST, Math.min(ReportBlock.MAX_CUMULATIVE_LOST, lost));
    long expectedInterval = expected - expectedPrior;
    expectedPrior = expected;
    long receivedInterval = received - receivedPrior;
    receivedPrior = received;
    long lostInterval = expectedInterval - receivedInterval;
    int fraction =
        expectedInterval == 0 || lostInterval <= 0
            ? 0
            : (int) Math.min(255, (lostInterval << 8) / expectedInterval);
    lastFraction = fraction;
    long dlsr = haveSr ? NtpTime.toShortUnits(nowNanos - lastSrArrivalNanos) : 0;
    return new ReportBlock(
        ssrc,
        fraction,
        clamped,
        extendedHighestSequence() & 0xFFFF_FFFFL,
        Math.min(0xFFFF_FFFFL, jitter()),
        haveSr ? lastSr : 0,
        dlsr);
  }
}
