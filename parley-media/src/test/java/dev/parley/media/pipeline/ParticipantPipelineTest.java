/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.clock.ManualClock;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.codec.G711;
import dev.parley.media.codec.G711Codec;
import dev.parley.media.codec.TelephoneEvent;
import dev.parley.media.jitter.JitterConfig;
import dev.parley.media.rtcp.ReportBlock;
import dev.parley.media.rtcp.RtcpPacket;
import dev.parley.media.rtcp.RtcpParser;
import dev.parley.media.rtcp.RtcpWriter;
import dev.parley.media.rtp.RtpHeader;
import dev.parley.media.rtp.RtpPacket;
import dev.parley.media.rtp.RtpParse;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.PacketKind;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A participant's pipeline without sockets: datagrams go straight into its inbound queue, a manual
 * clock drives the ticks, and a fake transport keeps what it sends.
 */
class ParticipantPipelineTest {
  private static final long MS = 1_000_000;
  private static final long REMOTE_SSRC = 0x1234_5678L;

  private final ManualClock clock = new ManualClock(1_700_000_000_000L);
  private final InboundQueue queue = new InboundQueue(16, 1500);
  private final FakeTransport transport = new FakeTransport();
  private final List<String> events = new ArrayList<>();
  private final PayloadMap payloads =
      new PayloadMap(0, G711Codec.PCMU, Map.of(0, G711Codec.PCMU, 8, G711Codec.PCMA), 101);
  private final ParticipantPipeline pipeline =
      new ParticipantPipeline(
          new PipelineSetup(
              payloads,
              JitterConfig.DEFAULT,
              160,
              Duration.ofMillis(250),
              "test@parley",
              clock,
              new SplittableRandom(7)),
          queue,
          transport,
          new PipelineEvents() {
            @Override
            public void onDtmf(DtmfDetector.Digit digit) {
              events.add("dtmf " + digit.symbol() + " " + digit.durationMillis());
            }

            @Override
            public void onBye(@Nullable String reason) {
              events.add("bye " + reason);
            }
          });

  private void deliver(byte[] datagram, PacketKind kind) {
    ByteBuffer slot = queue.claim();
    assertThat(slot).isNotNull();
    slot.put(datagram);
    queue.publish(kind, clock.nanoTime());
  }

  private static byte[] rtp(int pt, int seq, long ts, long ssrc, boolean marker, byte[] payload) {
    RtpHeader h = RtpHeader.of(marker, pt, seq & 0xFFFF, ts & 0xFFFF_FFFFL, ssrc);
    byte[] b = new byte[h.length() + payload.length];
    int n = h.write(b, 0);
    System.arraycopy(payload, 0, b, n, payload.length);
    return b;
  }

  private static short[] tone(int frame) {
    short[] pcm = new short[160];
    for (int i = 0; i < 160; i++) {
      pcm[i] = (short) (8000 * Math.sin(2 * Math.PI * 1000 * (frame * 160 + i) / 8000.0));
    }
    return pcm;
  }

  private static byte[] pcmu(short[] pcm) {
    byte[] out = new byte[pcm.length];
    G711.encodeUlaw(pcm, 0, pcm.length, out, 0);
    return out;
  }

  /** Advances to the next 20 ms tick and runs it; returns the participant's frame. */
  private AudioFrame tick() {
    clock.advanceMillis(20);
    pipeline.receive();
    AudioFrame f = pipeline.playout(clock.nanoTime(), 1);
    pipeline.send(f);
    pipeline.housekeeping(clock.nanoTime());
    return f;
  }

