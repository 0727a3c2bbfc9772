/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stanzas the benchmark module reads parse into the expected records, and round-trip. */
class BenchInputsTest {
  private static Iq roundTrip(String name) throws IOException {
    String xml;
    try (InputStream in = BenchInputsTest.class.getResourceAsStream("/bench/" + name)) {
      assertThat(in).as(name).isNotNull();
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Iq iq = (Iq) Xml.parse(xml, ParleyCodecs.registry());
    String written = Xml.toXml(iq, ParleyCodecs.registry(), "jabber:client");
    Fixtures.assertSimilar(xml, written, name);
    assertThat(Xml.parse(written, ParleyCodecs.registry())).isEqualTo(iq);
    return iq;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "session-initiate.xml",
        "session-accept.xml",
        "session-accept-g711.xml",
        "meeting-request.xml"
      })
  void everyInputRoundTrips(String name) throws IOException {
    roundTrip(name);
  }

  @Test
  void sessionInitiateIsAConversationsStyleOffer() throws IOException {
    Jingle j = (Jingle) roundTrip("session-initiate.xml").payload();
    assertThat(j.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    Content audio = j.contents().get(0);
    RtpDescription rtp = audio.description(RtpDescription.class).orElseThrow();
    assertThat(rtp.rtcpMux()).isTrue();
    assertThat(rtp.payloadTypes())
        .extracting(PayloadType::name)
        .containsExactly("opus", "PCMU", "PCMA");
    IceUdpTransport ice = audio.transport(IceUdpTransport.class).orElseThrow();
    assertThat(ice.candidates()).hasSize(2);
    assertThat(ice.fingerprint()).isPresent();
  }

  @Test
  void g711AcceptIsTheBridgesAnswer() throws IOException {
    Jingle j = (Jingle) roundTrip("session-accept-g711.xml").payload();
    assertThat(j.action()).isEqualTo(JingleAction.SESSION_ACCEPT);
    assertThat(j.contents().get(0).transport(RawUdpTransport.class)).isPresent();
    assertThat(j.find(CoinFocus.class).orElseThrow().focus()).isTrue();
  }

  @Test
  void meetingRequest() throws IOException {
    MeetingQuery q = roundTrip("meeting-request.xml").payload(MeetingQuery.class).orElseThrow();
    assertThat(q.type()).isEqualTo("jitsi");
    assertThat(q.id()).isEqualTo("weekly-sync");
  }
}
