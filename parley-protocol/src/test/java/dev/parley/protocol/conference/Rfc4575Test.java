/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlText;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 4575 § 7 examples, field by field, and the codecs' decisions on odd input. */
class Rfc4575Test {
  private static final String NS = ConferenceInfo.NAMESPACE;

  static XmlElement parse(String xml) {
    return Xml.parse(xml, ParleyCodecs.registry());
  }

  static ConferenceInfo document(String attributes, String body) {
    return (ConferenceInfo)
        parse(
            "<conference-info xmlns='"
                + NS
                + "' "
                + attributes
                + ">"
                + body
                + "</conference-info>");
  }

  @Test
  void basicExample() {
    ConferenceInfo c = Fixtures.roundTrip("rfc-4575/example-01.xml", ConferenceInfo.class);

    assertThat(c.entity()).isEqualTo("sips:conf233@example.com");
    assertThat(c.state()).isEqualTo(State.FULL);
    assertThat(c.version()).isEqualTo(1);
    assertThat(c.sid()).isNull();
    assertThat(c.description().subject()).isEqualTo("Agenda: This month's goals");
    assertThat(c.description().serviceUris().entries())
        .containsExactly(UriEntry.of("http://sharepoint/salesgroup/", UriEntry.WEB_PAGE));
    assertThat(c.conferenceState().userCount()).isEqualTo(33);
    assertThat(c.hostInfo()).isNull();
    assertThat(c.userList())
        .extracting(User::entity)
        .containsExactly("sip:bob@example.com", "sip:alice@example.com");

    User bob = c.users().user("sip:bob@example.com");
    assertThat(bob.state()).isEqualTo(State.FULL);
    assertThat(bob.displayText()).isEqualTo("Bob Hoskins");
    Endpoint laptop = bob.endpoint("sip:bob@pc33.example.com");
    assertThat(laptop.state()).isNull();
    assertThat(laptop.effectiveState()).isEqualTo(State.FULL);
    assertThat(laptop.displayText()).isEqualTo("Bob's Laptop");
    assertThat(laptop.status()).isEqualTo(EndpointStatus.DISCONNECTED);
    assertThat(laptop.disconnectionMethod()).isEqualTo(DisconnectionMethod.DEPARTED);
    assertThat(laptop.disconnectionInfo())
        .isEqualTo(
            Execution.of(
                Instant.parse("2005-03-04T20:00:00Z"),
                "bad voice quality",
                "sip:mike@example.com"));
    assertThat(laptop.media())
        .containsExactly(
            new Media(
                "1",
                "main audio",
                "audio",
                "34567",
                "432424",
                MediaStatus.SENDRECV,
                Extensions.NONE));

    Endpoint alice = c.users().user("sip:alice@example.com").endpoints().get(0);
    assertThat(alice.entity()).isEqualTo("sip:4kfk4j392jsu@example.com;grid=433kj4j3u");
    assertThat(alice.status()).isEqualTo(EndpointStatus.CONNECTED);
    assertThat(alice.joiningMethod()).isEqualTo(JoiningMethod.DIALED_OUT);
    assertThat(alice.joiningInfo().whenInstant()).contains(Instant.parse("2005-03-04T20:00:00Z"));
    assertThat(alice.joiningInfo().reason()).isNull();
    assertThat(alice.joiningInfo().by()).isEqualTo("sip:mike@example.com");
    assertThat(alice.media("1").srcId()).isEqualTo("534232");
  }

