/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.IdGenerator;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.dtls.Setup;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpCandidate;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0177 raw-UDP transports and what XEP-0176/XEP-0320 offers carry. */
class TransportsTest {
  static Content content(String fixture) {
    return ((Jingle) ((Iq) Fixtures.parse(fixture)).payload()).contents().get(0);
  }

  @Test
  void rawUdpOfferAndTheXep0177Exchange() {
    IdGenerator ids = IdGenerator.sequence("c");
    RawUdpTransport offer = RawUdp.offer(new TransportAddress("10.1.1.104", 13540), null, ids);
    assertThat(offer.candidates())
        .containsExactly(RawUdpCandidate.of(1, "c1", "10.1.1.104", 13540));

    // XEP-0177 example 1 offers component 1 only: the answer mirrors that, whatever we could do
    RawUdpTransport romeo =
        content("xep-0177/example-01.xml").transport(RawUdpTransport.class).orElseThrow();
    RawUdpTransport answer =
        RawUdp.answer(
            romeo,
            new TransportAddress("208.68.163.214", 9876),
            new TransportAddress("208.68.163.214", 9877),
            ids);
    assertThat(answer.candidates()).extracting(RawUdpCandidate::component).containsExactly(1);

    // example 3 answers with both components; offered both, we answer both
    RawUdpTransport juliet =
        content("xep-0177/example-03.xml").transport(RawUdpTransport.class).orElseThrow();
    RawUdpTransport mirrored =
        RawUdp.answer(
            juliet,
            new TransportAddress("192.0.2.1", 4000),
            new TransportAddress("192.0.2.1", 4001),
            ids);
    assertThat(mirrored.candidates()).extracting(RawUdpCandidate::component).containsExactly(1, 2);
    assertThat(mirrored.candidates()).extracting(RawUdpCandidate::port).containsExactly(4000, 4001);

    assertThat(RawUdp.peer(romeo))
        .contains(new RawUdp.Peer(new TransportAddress("10.1.1.104", 13540), null));
    assertThat(RawUdp.peer(juliet))
        .contains(
            new RawUdp.Peer(
                new TransportAddress("208.68.163.214", 9876),
                new TransportAddress("208.68.163.214", 9877)));
  }

  @Test
  void thePeersLatestGenerationWinsAndRtpIsRequired() {
    RawUdpTransport t =
        RawUdpTransport.of(
            List.of(
                new RawUdpCandidate(1, 0, "a", "192.0.2.1", 1000, null, Extensions.NONE),
                new RawUdpCandidate(1, 2, "b", "192.0.2.2", 2000, null, Extensions.NONE),
                new RawUdpCandidate(1, 1, "c", "192.0.2.3", 3000, null, Extensions.NONE)));
    assertThat(RawUdp.peer(t).orElseThrow().rtp())
        .isEqualTo(new TransportAddress("192.0.2.2", 2000));
    RawUdpTransport rtcpOnly =
        RawUdpTransport.of(List.of(RawUdpCandidate.of(2, "x", "192.0.2.1", 1)));
    assertThat(RawUdp.peer(rtcpOnly)).isEmpty();
    assertThat(new TransportAddress("2001:db8::1", 5004)).hasToString("[2001:db8::1]:5004");
    assertThatThrownBy(() -> new TransportAddress("192.0.2.1", 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void iceDtlsOffersExposeWhatTheyCarry() {
    IceDtlsOffer conversations =
        IceDtlsOffer.of(content("interop/conversations-session-initiate.xml")).orElseThrow();
    assertThat(conversations.ufrag()).isEqualTo("lV2S");
    assertThat(conversations.pwd()).isEqualTo("kJ4eUGeCD6OXeBxf+9NPsFe0");
    assertThat(conversations.candidates()).as("they trickle in transport-info").isEmpty();
    assertThat(conversations.fingerprint().setup()).isEqualTo(Setup.ACTPASS);
    assertThat(conversations.answerSetup()).contains(Setup.ACTIVE);
    assertThat(conversations.rtcpMux()).isTrue();

    IceDtlsOffer dino = IceDtlsOffer.of(content("interop/dino-session-initiate.xml")).orElseThrow();
    assertThat(dino.udpCandidates())
        .extracting(IceCandidate::ip)
        .containsExactly("192.168.1.23", "203.0.113.50");
    assertThat(dino.fingerprint().value()).startsWith("5A:3B:E1");

    IceDtlsOffer xep = IceDtlsOffer.of(content("xep-0320/example-01.xml")).orElseThrow();
    assertThat(xep.fingerprint().value()).startsWith("02:1A:CC").doesNotContain(" ");
    assertThat(xep.rtcpMux()).isFalse();

    IceDtlsOffer plain = IceDtlsOffer.of(content("xep-0166/example-04.xml")).orElseThrow();
    assertThat(plain.fingerprint()).as("no DTLS in XEP-0166's example").isNull();
    assertThat(plain.answerSetup()).isEmpty();
    assertThat(plain.candidates()).hasSize(2);
  }

  @Test
  void noCredentialsOrAnotherTransportOffersNoIce() {
    // XEP-0166 example 6 is an accept whose ICE transport has candidates but no ufrag/pwd
    assertThat(IceDtlsOffer.of(content("xep-0166/example-06.xml"))).isEmpty();
    assertThat(IceDtlsOffer.of(content("xep-0177/example-01.xml"))).isEmpty();
    Content tcpToo =
        content("xep-0166/example-04.xml")
            .withTransport(
                IceUdpTransport.of(
                    "abcd",
                    "0123456789012345678901",
                    List.of(
                        new IceCandidate(
                            1,
                            "1",
                            0,
                            "t",
                            "192.0.2.1",
                            9,
                            1,
                            "tcp",
                            null,
                            null,
                            null,
                            null,
                            "passive",
                            Extensions.NONE))));
    IceDtlsOffer offer = IceDtlsOffer.of(tcpToo).orElseThrow();
    assertThat(offer.candidates()).hasSize(1);
    assertThat(offer.udpCandidates()).isEmpty();
  }
}
