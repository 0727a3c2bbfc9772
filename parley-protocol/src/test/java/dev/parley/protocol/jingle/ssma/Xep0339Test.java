/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * XEP-0339 v1.0.1: its only examples are disco exchanges, so the fixtures are its code blocks;
 * Conversations' and Jitsi's sources; properties.
 */
class Xep0339Test {
  private static final String NS = Source.NAMESPACE;

  @Test
  void sourceWithCnameAndMsid() {
    Source s = Fixtures.roundTrip("xep-0339/code-source.xml", Source.class);
    assertThat(s.ssrc()).isEqualTo(1656081975L);
    assertThat(s.cname()).contains("Yv/wvbCdsDW2Prgd");
    assertThat(s.msid())
        .contains("MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIv MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIva0");
    assertThat(s.parameters()).allSatisfy(p -> assertThat(p.namespace()).isEqualTo(NS));
  }

  @Test
  void retransmissionGroups() {
    String path = "xep-0339/code-content-corrected.xml";
    Fixtures.roundTrip(path);
    assertThat(Snippets.of(path, NS, "ssrc-group", SsrcGroup.class))
        .containsExactly(
            SsrcGroup.of(SsrcGroup.FID, List.of(2301230316L, 386328120L)),
            SsrcGroup.of(SsrcGroup.FID, List.of(3139499595L, 2613715171L)));
    // Fixtures.elements also finds the <source/> references inside the groups: skip those 4.
    List<Source> sources = Snippets.of(path, NS, "source", Source.class);
    assertThat(sources).hasSize(8);
    assertThat(sources.subList(4, 8))
        .containsExactly(
            Source.of(2301230316L, List.of(SourceParameter.of("cname", "T5qvrIZj42v//eYQ"))),
            Source.of(386328120L, List.of(SourceParameter.of("cname", "uEYgNtStZyTF74sM"))),
            Source.of(3139499595L, List.of(SourceParameter.of("cname", "re8jhxkly9bxzuxr"))),
            Source.of(2613715171L, List.of(SourceParameter.of("cname", "f83avsiw6n1m7vi"))));
  }

  @Test
  void conversationsSendsCnameAndMsid() {
    Source s =
        Snippets.one("interop/conversations-session-initiate.xml", NS, "source", Source.class);
    assertThat(s.ssrc()).isEqualTo(2951440330L);
    assertThat(s.cname()).contains("vkK7OYf0ZSjnWJ+K");
    assertThat(s.msid()).contains("my-media-stream my-audio-track");
  }

  @Test
  void jitsiWritesParametersInTheRtpNamespaceAndAddsOwnership() {
    List<Source> sources =
        Snippets.of("interop/jitsi-jicofo-session-initiate.xml", NS, "source", Source.class);
    assertThat(sources).extracting(Source::ssrc).containsExactly(4024075403L, 913855601L);
    Source audio = sources.get(0);
    assertThat(audio.msid()).contains("mixedmslabel mixedlabelaudio0");
    assertThat(audio.parameters().get(0).namespace()).isEqualTo(SourceParameter.RTP_NAMESPACE);
    assertThat(audio.ext().attributes()).containsExactly(Attribute.of("name", "jvb-a0"));
    assertThat(audio.ext().elements())
        .containsExactly(
            new ForeignElement(
                new QName("http://jitsi.org/jitmeet", "ssrc-info"),
                List.of(Attribute.of("owner", "jvb")),
                List.of()));
    assertThat(Snippets.write(audio)).contains("<parameter xmlns='urn:xmpp:jingle:apps:rtp:1'");
  }

  @Test
  void simulcastSemanticsBeyondTheSchemaAreAccepted() {
    String xml =
        "<ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='SIM'>"
            + "<source ssrc='1'/><source ssrc='2'/><source ssrc='4294967295'/></ssrc-group>";
    SsrcGroup g = (SsrcGroup) Fixtures.roundTripSnippet(xml, "simulcast group");
    assertThat(g).isEqualTo(SsrcGroup.of(SsrcGroup.SIM, List.of(1L, 2L, 4294967295L)));
  }

  @Test
  void invalidElementsAreRefused() {
    for (String broken :
        List.of(
            "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'/>",
            "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='4294967296'/>",
            "<source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='1'><parameter/></source>",
            "<ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0'><source ssrc='1'/></ssrc-group>",
            "<ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='FID'><source/>"
                + "</ssrc-group>")) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
    assertThatThrownBy(() -> new SourceParameter("cname", "x", "urn:other", Extensions.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 200)
  void sourcesRoundTrip(@ForAll("sources") Source s) {
    RoundTrip.assertIdentity(s);
  }

  @Property(tries = 200)
  void ssrcGroupsRoundTrip(@ForAll("groups") SsrcGroup g) {
    RoundTrip.assertIdentity(g);
  }

  @Provide
  Arbitrary<Source> sources() {
    return SsmaArbitraries.sources();
  }

  @Provide
  Arbitrary<SsrcGroup> groups() {
    return SsmaArbitraries.groups();
  }
}