  @Test
  void decodesWhatArrivesAndSendsWhatTheMixerGives() {
    List<short[]> heard = new ArrayList<>();
    for (int k = 0; k < 10; k++) {
      deliver(rtp(0, 100 + k, 1000 + 160L * k, REMOTE_SSRC, k == 0, pcmu(tone(k))), PacketKind.RTP);
      AudioFrame f = tick();
      if (f.hasInput()) {
        heard.add(f.input().clone());
      }
    }
    assertThat(heard).hasSize(10);
    for (int k = 0; k < 10; k++) {
      byte[] encoded = pcmu(tone(k));
      short[] expected = new short[160];
      G711.decodeUlaw(encoded, 0, 160, expected, 0);
      assertThat(heard.get(k)).isEqualTo(expected);
    }
    // every tick sent one RTP packet: PT 0, consecutive sequence numbers, timestamps 160 apart
    assertThat(transport.rtp).hasSize(10);
    RtpPacket p = new RtpPacket();
    long firstTs = -1;
    int firstSeq = -1;
    for (int i = 0; i < transport.rtp.size(); i++) {
      byte[] b = transport.rtp.get(i);
      assertThat(p.wrap(b, 0, b.length)).isEqualTo(RtpParse.OK);
      assertThat(p.payloadType()).isZero();
      assertThat(p.payloadLength()).isEqualTo(160);
      assertThat(p.marker()).isEqualTo(i == 0);
      assertThat(p.ssrc()).isEqualTo(pipeline.localSsrc());
      if (i == 0) {
        firstTs = p.timestamp();
        firstSeq = p.sequence();
      } else {
        assertThat(p.timestamp()).isEqualTo((firstTs + 160L * i) & 0xFFFF_FFFFL);
        assertThat(p.sequence()).isEqualTo((firstSeq + i) & 0xFFFF);
      }
    }
    PipelineStats s = pipeline.stats();
    assertThat(s.packetsReceived()).isEqualTo(10);
    assertThat(s.packetsSent()).isEqualTo(10);
    assertThat(s.bytesSent()).isEqualTo(1600);
    assertThat(s.packetsLost()).isZero();
    assertThat(s.levelDbov()).isBetween(-16.0, -10.0); // 8000/32768 peak sine ≈ −15.3 dBov
  }

  @Test
  void malformedAndForeignPacketsAreCountedNotThrown() {
    deliver(new byte[] {1, 2, 3}, PacketKind.RTP);
    // padding count 129 in a 13-byte packet
    deliver(new byte[] {(byte) 0xA0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, (byte) 0x81}, PacketKind.RTP);
    deliver(new byte[] {(byte) 0x81, (byte) 201, 0, 9}, PacketKind.RTCP); // length past the end
    deliver(rtp(99, 1, 1, REMOTE_SSRC, false, new byte[160]), PacketKind.RTP); // unknown PT
    tick();
    PipelineStats s = pipeline.stats();
    assertThat(s.malformed()).isEqualTo(3);
    assertThat(s.stages())
        .filteredOn(st -> st.name().equals("Depacketize"))
        .singleElement()
        .satisfies(st -> assertThat(st.dropped()).isEqualTo(1));
  }

  @Test
  void dtmfEventsBecomeOneDigitEach() {
    int seq = 10;
    for (int update = 1; update <= 5; update++) {
      byte[] ev = new byte[4];
      new TelephoneEvent(5, update == 5, 10, update * 160).write(ev, 0);
      deliver(rtp(101, seq++, 8000, REMOTE_SSRC, update == 1, ev), PacketKind.RTP);
      tick();
    }
    byte[] end = new byte[4];
    new TelephoneEvent(5, true, 10, 800).write(end, 0);
    deliver(rtp(101, seq++, 8000, REMOTE_SSRC, false, end), PacketKind.RTP);
    deliver(rtp(101, seq, 8000, REMOTE_SSRC, false, end), PacketKind.RTP);
    tick();
    assertThat(events).containsExactly("dtmf 5 100");
  }