  @Test
  void richExample() {
    ConferenceInfo c = Fixtures.roundTrip("rfc-4575/example-02.xml", ConferenceInfo.class);

    assertThat(c.state()).isEqualTo(State.PARTIAL);
    assertThat(c.version()).isEqualTo(5);
    ConferenceDescription d = c.description();
    assertThat(d.displayText()).isEqualTo("Weekly Sales Meeting");
    assertThat(d.freeText()).isEqualTo("We will start strict on time");
    assertThat(d.keywords()).containsExactly("sales", "meeting", "weekly");
    assertThat(d.confUris().entries())
        .containsExactly(
            new UriEntry(
                "tel:+18005671234", "TTI Bridge", UriEntry.PARTICIPATION, null, Extensions.NONE),
            UriEntry.of("h323:conf545@h323.example.com", UriEntry.PARTICIPATION),
            UriEntry.of("http://real.streaming.com/54634/live.ram", UriEntry.STREAMING));
    assertThat(d.serviceUris().entry("http://quicktime.com/54634/recording.mov").displayText())
        .isEqualTo("Quicktime");
    assertThat(d.maximumUserCount()).isEqualTo(100);
    assertThat(d.availableMedia().entries())
        .containsExactly(
            new ConferenceMedium(
                "34567", "main audio", "audio", MediaStatus.SENDRECV, Extensions.NONE),
            new ConferenceMedium(
                "34569", "main video", "video", MediaStatus.INACTIVE, Extensions.NONE));
    assertThat(c.hostInfo().displayText()).isEqualTo("Sales Host");
    assertThat(c.hostInfo().webPage()).isEqualTo("http://sharepoint/salesgroup/hosts/");
    assertThat(c.hostInfo().uris().entries()).containsExactly(UriEntry.of("sip:sales@example.com"));
    assertThat(c.conferenceState())
        .isEqualTo(new ConferenceState(32L, true, false, Extensions.NONE));

    assertThat(c.users().state()).isNull();
    User bob = c.userList().get(0);
    assertThat(bob.state()).isNull();
    assertThat(bob.associatedAors().entries())
        .containsExactly(
            new UriEntry("mailto:bob@example.com", "email", null, null, Extensions.NONE));
    assertThat(bob.roles().entries()).containsExactly("participant");
    assertThat(bob.languages()).containsExactly("en");
    Endpoint laptop = bob.endpoints().get(0);
    assertThat(laptop.referred().reason()).isEqualTo("expert required");
    assertThat(laptop.status()).isEqualTo(EndpointStatus.DISCONNECTING);
    assertThat(laptop.joiningInfo().reason()).isEqualTo("invitation");
    assertThat(laptop.disconnectionMethod()).isEqualTo(DisconnectionMethod.BOOTED);
    assertThat(laptop.callInfo().sip())
        .isEqualTo(
            new SipDialogId(
                "full info", "hsjh8980vhsb78", "vav738dvbs", "8954jgjg8432", Extensions.NONE));

    assertThat(c.sidebarsByRef().state()).isEqualTo(State.PARTIAL);
    assertThat(c.sidebarsByRef().entries())
        .extracting(UriEntry::displayText)
        .containsExactly("sidebar with Carol", "private with Peter");
    ConferenceInfo sidebar = c.sidebarsByVal().entry("sips:conf233@example.com;grid=77");
    assertThat(c.sidebarsByVal().state()).isEqualTo(State.PARTIAL);
    assertThat(sidebar.state()).isEqualTo(State.PARTIAL);
    assertThat(sidebar.version()).isNull();
    assertThat(sidebar.userList())
        .extracting(User::entity)
        .containsExactly("sip:bob@example.com", "sip:mark@example.com", "sip:dan@example.com");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "conference-description", "host-info", "conference-state", "users", "user", "endpoint",
        "media", "call-info", "sip", "roles", "available-media", "sidebars-by-val"
      })
  void innerElementsRoundTripAlone(String localName) {
    List<String> snippets = Fixtures.elements("rfc-4575/example-02.xml", NS, localName);
    assertThat(snippets).isNotEmpty();
    for (String snippet : snippets) {
      XmlElement e = Fixtures.roundTripSnippet(snippet, localName);
      assertThat(e).isNotInstanceOf(ForeignElement.class);
    }
  }

  @Test
  void valuesOutsideTheRfcListsAreKept() {
    Endpoint e =
        (Endpoint)
            parse(
                "<endpoint xmlns='"
                    + NS
                    + "'><status>muted</status><joining-method> dialed-in </joining-method>"
                    + "<disconnection-method>kicked</disconnection-method>"
                    + "<media id='1'><status>sendrecv </status></media></endpoint>");

    assertThat(e.status()).isEqualTo(new EndpointStatus.Other("muted"));
    assertThat(e.joiningMethod()).isSameAs(JoiningMethod.DIALED_IN);
    assertThat(e.disconnectionMethod().xml()).isEqualTo("kicked");
    assertThat(e.media("1").status()).isSameAs(MediaStatus.SENDRECV);
    assertThat(Xml.toXml(e, ParleyCodecs.registry())).contains("<status>muted</status>");
    assertThatThrownBy(() -> new EndpointStatus.Other("connected"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new MediaStatus.Other(" inactive"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<conference-info xmlns='" + NS + "' state='full'/>",
        "<conference-info xmlns='" + NS + "' entity='x' state='complete'/>",
        "<conference-info xmlns='" + NS + "' entity='x' version='-1'/>",
        "<conference-info xmlns='" + NS + "' entity='x' version='4294967296'/>",
        "<conference-info xmlns='" + NS + "' entity='x' version='one'/>",
        "<users xmlns='" + NS + "' state='Partial'/>",
        "<media xmlns='" + NS + "'><type>audio</type></media>",
        "<available-media xmlns='" + NS + "'><entry><type>audio</type></entry></available-media>",
        "<host-info xmlns='"
            + NS
            + "'><uris><entry><display-text>no uri</display-text></entry></uris></host-info>",
        "<conference-state xmlns='"
            + NS
            + "'><user-count>4294967296</user-count></conference-state>",
        "<conference-state xmlns='" + NS + "'><user-count>-3</user-count></conference-state>",
        "<conference-state xmlns='" + NS + "'><active>yes</active></conference-state>",
        "<conference-description xmlns='"
            + NS
            + "'><maximum-user-count>ten</maximum-user-count></conference-description>"
      })
  void invalidDocumentsAreRefused(String xml) {
    assertThatThrownBy(() -> parse(xml))
        .isInstanceOf(ProtocolException.class)
        .extracting(t -> ((ProtocolException) t).kind())
        .isEqualTo(ProtocolException.Kind.INVALID);
  }

  @Test
  void looseButValidInputIsAccepted() {
    ConferenceInfo c =
        document(
            "entity='x' version=' 7 ' extra='kept'",
            "<conference-state><user-count> +12 </user-count><active>1</active><locked>0</locked></conference-state>"
                + "<conference-description><keywords/><display-text>A</display-text><display-text>B</display-text></conference-description>"
                + "<users><user><languages>  en \n fr </languages></user><mystery/></users>"
                + "<foo xmlns='urn:example:foo' a='1'>bar</foo>");

    assertThat(c.version()).isEqualTo(7);
    assertThat(c.conferenceState())
        .isEqualTo(new ConferenceState(12L, true, false, Extensions.NONE));
    assertThat(c.description().keywords()).as("<keywords/> carries nothing").isEmpty();
    assertThat(c.description().displayText()).isEqualTo("A");
    assertThat(c.description().ext().elements())
        .as("a repeated child is kept, not lost")
        .containsExactly(
            new ForeignElement(
                new QName(NS, "display-text"), List.of(), List.of(new XmlText("B"))));
    assertThat(c.userList().get(0).entity()).isNull();
    assertThat(c.userList().get(0).languages()).containsExactly("en", "fr");
    assertThat(c.users().ext().elements()).hasSize(1);
    assertThat(c.ext().attributes()).extracting(a -> a.value()).containsExactly("kept");
    assertThat(c.ext().element(ForeignElement.class).name())
        .isEqualTo(new QName("urn:example:foo", "foo"));
    String written = Xml.toXml(c, ParleyCodecs.registry());
    assertThat(parse(written)).isEqualTo(c);
  }

  @Test
  void whenIsKeptAsWrittenAndReadAsAnInstantWhenItCanBe() {
    assertThat(
            new Execution("2026-07-01T10:15:02.482913+02:00", null, null, Extensions.NONE)
                .whenInstant())
        .contains(Instant.parse("2026-07-01T08:15:02.482913Z"));
    assertThat(new Execution("2005-03-04T20:00:00", null, null, Extensions.NONE).whenInstant())
        .as("no zone: not an instant")
        .isEmpty();
    assertThat(new Execution(null, null, null, Extensions.NONE).whenInstant()).isEmpty();
    assertThat(Execution.of(Instant.parse("2005-03-04T20:00:00.250Z"), null, null).when())
        .isEqualTo("2005-03-04T20:00:00Z");
  }

  @Test
  void recordsRefuseWhatCannotBeWritten() {
    assertThatThrownBy(
            () -> ConferenceInfo.builder("x").version(ConferenceInfo.MAX_VERSION + 1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConferenceDescription.builder().keywords(List.of("two words")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> User.builder("x").languages(List.of("")).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConferenceState.userCount(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyRegisteredCodecIsInTheSharedRegistry() {
    for (var codec : ConferenceCodecs.all()) {
      assertThat(ParleyCodecs.registry().codec(NS, codec.name().getLocalPart())).isSameAs(codec);
    }
    assertThat(ParleyCodecs.registry().codec(NS, "entry")).as("entry is ambiguous").isNull();
  }
}
