/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import dev.parley.media.rtcp.RtcpPacket.Bye;
import dev.parley.media.rtcp.RtcpPacket.ReceiverReport;
import dev.parley.media.rtcp.RtcpPacket.SenderReport;
import dev.parley.media.rtcp.RtcpPacket.SourceDescription;
import dev.parley.media.stats.Counter;
import dev.parley.media.stats.Gauge;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The RTCP side of one two-party RTP session (a bridge leg or a phone): what we report and what the
 * peer reports about us.
 *
 * <ul>
 *   <li>Sends a compound every {@link RtcpInterval} (§ 6.2, two members): an SR if we sent RTP
 *       since the previous report, else an RR; a report block for the peer's source if it is valid;
 *       and SDES with our CNAME (§ 6.1). On close, the same followed by BYE (§ 6.6).
 *   <li>Reads the peer's compounds: an SR updates LSR/DLSR for our next block; a block about our
 *       SSRC gives the loss and jitter the peer sees and the round-trip time (§ 6.4.1: RTT = A −
 *       LSR − DLSR); SDES gives its CNAME; BYE is reported to the caller.
 * </ul>
 *
 * Pure state, single-threaded (the tick thread); the caller moves the bytes.
 */
public final class RtcpSession {
  private final long localSsrc;
  private final String cname;
  private final int clockRate;
  private final double rtcpBandwidth;
  private final RandomGenerator random;

  private @Nullable ReceptionStatistics reception;
  private final Counter packetsSent = new Counter();
  private final Counter octetsSent = new Counter();
  private boolean sentSinceReport;
  private long lastRtpTimestamp;
  private long lastRtpNanos;
  private boolean haveSent;

  private boolean initial = true;
  private double averageSize = 100;
  private long nextReportNanos = Long.MIN_VALUE;
  private int senders;

  private final Gauge rttMillis = new Gauge(Double.NaN);
  private final Gauge remoteFractionLost = new Gauge(Double.NaN);
  private final Gauge remoteJitterMillis = new Gauge(Double.NaN);
  private final Gauge remoteCumulativeLost = new Gauge(Double.NaN);
  private volatile @Nullable String remoteCname;

  /**
   * @param localSsrc our SSRC on this leg
   * @param cname our CNAME (§ 6.5.1)
   * @param clockRate the RTP clock of the media we send
   * @param rtcpBandwidth RTCP's share of the session bandwidth in octets/s (5 %, § 6.2)
   * @param random the randomisation of the interval
   */
  public RtcpSession(
      long localSsrc, String cname, int clockRate, double rtcpBandwidth, RandomGenerator random) {
    this.localSsrc = localSsrc;
    this.cname = cname;
    this.clockRate = clockRate;
    this.rtcpBandwidth = rtcpBandwidth;
    this.random = random;
  }

  public long localSsrc() {
    return localSsrc;
  }

  /** The statistics of the peer's current source, created on its first packet. */
  public @Nullable ReceptionStatistics reception() {
    return reception;
  }

  /** Starts statistics for a (new) peer source. */
  public ReceptionStatistics receiveFrom(long ssrc, int clockRate) {
    ReceptionStatistics r = new ReceptionStatistics(ssrc, clockRate);
    reception = r;
    return r;
  }

  /** Records an RTP packet we sent. */
  public void onSent(int payloadBytes, long rtpTimestamp, long nowNanos) {
    packetsSent.increment();
    octetsSent.add(payloadBytes);
    sentSinceReport = true;
    lastRtpTimestamp = rtpTimestamp;
    lastRtpNanos = nowNanos;
    haveSent = true;
  }

  /**
   * Reads the peer's compound. Returns the BYE it contains, if any, for the peer's source.
   *
   * @param arrivalNanos the arrival time on the monotonic clock
   * @param arrivalWallMillis the same instant on the wall clock (for RTT)
   */
  public @Nullable Bye onReceive(
      List<RtcpPacket> packets, long arrivalNanos, long arrivalWallMillis) {
    Bye bye = null;
    for (RtcpPacket p : packets) {
      if (p instanceof SenderReport sr) {
        if (reception != null && sr.ssrc() == reception.ssrc()) {
          reception.onSenderReport(sr.ntpTimestamp(), arrivalNanos);
        }
        reportBlocks(sr.reports(), arrivalWallMillis);
      } else if (p instanceof ReceiverReport rr) {
        reportBlocks(rr.reports(), arrivalWallMillis);
      } else if (p instanceof SourceDescription sdes) {
        if (reception != null) {
          sdes.cnameOf(reception.ssrc()).ifPresent(c -> remoteCname = c);
        }
      } else if (p instanceof Bye b) {
        bye = b;
      }
    }
    return bye;
  }