  @Test
  void reportsLossInRtcpAndReadsTheRemoteReportAndBye() {
    // 20 packets with one lost (seq 105)
    for (int k = 0; k < 20; k++) {
      if (k != 5) {
        deliver(rtp(0, 100 + k, 160L * k, REMOTE_SSRC, false, pcmu(tone(k))), PacketKind.RTP);
      }
      tick();
    }
    // run long enough for at least one report (first interval ≤ 3.1 s, later ≤ 6.2 s)
    for (int i = 0; i < 400 && transport.rtcp.isEmpty(); i++) {
      tick();
    }
    assertThat(transport.rtcp).isNotEmpty();
    byte[] compound = transport.rtcp.get(0);
    RtcpParser.Result r = RtcpParser.parse(compound, 0, compound.length);
    assertThat(r.ok()).isTrue();
    RtcpPacket.SenderReport sr = (RtcpPacket.SenderReport) r.packets().get(0);
    assertThat(sr.ssrc()).isEqualTo(pipeline.localSsrc());
    ReportBlock block = sr.reports().get(0);
    assertThat(block.ssrc()).isEqualTo(REMOTE_SSRC);
    assertThat(block.cumulativeLost()).isEqualTo(1);
    assertThat(block.extendedHighestSequence()).isEqualTo(119);
    assertThat(((RtcpPacket.SourceDescription) r.packets().get(1)).cnameOf(sr.ssrc()))
        .contains("test@parley");

    // the participant reports 25 % loss of our stream, replying to our SR after 100 ms
    long lsr = dev.parley.media.rtcp.NtpTime.middle32(sr.ntpTimestamp());
    clock.advanceMillis(100);
    RtcpPacket rr =
        new RtcpPacket.ReceiverReport(
            REMOTE_SSRC, List.of(new ReportBlock(pipeline.localSsrc(), 64, 3, 50, 80, lsr, 0)));
    List<RtcpPacket> reply = List.of(rr, new RtcpPacket.Bye(List.of(REMOTE_SSRC), "done"));
    byte[] buf = new byte[RtcpWriter.length(reply)];
    RtcpWriter.write(reply, buf, 0);
    deliver(buf, PacketKind.RTCP);
    tick();
    PipelineStats s = pipeline.stats();
    assertThat(s.remoteFractionLost()).isEqualTo(0.25);
    assertThat(s.remoteJitterMillis()).isEqualTo(10.0);
    // the reply was sent 100 ms after our SR, plus the time our SR took to be built (0 here)
    assertThat(s.rttMillis()).isBetween(90.0, 140.0);
    assertThat(events).containsExactly("bye done");
  }

  @Test
  void aNewSourceTakesOverAfterTheOldOneFallsSilent() {
    for (int k = 0; k < 5; k++) {
      deliver(rtp(0, k, 160L * k, REMOTE_SSRC, false, pcmu(tone(k))), PacketKind.RTP);
      tick();
    }
    // an interloper while the source is active: dropped
    deliver(rtp(0, 500, 0, 0xBADL, false, new byte[160]), PacketKind.RTP);
    tick();
    assertThat(pipeline.stats().ssrcChanges()).isZero();
    // the source stops; after 200 ms a new one (a restarted client) takes over
    for (int i = 0; i < 11; i++) {
      tick();
    }
    deliver(rtp(0, 7000, 99_000, 0x9999L, true, pcmu(tone(0))), PacketKind.RTP);
    tick();
    AudioFrame f = tick();
    assertThat(pipeline.stats().ssrcChanges()).isEqualTo(1);
    assertThat(f.hasInput() || pipeline.stats().jitterBuffer().played() > 0).isTrue();
  }

  @Test
  void holdStopsBufferingAndSkipSendKeepsTheClock() {
    pipeline.hold(true);
    deliver(rtp(0, 1, 160, REMOTE_SSRC, false, pcmu(tone(0))), PacketKind.RTP);
    clock.advanceMillis(20);
    pipeline.receive();
    AudioFrame f = pipeline.playout(clock.nanoTime(), 1);
    assertThat(f.hasInput()).isFalse();
    assertThat(pipeline.stats().packetsReceived()).isEqualTo(1);
    pipeline.skipSend(3);
    pipeline.hold(false);
    f.output()[0] = 1;
    pipeline.send(f);
    RtpPacket p = new RtpPacket();
    byte[] b = transport.rtp.get(0);
    p.wrap(b, 0, b.length);
    assertThat(p.marker()).isTrue(); // a new talk-spurt after hold
  }
}
