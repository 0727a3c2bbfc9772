/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0298 v0.2 examples (corrected where broken) and the deployed variants of interop.md § 3. */
class Xep0298Test {

  static CoinFocus focusIn(String path, String namespace) {
    List<String> snippets = Fixtures.elements(path, namespace, "conference-info");
    assertThat(snippets).hasSize(1);
    return (CoinFocus) Fixtures.roundTripSnippet(snippets.get(0), path);
  }

  static ConferenceInfo documentIn(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.type()).isEqualTo(Iq.Type.SET);
    return Coin.document(iq).orElseThrow();
  }

  @Test
  void example01MixerAnnouncesItselfInSessionInitiate() {
    Iq iq = Fixtures.roundTrip("xep-0298/example-01-corrected.xml", Iq.class);
    assertThat(iq.id()).isEqualTo("zid615d9");

    CoinFocus focus = focusIn("xep-0298/example-01-corrected.xml", Coin.NAMESPACE);

    assertThat(focus).isEqualTo(CoinFocus.FOCUS);
    assertThat(focus.variant()).isEqualTo(CoinFocus.Variant.COIN_1);
    assertThat(focus.focus()).isTrue();
  }

  @Test
  void example02AsPublishedIsAccepted() {
    Iq iq = Fixtures.roundTrip("xep-0298/example-02.xml", Iq.class);
    assertThat(iq.payloads()).as("a <jingle sid/> and the document, side by side").hasSize(2);

    ConferenceInfo c = Coin.document(iq).orElseThrow();

    assertThat(c.entity()).as("the typo is kept").isEqualTo("xmpp:romeo@monague.lit/orchard");
    assertThat(c.state()).isEqualTo(State.FULL);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.sid()).isNull();
    assertThat(c.description().subject()).isEqualTo("Ending a relationship");
    assertThat(c.conferenceState().userCount()).isEqualTo(3);
    assertThat(c.userList())
        .extracting(User::entity)
        .containsExactly(
            "xmpp:romeo@montague.lit", "xmpp:juliet@capulet.lit", "sip:alice@example.com");
    assertThat(c.userList()).extracting(User::state).containsOnly(State.FULL);

    Endpoint smartphone = c.userList().get(0).endpoints().get(0);
    assertThat(smartphone.displayText()).isEqualTo("Romeo's smartphone");
    assertThat(smartphone.status()).isEqualTo(EndpointStatus.DISCONNECTED);
    assertThat(smartphone.disconnectionInfo().whenInstant())
        .contains(Instant.parse("2011-01-31T20:00:00Z"));
    assertThat(smartphone.disconnectionInfo().reason()).isEqualTo("poisoned");
    assertThat(smartphone.media("1"))
        .isEqualTo(new Media("1", "main audio", "audio", null, "432424", null, Extensions.NONE));
    assertThat(c.userList().get(1).endpoints().get(0).entity())
        .as("the missing xmpp: is kept")
        .isEqualTo("juliet@capulet.lit/balcony");
    assertThat(c.userList().get(2).endpoints().get(0).media("1").srcId()).isEqualTo("534232");
  }

  @Test
  void example02CorrectedIsWhatParleyEmits() {
    Iq iq = Fixtures.roundTrip("xep-0298/example-02-corrected.xml", Iq.class);
    ConferenceInfo c = Coin.document(iq).orElseThrow();

    assertThat(iq.payloads()).containsExactly(c);
    assertThat(c.entity()).isEqualTo("xmpp:romeo@montague.lit/orchard");
    assertThat(c.sid()).isEqualTo("a73sjjvkla37jfea");
    assertThat(c.userList().get(1).endpoints().get(0).entity())
        .isEqualTo("xmpp:juliet@capulet.lit/balcony");
    assertThat(ConferenceInfos.withExplicitStates(c)).as("already in emitted form").isEqualTo(c);

    // The published document with the fixes the fixture's comment lists means the same.
    ConferenceInfo published = documentIn("xep-0298/example-02.xml");
    List<User> users = new ArrayList<>();
    for (User u : published.userList()) {
      List<Endpoint> endpoints = new ArrayList<>();
      for (Endpoint e : u.endpoints()) {
        boolean schemeless = !e.entity().startsWith("xmpp:") && !e.entity().startsWith("sip:");
        endpoints.add(schemeless ? e.toBuilder().entity("xmpp:" + e.entity()).build() : e);
      }
      users.add(u.toBuilder().endpoints(endpoints).build());
    }
    ConferenceInfo fixed =
        published.toBuilder()
            .entity(published.entity().replace("monague", "montague"))
            .sid("a73sjjvkla37jfea")
            .users(new Users(null, users, Extensions.NONE))
            .build();
    assertThat(ConferenceInfos.normalize(fixed)).isEqualTo(ConferenceInfos.normalize(c));
  }

  @Test
  void example04AdvertisesTheFeature() {
    Fixtures.roundTrip("xep-0298/example-04.xml", Iq.class);

    assertThat(Fixtures.load("xep-0298/example-04.xml")).contains("var='" + Coin.FEATURE + "'");
    assertThat(Coin.FEATURES).containsExactly("urn:xmpp:coin:1", "urn:xmpp:coin");
    assertThat(Coin.isCoinFeature("urn:xmpp:coin")).isTrue();
    assertThat(Coin.isCoinFeature("urn:xmpp:coin:1")).isTrue();
    assertThat(Coin.isCoinFeature("urn:xmpp:coin:2")).isFalse();
  }

  @Test
  void jitsiSendsTheDocumentAloneWithSidAndWithoutStates() {
    Iq iq = Fixtures.roundTrip("interop/jitsi-coin-full.xml", Iq.class);
    ConferenceInfo c = Coin.document(iq).orElseThrow();

    assertThat(iq.payloads()).containsExactly(c);
    assertThat(c.sid()).isEqualTo("8j5ki7ctd8gmr");
    assertThat(c.state()).isNull();
    assertThat(c.effectiveState()).isEqualTo(State.FULL);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.users().state()).isNull();
    assertThat(c.userList()).extracting(User::state).containsOnlyNulls();
    assertThat(c.userList())
        .extracting(User::entity)
        .containsExactly(
            "xmpp:romeo@montague.lit/jitsi", "juliet@capulet.lit", "mercutio@verona.lit");
    assertThat(c.description()).isEqualTo(ConferenceDescription.EMPTY);
    Media audio = c.userList().get(0).endpoints().get(0).media("audio");
    assertThat(audio.srcId()).isEqualTo("2711451290");
    assertThat(audio.status()).isEqualTo(MediaStatus.SENDRECV);
    assertThat(c.userList().get(2).endpoints().get(0).status()).isEqualTo(EndpointStatus.ALERTING);
    assertThat(c.userList().get(2).endpoints().get(0).media()).isEmpty();
  }

  @Test
  void jitsiSendsChangedUsersWholeInAPartialDocument() {
    ConferenceInfo c = documentIn("interop/jitsi-coin-partial.xml");

    assertThat(c.state()).isEqualTo(State.PARTIAL);
    assertThat(c.version()).isEqualTo(2);
    assertThat(c.users().state()).isEqualTo(State.PARTIAL);
    assertThat(c.userList().get(0)).isEqualTo(User.deleted("mercutio@verona.lit"));
    assertThat(c.userList().get(1).state()).as("no state: full").isNull();
    assertThat(c.userList().get(1).endpoints().get(0).status()).isEqualTo(EndpointStatus.ON_HOLD);
  }

  @Test
  void sylkServerWritesTheMarkerInNoNamespace() {
    Fixtures.roundTrip("interop/sylkserver-session-accept.xml", Iq.class);

    CoinFocus focus = focusIn("interop/sylkserver-session-accept.xml", "");

    assertThat(focus).isEqualTo(new CoinFocus(true, CoinFocus.Variant.NONE, Extensions.NONE));
    assertThat(Xml.toXml(focus, ParleyCodecs.registry()))
        .isEqualTo("<conference-info isfocus='true'/>");
  }

  @Test
  void sylkServerRelaysTheSipFocusDocument() {
    ConferenceInfo c = documentIn("interop/sylkserver-coin-iq.xml");

    assertThat(c.entity()).isEqualTo("sip:conference@sylk.example.com");
    assertThat(c.sid()).isEqualTo("a73sjjvkla37jfea");
    assertThat(c.version()).isEqualTo(4);
    assertThat(c.description().confUris().entries())
        .extracting(e -> e.uri())
        .containsExactly("sip:conference@sylk.example.com", "xmpp:conference@sylk.example.com");
    ForeignElement resources = c.description().ext().element(ForeignElement.class);
    assertThat(resources.name())
        .isEqualTo(new QName("urn:ag-projects:xml:ns:conference-info", "resources"));
    assertThat(c.hostInfo().webPage()).isEqualTo("http://sylkserver.com");
    assertThat(c.conferenceState().active()).isTrue();

    User alice = c.users().user("sip:alice@example.com");
    assertThat(alice.ext().element(ForeignElement.class).text())
        .isEqualTo("https://sylk.example.com/screensharing/alice.jpg");
    Endpoint tls = alice.endpoints().get(0);
    assertThat(tls.entity()).isEqualTo("sip:alice@192.0.2.10:5061;transport=tls");
    assertThat(tls.joiningInfo().when()).isEqualTo("2026-07-01T10:15:02.482913+02:00");
    assertThat(tls.joiningInfo().whenInstant())
        .contains(Instant.parse("2026-07-01T08:15:02.482913Z"));
    assertThat(tls.media("140245110873104").type()).isEqualTo("audio");
    assertThat(c.users().user("sip:juliet@capulet.lit").endpoints().get(0).status())
        .isEqualTo(EndpointStatus.ON_HOLD);
  }

  @Test
  void dinoAcceptsWhatParleyEmits() {
    ConferenceInfo c = documentIn("interop/dino-full-document.xml");

    assertThat(c.state()).isEqualTo(State.FULL);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.users().state()).isEqualTo(State.FULL);
    for (User u : c.userList()) {
      assertThat(u.state()).isEqualTo(State.FULL);
      assertThat(u.endpoints()).isNotEmpty();
      assertThat(u.endpoints()).extracting(Endpoint::state).containsOnly(State.FULL);
    }
    assertThat(ConferenceInfos.withExplicitStates(c)).isEqualTo(c);
    assertThat(c.userList().get(1).endpoints().get(0).status())
        .isEqualTo(EndpointStatus.MUTED_VIA_FOCUS);

    Iq sent = Coin.notification(JidCreate.fromOrThrowUnchecked("juliet@capulet.lit/balcony"), c);
    assertThat(sent.type()).isEqualTo(Iq.Type.SET);
    assertThat(sent.payloads()).containsExactly(c);
  }

  @Test
  void theMarkerIsReadInEveryVariantAndWrittenBackAsReceived() {
    assertThat(parse("<conference-info xmlns='urn:xmpp:jingle:apps:coin:1' isfocus='false'/>"))
        .isEqualTo(new CoinFocus(false, CoinFocus.Variant.JINGLE_APPS_COIN_1, Extensions.NONE));
    assertThat(parse("<conference-info xmlns='urn:xmpp:coin:1' isfocus='1'/>"))
        .isEqualTo(CoinFocus.FOCUS);
    CoinFocus bare = (CoinFocus) parse("<conference-info xmlns='urn:xmpp:coin:1'/>");
    assertThat(bare.isFocus()).isNull();
    assertThat(bare.focus()).as("the element's presence announces a mixer").isTrue();
    assertThat(CoinFocus.NOT_FOCUS.focus()).isFalse();
    assertThat(Xml.toXml(CoinFocus.NOT_FOCUS, ParleyCodecs.registry()))
        .isEqualTo("<conference-info xmlns='urn:xmpp:coin:1' isfocus='false'/>");
    assertThatThrownBy(() -> parse("<conference-info xmlns='urn:xmpp:coin:1' isfocus='yes'/>"))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void theDocumentIsFoundAsTheOnlyChildOrNextToJingle() {
    assertThat(Coin.document(Iq.set(null, CoinFocus.FOCUS))).isEmpty();
    ConferenceInfo doc = ConferenceInfo.builder("xmpp:m").version(1L).build();
    Iq twoChildren =
        new Iq(
            Iq.Type.SET,
            "x",
            null,
            null,
            null,
            List.of(ForeignElement.empty("urn:xmpp:jingle:1", "jingle"), doc),
            null,
            Extensions.NONE);
    assertThat(Coin.document(twoChildren)).contains(doc);
  }

  @Property(tries = 200)
  void markersRoundTrip(@ForAll("markers") CoinFocus focus) {
    RoundTrip.assertIdentity(focus);
  }

  @Provide
  Arbitrary<CoinFocus> markers() {
    return CoinArbitraries.focus();
  }

  static XmlElement parse(String xml) {
    return Xml.parse(xml, ParleyCodecs.registry());
  }
}
