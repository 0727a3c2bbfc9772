/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.FixtureDom;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.invite.Left;
import dev.parley.protocol.invite.Reject;
import dev.parley.protocol.invite.Retract;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0483 v0.2.0 examples, its errata, and Parley's strict output. */
class Xep0483Test {
  private static final String URL = "https://meet.jit.si/OpenStandardsMuchGreatness";
  private static final String DESC = "Meeting room for Open Standards discussion";

  private static String xml(XmlElement element) {
    return Xml.toXml(element, ParleyCodecs.registry());
  }

  private static MeetingQuery request(String path) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.payload()).as(path).isInstanceOf(MeetingQuery.class);
    return (MeetingQuery) iq.payload();
  }

  @Test
  void discoFeaturesOfServiceAndInvitee() {
    List<String> service = FixtureDom.attributes("xep-0483/example-02.xml", "feature", "var");
    assertThat(service)
        .containsExactly(
            OnlineMeetings.INITIATE_FEATURE,
            OnlineMeetings.typeFeature(OnlineMeetings.JITSI),
            OnlineMeetings.typeFeature(OnlineMeetings.GALENE));
    assertThat(service.stream().map(OnlineMeetings::typeOf))
        .containsExactly(null, "jitsi", "galene");
    List<String> invitee = FixtureDom.attributes("xep-0483/example-04.xml", "feature", "var");
    assertThat(invitee)
        .containsExactly(OnlineMeetings.INVITE_FEATURE, OnlineMeetings.typeFeature("jitsi"));
    Fixtures.roundTrip("xep-0483/example-02.xml", Iq.class);
    Fixtures.roundTrip("xep-0483/example-04.xml", Iq.class);
  }

  @Test
  void typeFeatures() {
    assertThat(OnlineMeetings.typeFeature("bbb")).isEqualTo("urn:xmpp:http:online-meetings#bbb");
    assertThat(OnlineMeetings.typeOf("urn:xmpp:http:online-meetings#")).isNull();
    assertThat(OnlineMeetings.typeOf("urn:xmpp:http:online-meetings:0")).isNull();
    assertThatThrownBy(() -> OnlineMeetings.typeFeature(""))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requests() {
    MeetingQuery plain = request("xep-0483/example-05.xml");
    assertThat(plain).isEqualTo(MeetingQuery.of("jitsi"));

    MeetingQuery withId = request("xep-0483/example-06.xml");
    assertThat(withId.id()).isEqualTo("my_meeting");
    assertThat(withId.type()).isEqualTo("jitsi");
    assertThat(withId.desc()).isNull();

    Iq iq = Fixtures.roundTrip("xep-0483/example-07.xml", Iq.class);
    assertThat(iq.type()).isEqualTo(Iq.Type.GET);
    assertThat(iq.id()).isEqualTo("initiate_03");
    assertThat(iq.payload()).isEqualTo(MeetingQuery.of("jitsi", null, DESC));
  }

  @Test
  void resultWithHandlerUrlAndResultWithHttps() {
    for (String[] c :
        new String[][] {
          {"xep-0483/example-08.xml", "web+jitsi:OpenStandardsMuchGreatness"},
          {"xep-0483/example-09.xml", URL}
        }) {
      Iq iq = Fixtures.roundTrip(c[0], Iq.class);
      assertThat(iq.type()).isEqualTo(Iq.Type.RESULT);
      MeetingResult result = (MeetingResult) iq.payload();
      assertThat(result.namespace()).isEqualTo(OnlineMeetings.NAMESPACE);
      assertThat(result.initiate()).isEqualTo(Initiate.of("jitsi", c[1], DESC));
      Invite invite = result.invite();
      assertThat(invite.externals()).containsExactly(External.of(c[1]));
      assertThat(invite.method(Meeting.class)).isEqualTo(Meeting.of("jitsi", DESC));
      // The example relies on defaults: XEP-0482 reads the absent video as false, which is why
      // Parley states both (see meetingInviteIsExplicitAboutMedia).
      assertThat(invite.audio()).isNull();
      assertThat(invite.effectiveVideo()).isFalse();
      assertThat(result.ext()).isEqualTo(Extensions.NONE);
    }
  }

  @Test
  void errorsEchoTheRequest() {
    Iq unsupported = Fixtures.roundTrip("xep-0483/example-10.xml", Iq.class);
    assertThat(unsupported.payload()).isEqualTo(MeetingQuery.of("jitsi"));
    assertThat(unsupported.error().condition())
        .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(unsupported.error().type()).isEqualTo(StanzaError.Type.CANCEL);

    Iq forbidden = Fixtures.roundTrip("xep-0483/example-13.xml", Iq.class);
    assertThat(forbidden.error().condition()).isEqualTo(StanzaError.Condition.FORBIDDEN);
    assertThat(forbidden.error().type()).isEqualTo(StanzaError.Type.AUTH);
    assertThat(forbidden.error().text())
        .isEqualTo("Only premium members are allowed to initiate meetings");
  }

  @Test
  void collisionErrorEchoesTheRequestedIdOnceCorrected() {
    String asked = request("xep-0483/example-06.xml").id();
    Iq original = Fixtures.roundTrip("xep-0483/example-11.xml", Iq.class);
    assertThat(((MeetingQuery) original.payload()).id())
        .isEqualTo("my-meeting")
        .isNotEqualTo(asked);
    Iq corrected = Fixtures.roundTrip("xep-0483/example-11-corrected.xml", Iq.class);
    assertThat(corrected.id()).isEqualTo("initiate_02");
    assertThat(corrected.payload()).isEqualTo(MeetingQuery.of("jitsi", asked, null));
    assertThat(corrected.error().condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(corrected.error().type()).isEqualTo(StanzaError.Type.MODIFY);
  }

  @Test
  void quotaErrorCarriesRetry() {
    Iq iq = Fixtures.roundTrip("xep-0483/example-12.xml", Iq.class);
    StanzaError error = iq.error();
    assertThat(error.find(Retry.class)).contains(Retry.at(Instant.parse("2017-12-03T23:42:05Z")));
    assertThat(error)
        .isEqualTo(
            OnlineMeetings.quotaExceeded(
                Instant.parse("2017-12-03T23:42:05Z"),
                "Quota reached. You can only request 5 meetings a day"));
  }

  @Test
  void retryAcceptsOffsetsAndFractionsAndEmitsUtc() {
    Retry retry =
        (Retry)
            Xml.parse(
                "<retry xmlns='urn:xmpp:http:online-meetings:0' stamp='2017-12-04T00:42:05.250+01:00'/>",
                ParleyCodecs.registry());
    // Rounded up: never earlier than the service allows.
    assertThat(retry.stamp()).isEqualTo(Instant.parse("2017-12-03T23:42:06Z"));
    assertThat(xml(retry))
        .isEqualTo("<retry xmlns='urn:xmpp:http:online-meetings:0' stamp='2017-12-03T23:42:06Z'/>");
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<retry xmlns='urn:xmpp:http:online-meetings:0' stamp='2017-12-03 23:42'/>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<retry xmlns='urn:xmpp:http:online-meetings:0'/>", ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Test
  void invitationMessage() {
    Message m = Fixtures.roundTrip("xep-0483/example-14.xml", Message.class);
    assertThat(m.id()).isEqualTo("invite_01");
    assertThat(m.type()).isNull();
    assertThat(m.body()).startsWith("You are invited to join");
    Invite invite = (Invite) CallInvites.primary(m.payloads());
    assertThat(invite.variant()).isEqualTo(Invite.Variant.INVITE);
    assertThat(invite.methods()).containsExactly(External.of(URL), Meeting.of("jitsi", DESC));
    assertThat(invite.audio()).isNull();
    assertThat(invite.video()).isNull();
  }

  @Test
  void correctedInvitationIsWhatParleyEmits() {
    Message m = Fixtures.roundTrip("xep-0483/example-14-corrected.xml", Message.class);
    assertThat(m.type()).isEqualTo(Message.Type.CHAT);
    Invite invite = (Invite) CallInvites.primary(m.payloads());
    assertThat(invite).isEqualTo(OnlineMeetings.invite(URL, Meeting.of("jitsi", DESC)));
    assertThat(invite.effectiveAudio()).isTrue();
    assertThat(invite.effectiveVideo()).isTrue();
  }

  @Test
  void meetingInviteIsExplicitAboutMedia() {
    assertThat(xml(OnlineMeetings.invite("https://m.example/r", Meeting.of("galene", null))))
        .isEqualTo(
            "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
                + "<external uri='https://m.example/r'/>"
                + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='galene'/></invite>");
  }

  @Test
  void answers() {
    Message retract = Fixtures.roundTrip("xep-0483/example-15.xml", Message.class);
    assertThat(retract.to().toString()).isEqualTo("juliet@capulet.example/balcony");
    assertThat(retract.payloads()).containsExactly(Retract.of("invite_01"));
    assertThat(Fixtures.roundTrip("xep-0483/example-17.xml", Message.class).payloads())
        .containsExactly(Reject.of("invite_01"));
    assertThat(Fixtures.roundTrip("xep-0483/example-18.xml", Message.class).payloads())
        .containsExactly(Left.of("invite_01"));
  }

  @Test
  void correctedAnswersHaveTypeSenderAndId() {
    for (String[] c :
        new String[][] {
          {"15", "romeo@montague.tld/garden", "retract_01"},
          {"17", "juliet@capulet.example/balcony", "reject_01"},
          {"18", "juliet@capulet.example/balcony", "left_01"},
          {"16", "juliet@capulet.example/balcony", "accept_01"}
        }) {
      Message m = Fixtures.roundTrip("xep-0483/example-" + c[0] + "-corrected.xml", Message.class);
      assertThat(m.type()).isEqualTo(Message.Type.CHAT);
      assertThat(m.from().toString()).isEqualTo(c[1]);
      assertThat(m.id()).isEqualTo(c[2]);
      assertThat(CallInvites.primary(m.payloads()).id()).isEqualTo("invite_01");
    }
  }

  @Test
  void acceptWithUnqualifiedMeetingIsReadAndRemembered() {
    Message m = Fixtures.roundTrip("xep-0483/example-16.xml", Message.class);
    Accept accept = (Accept) m.payloads().get(0);
    assertThat(accept.id()).isEqualTo("invite_01");
    Meeting meeting = accept.method(Meeting.class);
    assertThat(meeting.type()).isEqualTo("jitsi");
    assertThat(meeting.desc()).isEqualTo(DESC);
    assertThat(meeting.namespace()).isEqualTo(CallInvites.NAMESPACE);
    assertThat(accept.methods().get(0)).isEqualTo(External.of(URL));
    // Written back as received: unqualified inside the accept.
    assertThat(xml(accept)).contains("<meeting type='jitsi'");

    Accept corrected =
        (Accept)
            Fixtures.roundTrip("xep-0483/example-16-corrected.xml", Message.class)
                .payloads()
                .get(0);
    assertThat(corrected)
        .isEqualTo(Accept.of("invite_01", External.of(URL), Meeting.of("jitsi", DESC)));
    assertThat(xml(corrected))
        .contains("<meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'");
  }

  @Test
  void requestWithoutTypeIsInvalid() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<iq xmlns='jabber:client' type='get' id='q'><query xmlns='urn:xmpp:http:online-meetings:0' id='x'><desc>d</desc></query></iq>",
                    ParleyCodecs.registry()))
        .isInstanceOfSatisfying(
            ProtocolException.class,
            e -> assertThat(e.kind()).isEqualTo(ProtocolException.Kind.INVALID));
    assertThatThrownBy(() -> MeetingQuery.of("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MeetingResult.of(null, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "urn:xmpp:http:online-meetings:0",
        "urn:xmpp:http:online-meetings:invite:0",
        "urn:xmpp:http:online-meetings:initiate:0"
      })
  void requestIsAnsweredInTheNamespaceItCameIn(String ns) {
    MeetingQuery q =
        (MeetingQuery)
            Xml.parse(
                "<query xmlns='" + ns + "' type='galene' id='standup'/>", ParleyCodecs.registry());
    assertThat(q.namespace()).isEqualTo(ns);
    MeetingResult result =
        q.result(
            Initiate.of("galene", "https://g.example/group/standup", null),
            OnlineMeetings.invite("https://g.example/group/standup", Meeting.of("galene", null)));
    assertThat(xml(result))
        .isEqualTo(
            "<query xmlns='"
                + ns
                + "'><initiate type='galene'><url>https://g.example/group/standup</url></initiate>"
                + "<invite xmlns='urn:xmpp:call-invites:0' audio='true' video='true'>"
                + "<external uri='https://g.example/group/standup'/>"
                + "<meeting xmlns='urn:xmpp:http:online-meetings:0' type='galene'/></invite></query>");
    RoundTrip.assertIdentity(result);
  }

  @Test
  void strictRequest() {
    assertThat(xml(MeetingQuery.of("jitsi", "my_meeting", "Standup")))
        .isEqualTo(
            "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' id='my_meeting'>"
                + "<desc>Standup</desc></query>");
  }

  @Test
  void resultCarryingAnUnknownTypeAttributeIsStillAResult() {
    MeetingResult r =
        (MeetingResult)
            Xml.parse(
                "<query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi'><desc>x</desc>"
                    + "<initiate type='jitsi'><url> https://m.example/a </url></initiate></query>",
                ParleyCodecs.registry());
    assertThat(r.initiate().url()).isEqualTo("https://m.example/a");
    assertThat(r.invite()).isNull();
    assertThat(r.ext().attributes()).hasSize(1);
    assertThat(r.ext().elements()).hasSize(1);
    RoundTrip.assertIdentity(r);
  }

  @Test
  void initiateNeedsAUrl() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<query xmlns='urn:xmpp:http:online-meetings:0'><initiate type='jitsi'/></query>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<query xmlns='urn:xmpp:http:online-meetings:0'><initiate type='jitsi'><url> </url></initiate></query>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void queriesRoundTrip(@ForAll("queries") MeetingQuery q) {
    RoundTrip.assertIdentity(q);
  }

  @Property(tries = 200)
  void resultsRoundTrip(@ForAll("results") MeetingResult r) {
    RoundTrip.assertIdentity(r);
  }

  @Property(tries = 200)
  void initiatesRoundTrip(@ForAll("initiates") Initiate i) {
    RoundTrip.assertIdentity(i);
  }

  @Property(tries = 200)
  void meetingsRoundTrip(@ForAll("meetings") Meeting m) {
    RoundTrip.assertIdentity(m);
  }

  @Property(tries = 200)
  void retriesRoundTrip(@ForAll("retries") Retry r) {
    RoundTrip.assertIdentity(r);
  }

  @Provide
  Arbitrary<MeetingQuery> queries() {
    return MeetingArbitraries.query();
  }

  @Provide
  Arbitrary<MeetingResult> results() {
    return MeetingArbitraries.result();
  }

  @Provide
  Arbitrary<Initiate> initiates() {
    return MeetingArbitraries.initiate();
  }

  @Provide
  Arbitrary<Meeting> meetings() {
    return MeetingArbitraries.meeting();
  }

  @Provide
  Arbitrary<Retry> retries() {
    return MeetingArbitraries.retry();
  }
}
