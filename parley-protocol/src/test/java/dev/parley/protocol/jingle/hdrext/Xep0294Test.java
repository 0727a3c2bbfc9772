/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension.Senders;
import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0294 v1.1.2 examples, deployed shapes and properties of the header extension records. */
class Xep0294Test {
  private static final String NS = RtpHeaderExtension.NAMESPACE;

  private static List<RtpHeaderExtension> extensions(String path) {
    Fixtures.roundTrip(path);
    return Snippets.of(path, NS, "rtp-hdrext", RtpHeaderExtension.class);
  }

  private static List<ExtmapAllowMixed> allowMixed(String path) {
    return Snippets.of(path, NS, "extmap-allow-mixed", ExtmapAllowMixed.class);
  }

  @Test
  void offerWithAlternativesUnderOneTemporaryId() {
    String path = "xep-0294/example-01.xml";
    assertThat(extensions(path))
        .containsExactly(
            RtpHeaderExtension.of(1, "urn:ietf:params:rtp-hdrext:toffset"),
            RtpHeaderExtension.of(4907, "urn:ietf:params:rtp-hdrext:ntp-64"),
            RtpHeaderExtension.of(4907, "urn:ietf:params:rtp-hdrext:ntp-56"));
    assertThat(allowMixed(path)).containsExactly(ExtmapAllowMixed.INSTANCE);
    // 4907 is outside both the packet ranges and the offer range 4096-4351: accepted as is.
    RtpHeaderExtension ntp = extensions(path).get(1);
    assertThat(ntp.fitsOneByteHeader()).isFalse();
    assertThat(ntp.fitsTwoByteHeader()).isFalse();
    assertThat(ntp.effectiveSenders()).isEqualTo(Senders.BOTH);
  }

  @Test
  void answers() {
    assertThat(extensions("xep-0294/example-02.xml"))
        .containsExactly(
            RtpHeaderExtension.of(1, "urn:ietf:params:rtp-hdrext:toffset"),
            RtpHeaderExtension.of(2, "urn:ietf:params:rtp-hdrext:ntp-56"));
    assertThat(allowMixed("xep-0294/example-02.xml")).isEmpty();
    assertThat(extensions("xep-0294/example-03.xml"))
        .containsExactly(RtpHeaderExtension.of(2, "urn:ietf:params:rtp-hdrext:ntp-64"));
  }

  @Test
  void sdpMappingWithADirection() {
    String path = "xep-0294/example-05.xml";
    List<RtpHeaderExtension> all = extensions(path);
    assertThat(all).extracting(RtpHeaderExtension::id).containsExactly(1, 2, 3);
    assertThat(all)
        .extracting(RtpHeaderExtension::senders)
        .containsExactly(null, Senders.INITIATOR, null);
    assertThat(all.get(1).effectiveSenders()).isEqualTo(Senders.INITIATOR);
    assertThat(all.get(0).fitsOneByteHeader()).isTrue();
    assertThat(allowMixed(path)).hasSize(1);
  }

  @Test
  void deployedClientsNegotiateAudioLevels() {
    for (String path :
        List.of(
            "interop/conversations-session-initiate.xml",
            "interop/jitsi-jicofo-session-initiate.xml")) {
      List<RtpHeaderExtension> all = extensions(path);
      assertThat(all.get(0))
          .as(path)
          .isEqualTo(RtpHeaderExtension.of(1, RtpHeaderExtension.SSRC_AUDIO_LEVEL));
      assertThat(allowMixed(path)).as(path).isNotEmpty();
    }
  }

  @Test
  void parametersInBothNamespacesAreWrittenBackAsReceived() {
    String xml =
        "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='5' senders='responder'"
            + " uri='urn:ietf:params:rtp-hdrext:ssrc-audio-level'>"
            + "<parameter name='vad' value='on'/>"
            + "<parameter xmlns='urn:xmpp:jingle:apps:rtp:1' name='attributes' value='vad=on'/>"
            + "</rtp-hdrext>";
    RtpHeaderExtension h = (RtpHeaderExtension) Fixtures.roundTripSnippet(xml, "parameters");
    assertThat(h.senders()).isEqualTo(Senders.RESPONDER);
    assertThat(h.parameters())
        .containsExactly(
            RtpHeaderExtensionParameter.of("vad", "on"),
            new RtpHeaderExtensionParameter(
                "attributes",
                "vad=on",
                RtpHeaderExtensionParameter.RTP_NAMESPACE,
                Extensions.NONE));
    assertThat(Snippets.write(h)).contains("<parameter xmlns='urn:xmpp:jingle:apps:rtp:1'");
  }

  @Test
  void invalidElementsAreRefused() {
    for (String broken :
        List.of(
            "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' uri='urn:x'/>",
            "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1'/>",
            "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='65536' uri='urn:x'/>",
            "<rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' id='1' uri='urn:x'"
                + " senders='sendrecv'/>")) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
    assertThatThrownBy(
            () -> new RtpHeaderExtensionParameter("a", null, "urn:other", Extensions.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void headerExtensionsRoundTrip(@ForAll("headerExtensions") RtpHeaderExtension h) {
    RoundTrip.assertIdentity(h);
  }

  @Property(tries = 100)
  void extmapAllowMixedRoundTrips(@ForAll("extmapAllowMixed") ExtmapAllowMixed e) {
    RoundTrip.assertIdentity(e);
  }

  @Provide
  Arbitrary<RtpHeaderExtension> headerExtensions() {
    return HeaderExtensionArbitraries.headerExtensions();
  }

  @Provide
  Arbitrary<ExtmapAllowMixed> extmapAllowMixed() {
    return HeaderExtensionArbitraries.extmapAllowMixed();
  }
}
