/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The session-initiate the benchmark module reads parses, and round-trips. */
class JingleBenchInputTest {
  @Test
  void sessionInitiateBenchInput() throws IOException {
    String xml;
    try (InputStream in = getClass().getResourceAsStream("/bench/session-initiate.xml")) {
      assertThat(in).isNotNull();
      xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Iq iq = (Iq) Xml.parse(xml, ParleyCodecs.registry());
    Jingle j = (Jingle) iq.payload();
    assertThat(j.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    Content audio = j.contents().get(0);
    RtpDescription rtp = audio.description(RtpDescription.class).orElseThrow();
    assertThat(rtp.rtcpMux()).isTrue();
    assertThat(rtp.payloadTypes())
        .extracting(PayloadType::name)
        .containsExactly("opus", "PCMU", "PCMA");
    assertThat(audio.transport()).isNotNull();
    String written = Xml.toXml(iq, ParleyCodecs.registry(), "jabber:client");
    Fixtures.assertSimilar(xml, written, "bench/session-initiate.xml");
    assertThat(Xml.parse(written, ParleyCodecs.registry())).isEqualTo(iq);
  }
}
