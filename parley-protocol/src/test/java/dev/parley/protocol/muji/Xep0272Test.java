/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.muji;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.FixtureDom;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0272 v0.2.0 examples (two numbered, four unnumbered presence blocks) and Dino's. */
class Xep0272Test {
  private static Muji muji(String presencePath) {
    Presence p = Fixtures.roundTrip(presencePath, Presence.class);
    List<Muji> found =
        p.payloads().stream().filter(Muji.class::isInstance).map(Muji.class::cast).toList();
    assertThat(found).as(presencePath).hasSize(1);
    return found.get(0);
  }

  private static List<String> contentNames(Muji m) {
    return m.contents().stream().map(c -> ((ForeignElement) c).attribute("name")).toList();
  }

  @Test
  void sessionInitiateNamesTheRoom() throws Exception {
    String path = "xep-0272/example-01.xml";
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.to().toString()).isEqualTo("wiccarocks@shakespeare.lit/laptop");
    List<String> snippets = Fixtures.elements(path, Muji.NAMESPACE, "muji");
    assertThat(snippets).hasSize(1);
    assertThat(Fixtures.roundTripSnippet(snippets.get(0), path))
        .isEqualTo(Muji.room(JidCreate.from("darkcave@chat.shakespeare.lit")));
    assertThat(FixtureDom.attribute(path, "urn:xmpp:jingle:1", "jingle", "action"))
        .isEqualTo("session-initiate");
  }

  @Test
  void callInvite() throws Exception {
    Message m = Fixtures.roundTrip("xep-0272/example-02-corrected.xml", Message.class);
    Invite invite = (Invite) CallInvites.primary(m.payloads());
    assertThat(invite.methods())
        .containsExactly(Muji.room(JidCreate.from("room@conference.example.com")));
    assertThat(invite.method(Muji.class).room().toString())
        .isEqualTo("room@conference.example.com");
  }

  @Test
  void joining() {
    assertThat(muji("xep-0272/code-01.xml")).isEqualTo(Muji.PREPARING);
    Muji joined = muji("xep-0272/code-02.xml");
    assertThat(joined.preparing()).isFalse();
    assertThat((Object) joined.room()).isNull();
    assertThat(contentNames(joined)).containsExactly("video", "voice");
    // The XEP's contents inherit the Muji namespace: kept verbatim.
    assertThat(((ForeignElement) joined.contents().get(0)).name().getNamespaceURI())
        .isEqualTo(Muji.NAMESPACE);
  }

  @Test
  void addingAContent() {
    Muji preparing = muji("xep-0272/code-03.xml");
    assertThat(preparing.preparing()).isTrue();
    assertThat(contentNames(preparing)).containsExactly("voice");
    Muji added = muji("xep-0272/code-04.xml");
    assertThat(added.preparing()).isFalse();
    assertThat(contentNames(added)).containsExactly("video", "voice");
    assertThat(added.content(ForeignElement.class)).isSameAs(added.contents().get(0));
  }

  @Test
  void dinoPresence() {
    assertThat(muji("interop/dino-muji-presence-preparing.xml")).isEqualTo(Muji.PREPARING);
    String path = "interop/dino-muji-presence-contents.xml";
    Muji contents = muji(path);
    assertThat(contents.preparing()).isFalse();
    // Jingle contents (their record belongs to the Jingle core), without 'creator'.
    assertThat(contents.contents()).hasSize(2);
    assertThat(FixtureDom.attributes(path, "content", "name")).containsExactly("audio", "video");
    assertThat(FixtureDom.attributes(path, "content", "creator")).isEmpty();
    assertThat(contents.ext().isEmpty()).isTrue();
  }

  @Test
  void strictOutput() throws Exception {
    assertThat(
            Xml.toXml(
                Muji.room(JidCreate.from("room@conference.example.com")), ParleyCodecs.registry()))
        .isEqualTo("<muji xmlns='urn:xmpp:jingle:muji:0' room='room@conference.example.com'/>");
    assertThat(Xml.toXml(Muji.PREPARING, ParleyCodecs.registry()))
        .isEqualTo("<muji xmlns='urn:xmpp:jingle:muji:0'><preparing/></muji>");
    XmlElement content = ForeignElement.empty(MujiCodec.JINGLE_NAMESPACE, "content");
    assertThat(Xml.toXml(Muji.preparing(List.of(content)), ParleyCodecs.registry()))
        .isEqualTo(
            "<muji xmlns='urn:xmpp:jingle:muji:0'><content xmlns='urn:xmpp:jingle:1'/>"
                + "<preparing/></muji>");
  }

  @Test
  void roomMustBeAJid() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<muji xmlns='urn:xmpp:jingle:muji:0' room='@x'/>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void mujiRoundTrips(@ForAll("mujis") Muji m) {
    RoundTrip.assertIdentity(m);
  }

  @Provide
  Arbitrary<Muji> mujis() {
    return MujiArbitraries.muji();
  }
}
