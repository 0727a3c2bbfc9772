/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.codec.DtmfGenerator;
import dev.parley.media.jitter.JitterBuffer;
import dev.parley.media.rtcp.ReceptionStatistics;
import dev.parley.media.rtcp.RtcpSession;
import dev.parley.media.rtp.RtpWriter;
import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpGate;
import dev.parley.media.stats.Counter;
import dev.parley.media.stats.Gauge;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.MediaTransport;
import dev.parley.media.transport.PacketKind;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One participant's media, from its socket to the mixer and back (see the package documentation for
 * the chains). Driven by the tick thread that owns it:
 *
 * <pre>{@code
 * pipeline.receive();                          // drain the inbound queue
 * AudioFrame f = pipeline.playout(now, ticks); // what the participant said this tick
 * ... mixer fills f.output() or shares an encoded payload ...
 * pipeline.send(f);                            // what it hears
 * pipeline.housekeeping(now);                  // RTCP, DTMF end timeouts
 * }</pre>
 *
 * Not thread-safe except {@link #hold}, {@link #stats()} and {@link #lastRtpNanos()}.
 */
public final class ParticipantPipeline {
  /**
   * The longest packet accepted, in ticks: 200 ms (Opus allows 120 ms; FFmpeg's RTP muxer sends 128
   * ms of G.711 by default). Longer packets are treated as lost.
   */
  public static final int MAX_PACKET_FRAMES = 10;

  private final InboundQueue queue;
  private final MediaTransport transport;
  private final MediaClock clock;
  private final PayloadMap payloads;
  private final int frameSamples; // per tick at the codec's clock rate (RTP timestamp units)
  private final Datagram datagram = new Datagram();
  private final AudioFrame frame;
  private final JitterBuffer jitter;
  private final RtcpSession rtcp;
  private final OutboundStream outbound;
  private final DtmfDetector dtmf;
  private final PipelineEvents events;
  private final byte[] rtcpBuffer;
  private final byte[] eventPacket = new byte[16 + SrtpContext.HEADROOM];
  private final AudioEncoder encoder;
  private final AudioDecoder[] decoders;
  private final @Nullable SrtpGate srtp;

  private final RtpReceive rtpReceive = new RtpReceive();
  private final Depacketize depacketize;
  private final RtcpReceive rtcpReceive;
  private final LevelMeter levelMeter = new LevelMeter();
  private final Decode decode;
  private final Chain<Datagram> receiveRtp;
  private final Chain<Datagram> receiveRtcp;
  private final Chain<AudioFrame> playout;
  private final Chain<AudioFrame> sendChain;

  private volatile boolean held;
  private final Counter truncated = new Counter();
  private final Gauge packetsLost = new Gauge(0);
  private final Gauge fractionLost = new Gauge(0);
  private final Gauge jitterMillis = new Gauge(0);

  /** Builds the chains over a transport that delivers into {@code queue}. */
  public ParticipantPipeline(
      PipelineSetup setup, InboundQueue queue, MediaTransport transport, PipelineEvents events) {
    this.queue = queue;
    this.transport = transport;
    this.clock = setup.clock();
    this.payloads = setup.payloads();
    int mixSamples = setup.frameSamples();
    int mixRate = mixSamples * 50;
    this.events = events;
    int clockRate = payloads.sendCodec().clockRate();
    this.frameSamples = clockRate / 50;
    long ssrc = setup.random().nextLong(1L << 32);
    this.outbound =
        new OutboundStream(
            ssrc, setup.random().nextInt(1 << 16), setup.random().nextLong(1L << 32));
    this.rtcp =
        new RtcpSession(ssrc, setup.cname(), clockRate, setup.rtcpBandwidth(), setup.random());
    this.srtp = setup.srtp();
    this.rtcpBuffer = new byte[rtcp.maxCompoundLength() + SrtpContext.HEADROOM];
    this.jitter = new JitterBuffer(setup.jitter(), clockRate, frameSamples);
    this.dtmf = new DtmfDetector(clockRate, setup.dtmfEndTimeout().toNanos());
    this.decoders = payloads.newDecoders();
    this.encoder = payloads.sendCodec().newEncoder();
    int maxPayload = encoder.maxPayloadBytes(frameSamples);
    this.frame =
        new AudioFrame(
            mixSamples, frameSamples, Math.max(maxPayload, 1500 - 12 - 28) + SrtpContext.HEADROOM);

    this.depacketize = new Depacketize(payloads, decoders, rtcp, jitter, dtmf, events, () -> held);
    depacketize.audioLevelId(setup.audioLevelId());
    this.rtcpReceive = new RtcpReceive(rtcp, events, clock, depacketize);

    // Receive, per datagram: SRTP decrypt (DTLS-SRTP legs), parse, sort by source and payload
    // type, buffer.
    SrtpUnprotect unprotect = srtp == null ? null : new SrtpUnprotect(srtp);
    this.receiveRtp =
        Chain.of(
            unprotect == null
                ? List.of(rtpReceive, depacketize, new JitterInput(jitter))
                : List.of(unprotect, rtpReceive, depacketize, new JitterInput(jitter)));
    this.receiveRtcp =
        Chain.of(
            unprotect == null
                ? List.<Stage<Datagram>>of(rtcpReceive)
                : List.of(new SrtpUnprotect(srtp), rtcpReceive));
    // Playout, per tick: the jitter buffer's next frame, decoded or concealed; its level.
    // (resampled to the mixer's rate when the codec's differs)
    this.decode = new Decode(jitter, decoders, MAX_PACKET_FRAMES * frameSamples, frameSamples);
    this.playout =
        Chain.of(
            clockRate == mixRate
                ? List.of(decode, levelMeter)
                : List.of(decode, Resample.toMixer(clockRate, mixRate), levelMeter));
    // Send, per tick, after the mixer: encode, RTP header, SRTP encrypt (DTLS-SRTP legs), send.
    Encode encode = new Encode(encoder);
    Packetize packetize =
        new Packetize(outbound, payloads.sendPayloadType(), setup.sendAudioLevelId());
    frame.headerLength = packetize.headerLength();
    Send send = new Send(transport, rtcp, outbound);
    List<Stage<AudioFrame>> sending = new ArrayList<>();
    if (clockRate != mixRate) {
      sending.add(Resample.fromMixer(mixRate, clockRate));
    }
    sending.add(encode);
    sending.add(packetize);
    if (srtp != null) {
      sending.add(new SrtpProtect(srtp));
    }
    sending.add(send);
    this.sendChain = Chain.of(sending);
  }

  /** Drains the datagrams the I/O thread queued (tick thread). */
  public void receive() {
    while (queue.peek()) {
      if (queue.truncated()) {
        truncated.increment();
      } else {
        datagram.set(queue.data(), queue.length(), queue.arrivalNanos(), queue.kind());
        if (queue.kind() == PacketKind.RTCP) {
          receiveRtcp.process(datagram);
        } else {
          receiveRtp.process(datagram);
        }
      }
      queue.release();
    }
    ReceptionStatistics r = rtcp.reception();
    if (r != null) {
      packetsLost.set(r.cumulativeLost());
      jitterMillis.set(r.jitterMillis());
    }
  }

  /**
   * What the participant said in the tick at {@code nowNanos}, {@code ticks} tick periods after the
   * previous one. The frame's output is cleared for the mixer to fill.
   */
  public AudioFrame playout(long nowNanos, int ticks) {
    return playout(nowNanos, ticks, true);
  }

  /**
   * As {@link #playout(long, int)}; with {@code decode} false the jitter buffer is pulled as usual
   * (playout timing goes on) but nothing is decoded and the frame has no input: for a participant
   * the mixer will not hear this tick (active-speaker mixing).
   */
  public AudioFrame playout(long nowNanos, int ticks, boolean decode) {
    frame.begin(nowNanos, ticks);
    this.decode.skip = !decode;
    playout.process(frame);
    return frame;
  }

  /**
   * The participant's own report of its level (RFC 6464), in dBov, if one arrived within the last
   * 100 ms; NaN otherwise (no extension negotiated or sent). Tick thread.
   */
  public double audioLevelDbov(long nowNanos) {
    int level = depacketize.audioLevel;
    if (level < 0 || nowNanos - depacketize.audioLevelNanos > 100_000_000L) {
      return Double.NaN;
    }
    return -level;
  }

  /** Frames whose decoding the mixer skipped (silent, not selected). */
  public long skippedDecodes() {
    return decode.skipped.get();
  }

  /** Sends what the participant hears this tick (the frame's output or shared payload). */
  public void send(AudioFrame f) {
    outbound.advance((long) frameSamples * (f.ticks - 1)); // ticks lost to a stall
    sendChain.process(f);
    outbound.advance(frameSamples);
  }

  /** Sends nothing this tick (on hold) but keeps the media clock running. */
  public void skipSend(int ticks) {
    outbound.advance((long) frameSamples * ticks);
    outbound.first = true; // the next packet starts a talk-spurt
  }

  /**
   * Sends this tick's RFC 4733 packet from {@code generator} if it has one, instead of audio.
   * Returns whether it did; the media clock advances either way when it did.
   */
  public boolean sendTelephoneEvent(DtmfGenerator generator, int ticks) {
    if (payloads.telephoneEvent() < 0 || !generator.busy()) {
      return false;
    }
    outbound.advance((long) frameSamples * (ticks - 1));
    DtmfGenerator.Packet p = generator.next(outbound.timestamp);
    if (p == null) {
      return false; // the pause between digits: audio goes on
    }
    RtpWriter.writeFixedHeader(
        eventPacket,
        0,
        p.marker(),
        payloads.telephoneEvent(),
        outbound.nextSequence(),
        p.timestamp(),
        outbound.ssrc);
    int n = 12 + p.event().write(eventPacket, 12);
    int payload = n - 12;
    n = protectRtp(eventPacket, n);
    if (n > 0 && transport.sendRtp(eventPacket, 0, n)) {
      rtcp.onSent(payload, outbound.timestamp, clock.nanoTime());
    }
    outbound.advance(frameSamples);
    outbound.first = false;
    return true;
  }

  /** Periodic work: RTCP reports when due, DTMF digits whose end packets were lost. */
  public void housekeeping(long nowNanos) {
    DtmfDetector.Digit digit = dtmf.poll(nowNanos);
    if (digit != null) {
      events.onDtmf(digit);
    }
    double last = depacketize.lastRtpNanos.get();
    boolean peerSending = !Double.isNaN(last) && nowNanos - (long) last < 10_000_000_000L;
    transport.housekeeping(nowNanos);
    int n = rtcp.maybeReport(nowNanos, clock.wallMillis(), peerSending, rtcpBuffer, 0);
    if (n > 0) {
      sendRtcp(n);
      ReceptionStatistics r = rtcp.reception();
      if (r != null) {
        fractionLost.set(r.lastFractionLost() / 256.0);
      }
    }
  }

  /** Sends a final RTCP compound with BYE (RFC 3550 § 6.6). */
  public void sendBye(@Nullable String reason) {
    int n = rtcp.bye(clock.nanoTime(), clock.wallMillis(), reason, rtcpBuffer, 0);
    sendRtcp(n);
    if (srtp != null) {
      srtp.close();
    }
  }

  /**
   * Frees the codecs' state (native memory with libopus). Call once the pipeline is done: on the
   * thread that ran it, or after that thread stopped running it; the pipeline must not be used
   * after. Idempotent.
   */
  public void close() {
    encoder.close();
    for (AudioDecoder d : decoders) {
      if (d != null) {
        d.close();
      }
    }
  }

  private void sendRtcp(int n) {
    if (srtp != null) {
      SrtpContext c = srtp.context();
      n = c == null ? -1 : c.protectRtcp(rtcpBuffer, 0, n);
    }
    if (n > 0) {
      transport.sendRtcp(rtcpBuffer, 0, n);
    }
  }

  /** Protects an RTP packet built outside the send chain; its new length, or −1 to drop it. */
  private int protectRtp(byte[] packet, int n) {
    if (srtp == null) {
      return n;
    }
    SrtpContext c = srtp.context();
    return c == null ? -1 : c.protectRtp(packet, 0, n);
  }

  /** Whether media is flowing securely, or needs no security (plain RTP). */
  public boolean secured() {
    return srtp == null || srtp.keyed();
  }

  /** While held, received audio is not buffered (and the owner stops sending). Any thread. */
  public void hold(boolean held) {
    this.held = held;
  }

  public boolean held() {
    return held;
  }

  /** When the last RTP packet from the participant's source arrived, or NaN. Any thread. */
  public double lastRtpNanos() {
    return depacketize.lastRtpNanos.get();
  }

  /** The codec we send with. */
  public dev.parley.media.codec.AudioCodec sendCodec() {
    return payloads.sendCodec();
  }

  /** Our SSRC towards this participant. */
  public long localSsrc() {
    return outbound.ssrc;
  }

  public MediaTransport transport() {
    return transport;
  }

  /** Statistics; any thread. */
  public PipelineStats stats() {
    List<StageStats> stages = new ArrayList<>();
    stages.addAll(receiveRtp.stats());
    stages.addAll(receiveRtcp.stats());
    stages.addAll(playout.stats());
    stages.addAll(sendChain.stats());
    return new PipelineStats(
        depacketize.packets.get(),
        depacketize.bytes.get(),
        rtcp.packetsSent(),
        rtcp.octetsSent(),
        (long) packetsLost.get(),
        fractionLost.get(),
        jitterMillis.get(),
        levelMeter.level(),
        rtpReceive.malformed() + rtcpReceive.stats().dropped() + truncated.get(),
        depacketize.ssrcChanges.get(),
        jitter.stats(),
        rtcp.rttMillis(),
        rtcp.remoteFractionLost(),
        rtcp.remoteJitterMillis(),
        stages,
        transport.stats());
  }
}
