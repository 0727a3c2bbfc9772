/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Xml;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Each benchmark runs once on its inputs and computes what it claims to (no timing is measured
 * here), so that the benchmarks cannot rot between performance runs.
 */
class BenchmarksRunTest {
  private static final Blackhole BLACKHOLE =
      new Blackhole(
          "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");

  @Test
  void stanzaCodecBenchmarksWork() {
    StanzaCodecBench bench = new StanzaCodecBench();
    bench.sample = "bench/session-accept-g711.xml";
    bench.setup();
    var parsed = bench.parse();
    assertThat(Xml.toXml(parsed, ParleyCodecs.registry(), "jabber:component:accept"))
        .isEqualTo(bench.serialise());
    bench.parseFromStream(BLACKHOLE);
    assertThat(bench.roundTrip()).isGreaterThan(600 * 1_000);
  }

  @Test
  void conferenceInfoBenchmarksWork() {
    ConferenceInfoBench bench = new ConferenceInfoBench();
    bench.users = 1000;
    bench.setup();
    assertThat(bench.parse()).isInstanceOf(dev.parley.protocol.conference.ConferenceInfo.class);
    assertThat(bench.serialise()).hasSizeGreaterThan(200_000);
    var partial = bench.diff().orElseThrow();
    assertThat(partial.state()).isEqualTo(dev.parley.protocol.conference.State.PARTIAL);
    assertThat(bench.apply())
        .isInstanceOf(dev.parley.protocol.conference.sync.ConferenceUpdate.Applied.class);
  }

  @Test
  void coinPublisherBenchmarkSendsOneNoticePerParticipantPerJoin() {
    for (boolean coin : new boolean[] {true, false}) {
      CoinPublisherBench bench = new CoinPublisherBench();
      bench.size = 50;
      bench.coin = coin;
      bench.setup();
      for (int i = 0; i < 3; i++) {
        bench.leave();
        long bytes = bench.join();
        assertThat(bench.recipients()).isEqualTo(50);
        // 49 notices of the join plus the joiner's full document of 50 users.
        assertThat(bytes).isGreaterThan(coin ? 49 * 500 + 50 * 250 : 50 * 50 * 250);
        bench.leave();
        assertThat(bench.joinWithoutWriting()).isEqualTo(50);
      }
    }
  }

  @Test
  void jingleSessionBenchmarksWork() {
    JingleSessionBench bench = new JingleSessionBench();
    bench.sessions = 100;
    bench.setup();
    assertThat(bench.registry().size()).isEqualTo(100);
    assertThat(bench.transportInfo().reply().type()).isEqualTo(Iq.Type.RESULT);
    assertThat(bench.transportInfo().events()).hasSize(1);
    Iq terminate = bench.wholeCall();
    assertThat(((Jingle) terminate.payload()).action()).isEqualTo(JingleAction.SESSION_TERMINATE);
    assertThat(bench.registry().size()).as("the call ended").isEqualTo(100);
    assertThat(bench.rtpAnswer()).isInstanceOf(RtpAnswer.Agreed.class);
    assertThat(((RtpAnswer.Agreed) bench.rtpAnswer()).primary().name()).isEqualTo("opus");
  }

  @Test
  void mediaBenchmarksWork() {
    G711Bench g711 = new G711Bench();
    g711.setup();
    byte[] encoded = g711.encodeUlaw().clone();
    short[] decoded = g711.decodeUlaw();
    for (int i = 0; i < G711Bench.FRAME; i++) {
      assertThat(Math.abs(decoded[i] - g711.pcm[i])).isLessThan(600); // G.711 quantisation
    }
    assertThat(g711.encodeAlaw()).isNotEqualTo(encoded);
    assertThat(g711.decodeAlaw()).hasSize(G711Bench.FRAME);

    for (String engine : new String[] {"concentus", "libopus"}) {
      OpusBench opus = new OpusBench();
      opus.engine = engine;
      opus.complexity = 5;
      opus.setup();
      for (int f = 0; f < OpusBench.FRAMES; f++) {
        assertThat(opus.encode()).isPositive();
      }
      for (int f = 0; f < OpusBench.FRAMES; f++) {
        assertThat(opus.decode()).isEqualTo(OpusBench.FRAME);
      }
      opus.tearDown();
    }

    MixMinusBench mix = new MixMinusBench();
    mix.setup();
    short[][] heard = mix.mixMinus();
    int expected = 0;
    for (int p = 1; p < MixMinusBench.PARTICIPANTS; p++) {
      expected += mix.inputs[p][7];
    }
    assertThat(heard[0][7]).isEqualTo((short) expected);

    JitterBufferBench jitter = new JitterBufferBench();
    jitter.setup();
    jitter.pushAndPull();
    assertThat(jitter.pushAndPull().kind()).isEqualTo(dev.parley.media.jitter.Playout.Kind.PACKET);

    RtpBench rtp = new RtpBench();
    rtp.setup();
    assertThat(rtp.parse()).isEqualTo(1234 + 160);
    assertThat(dev.parley.media.rtp.AudioLevel.level(rtp.parseWithAudioLevel())).isEqualTo(30);
    assertThat(rtp.parseRtcpCompound().packets()).hasSize(2);

    RoomTickBench room = new RoomTickBench();
    room.setup();
    for (int i = 0; i < 5; i++) {
      room.tick();
    }
    assertThat(room.pipelines[0].stats().packetsSent()).isEqualTo(5);
    assertThat(room.pipelines[0].stats().jitterBuffer().played()).isGreaterThanOrEqualTo(4);
  }
}