  private void reportBlocks(List<ReportBlock> blocks, long arrivalWallMillis) {
    for (ReportBlock b : blocks) {
      if (b.ssrc() != localSsrc) {
        continue;
      }
      remoteFractionLost.set(b.fractionLostRatio());
      remoteCumulativeLost.set(b.cumulativeLost());
      remoteJitterMillis.set(b.jitter() * 1000.0 / clockRate);
      if (b.lastSr() != 0) {
        long a = NtpTime.middle32(NtpTime.fromUnixMillis(arrivalWallMillis));
        long rtt = (a - b.lastSr() - b.delaySinceLastSr()) & 0xFFFF_FFFFL;
        if (rtt < 0x8000_0000L) {
          rttMillis.set(rtt * 1000.0 / 65536);
        }
      }
    }
  }

  /**
   * Writes a compound into {@code buf} if one is due at {@code nowNanos}, and returns its length (0
   * when none is due). {@code peerSending} says whether the peer sent RTP recently.
   */
  public int maybeReport(long nowNanos, long wallMillis, boolean peerSending, byte[] buf, int off) {
    if (nextReportNanos == Long.MIN_VALUE) {
      scheduleNext(nowNanos, peerSending);
      return 0;
    }
    if (nowNanos - nextReportNanos < 0) {
      return 0;
    }
    int n = RtcpWriter.write(compound(nowNanos, wallMillis, null, false), buf, off);
    averageSize = RtcpInterval.updateAverageSize(averageSize, n);
    initial = false;
    scheduleNext(nowNanos, peerSending);
    return n;
  }

  private void scheduleNext(long nowNanos, boolean peerSending) {
    senders = (sentSinceReport ? 1 : 0) + (peerSending ? 1 : 0);
    double seconds =
        RtcpInterval.seconds(
            2, senders, rtcpBandwidth, sentSinceReport, averageSize, initial, random.nextDouble());
    nextReportNanos = nowNanos + (long) (seconds * 1e9);
  }

  /** Writes a final compound ending with BYE (§ 6.6) and returns its length. */
  public int bye(long nowNanos, long wallMillis, @Nullable String reason, byte[] buf, int off) {
    return RtcpWriter.write(compound(nowNanos, wallMillis, reason, true), buf, off);
  }

  /** The largest compound this session writes (SR + one block + SDES + BYE with a reason). */
  public int maxCompoundLength() {
    return 52 + 4 + 4 + 2 + 256 + 4 + 4 + 4 + 256 + 8;
  }

  private List<RtcpPacket> compound(
      long nowNanos, long wallMillis, @Nullable String reason, boolean bye) {
    List<RtcpPacket> packets = new ArrayList<>(3);
    List<ReportBlock> blocks = new ArrayList<>(1);
    ReceptionStatistics r = reception;
    if (r != null && r.expected() > 0) {
      blocks.add(r.report(nowNanos));
    }
    if (sentSinceReport || (bye && haveSent)) {
      long rtpNow = lastRtpTimestamp + (nowNanos - lastRtpNanos) * clockRate / 1_000_000_000L;
      packets.add(
          new SenderReport(
              localSsrc,
              NtpTime.fromUnixMillis(wallMillis),
              rtpNow & 0xFFFF_FFFFL,
              packetsSent.get() & 0xFFFF_FFFFL,
              octetsSent.get() & 0xFFFF_FFFFL,
              blocks));
    } else {
      packets.add(new ReceiverReport(localSsrc, blocks));
    }
    sentSinceReport = false;
    packets.add(SourceDescription.cname(localSsrc, cname));
    if (bye) {
      packets.add(new Bye(List.of(localSsrc), reason));
    }
    return packets;
  }

  /** The round-trip time from the peer's last report about us, or NaN. */
  public double rttMillis() {
    return rttMillis.get();
  }

  /** The loss fraction (0–1) the peer reported for our stream, or NaN. */
  public double remoteFractionLost() {
    return remoteFractionLost.get();
  }

  /** The cumulative loss the peer reported for our stream, or NaN. */
  public double remoteCumulativeLost() {
    return remoteCumulativeLost.get();
  }

  /** The interarrival jitter the peer reported for our stream, or NaN. */
  public double remoteJitterMillis() {
    return remoteJitterMillis.get();
  }

  /** The peer's CNAME, once it sent SDES. */
  public @Nullable String remoteCname() {
    return remoteCname;
  }

  /** RTP packets sent. */
  public long packetsSent() {
    return packetsSent.get();
  }

  /** RTP payload octets sent. */
  public long octetsSent() {
    return octetsSent.get();
  }
}
