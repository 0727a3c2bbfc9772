/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.codec.TelephoneEvent;
import dev.parley.media.jitter.JitterBuffer;
import dev.parley.media.rtcp.ReceptionStatistics;
import dev.parley.media.rtcp.RtcpSession;
import dev.parley.media.rtp.AudioLevel;
import dev.parley.media.rtp.HeaderExtensions;
import dev.parley.media.rtp.RtpPacket;
import dev.parley.media.stats.Counter;
import dev.parley.media.stats.Gauge;
import java.util.function.BooleanSupplier;

/**
 * Sorts valid RTP by source and payload type.
 *
 * <ul>
 *   <li><b>Source</b>: the first SSRC is the peer's source. Another SSRC takes over (a restarted
 *       client) when the current one has been silent for {@value #TAKEOVER_MILLIS} ms, or after
 *       {@value #TAKEOVER_PACKETS} consecutive packets; until then its packets are dropped, so two
 *       interleaved streams cannot thrash the jitter buffer. A takeover resets the jitter buffer,
 *       the decoders, the DTMF detector and the reception statistics.
 *   <li><b>Statistics</b>: every packet of the source updates the RFC 3550 sequence statistics;
 *       audio packets also update the interarrival jitter (telephone events repeat their start
 *       timestamp, which would read as jitter).
 *   <li><b>Payload type</b>: telephone-event packets go to the DTMF detector; audio payload types
 *       go on to the jitter buffer with their duration; others are dropped.
 *   <li><b>Hold</b>: while held, audio is counted but not buffered.
 * </ul>
 */
final class Depacketize extends BaseStage<Datagram> {
  static final int TAKEOVER_MILLIS = 200;
  static final int TAKEOVER_PACKETS = 10;

  private final PayloadMap payloads;
  private final AudioDecoder[] decoders;
  private final RtcpSession rtcp;
  private final JitterBuffer jitter;
  private final DtmfDetector dtmf;
  private final PipelineEvents events;
  private final BooleanSupplier held;
  private final int clockRate;

  private int audioLevelId = -1;
  private final HeaderExtensions extensions = new HeaderExtensions();

  /** The last RFC 6464 level received, −dBov (0–127), or −1; and when (tick thread). */
  int audioLevel = -1;

  long audioLevelNanos;
  private boolean haveSource;
  private long ssrc;
  private long lastNanos;
  private long candidate = -1;
  private int candidateRun;

  final Counter packets = new Counter();
  final Counter bytes = new Counter();
  final Counter ssrcChanges = new Counter();
  final Counter foreignSource = new Counter();
  final Counter unknownPayloadType = new Counter();
  final Gauge lastRtpNanos = new Gauge(Double.NaN);

  Depacketize(
      PayloadMap payloads,
      AudioDecoder[] decoders,
      RtcpSession rtcp,
      JitterBuffer jitter,
      DtmfDetector dtmf,
      PipelineEvents events,
      BooleanSupplier held) {
    this.payloads = payloads;
    this.decoders = decoders;
    this.rtcp = rtcp;
    this.jitter = jitter;
    this.dtmf = dtmf;
    this.events = events;
    this.held = held;
    this.clockRate = payloads.sendCodec().clockRate();
  }

  /** Reads the RFC 6464 audio level from the extension with this id (negotiated), or −1. */
  void audioLevelId(int id) {
    this.audioLevelId = id;
  }

  @Override
  boolean handle(Datagram d) {
    RtpPacket p = d.rtp;
    long now = d.arrivalNanos;
    if ((!haveSource || p.ssrc() != ssrc) && !takeOver(p.ssrc(), now)) {
      foreignSource.increment();
      return drop();
    }
    lastNanos = now;
    lastRtpNanos.set(now);
    packets.increment();
    bytes.add(d.length);
    ReceptionStatistics stats = rtcp.reception();
    if (stats != null) {
      stats.updateSequence(p.sequence());
    }
    int pt = p.payloadType();
    if (pt == payloads.telephoneEvent()) {
      TelephoneEvent e = TelephoneEvent.parse(d.data, p.payloadOffset(), p.payloadLength());
      if (e == null) {
        return drop();
      }
      DtmfDetector.Digit digit = dtmf.onPacket(p.timestamp(), e, now);
      if (digit != null) {
        events.onDtmf(digit);
      }
      return false; // consumed
    }
    AudioDecoder decoder = decoders[pt];
    if (decoder == null) {
      unknownPayloadType.increment();
      return drop();
    }
    if (stats != null) {
      stats.updateJitter(p.timestamp(), now);
    }
    if (held.getAsBoolean()) {
      return false;
    }
    if (audioLevelId > 0) {
      int encoded = AudioLevel.read(p, audioLevelId, extensions);
      if (encoded != AudioLevel.ABSENT) {
        audioLevel = AudioLevel.level(encoded);
        audioLevelNanos = now;
      }
    }
    int samples = decoder.samples(d.data, p.payloadOffset(), p.payloadLength());
    if (samples <= 0) {
      return drop();
    }
    d.samples = samples;
    return true;
  }

  private boolean takeOver(long newSsrc, long now) {
    if (haveSource && now - lastNanos < TAKEOVER_MILLIS * 1_000_000L) {
      if (newSsrc != candidate) {
        candidate = newSsrc;
        candidateRun = 0;
      }
      if (++candidateRun < TAKEOVER_PACKETS) {
        return false;
      }
    }
    if (haveSource) {
      ssrcChanges.increment();
      jitter.reset();
      dtmf.reset();
      for (AudioDecoder decoder : decoders) {
        if (decoder != null) {
          decoder.reset();
        }
      }
    }
    haveSource = true;
    ssrc = newSsrc;
    candidate = -1;
    rtcp.receiveFrom(newSsrc, clockRate);
    return true;
  }

  /** Whether a source has been seen. */
  boolean haveSource() {
    return haveSource;
  }

  long ssrc() {
    return ssrc;
  }
}
