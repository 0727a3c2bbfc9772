/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceInfoSamples;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceUpdate.Applied;
import dev.parley.protocol.conference.sync.ConferenceUpdate.Gap;
import dev.parley.protocol.conference.sync.ConferenceUpdate.Ignored;
import dev.parley.protocol.conference.sync.ConferenceUpdate.Reason;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RFC 4575 § 4.6, one rule at a time, and the diff that feeds it. */
class ConferenceInfosTest {
  private static final String NS = "xmlns='urn:ietf:params:xml:ns:conference-info'";

  /** A document {@code <conference-info entity='sips:conf' …>body</conference-info>}. */
  static ConferenceInfo doc(String attributes, String body) {
    return (ConferenceInfo)
        Xml.parse(
            "<conference-info "
                + NS
                + " entity='sips:conf@example.com' "
                + attributes
                + ">"
                + body
                + "</conference-info>",
            ParleyCodecs.registry());
  }

  static final String ROMEO =
      "<user entity='xmpp:romeo@montague.lit'><display-text>Romeo</display-text>"
          + "<endpoint entity='xmpp:romeo@montague.lit/orchard'><status>connected</status>"
          + "<media id='1'><type>audio</type><src-id>11</src-id><status>sendrecv</status></media>"
          + "<media id='2'><type>video</type><src-id>12</src-id><status>sendrecv</status></media>"
          + "</endpoint></user>";
  static final String JULIET =
      "<user entity='xmpp:juliet@capulet.lit'><display-text>Juliet</display-text>"
          + "<endpoint entity='xmpp:juliet@capulet.lit/balcony'><status>connected</status>"
          + "<media id='1'><type>audio</type><src-id>21</src-id></media></endpoint></user>";

  /** Version 1: Romeo and Juliet, a subject and a user count. */
  static final ConferenceInfo V1 =
      doc(
          "state='full' version='1'",
          "<conference-description><subject>Balcony</subject></conference-description>"
              + "<conference-state><user-count>2</user-count><active>true</active></conference-state>"
              + "<users>"
              + ROMEO
              + JULIET
              + "</users>");

  static ConferenceView view(ConferenceInfo first) {
    return applied(ConferenceView.EMPTY, first);
  }

  static ConferenceView applied(ConferenceView view, ConferenceInfo notification) {
    ConferenceUpdate u = ConferenceInfos.apply(view, notification);
    assertThat(u).as("%s", notification).isInstanceOf(Applied.class);
    return u.view();
  }

  static User user(ConferenceView view, String entity) {
    return view.document().users().user(entity);
  }

  @Nested
  class Receiving {
    @Test
    void ignoresEverythingUntilTheFirstFullDocument() {
      ConferenceInfo partial = doc("state='partial' version='2'", "");
      ConferenceInfo deleted = doc("state='deleted' version='3'", "");

      assertThat(ConferenceInfos.apply(ConferenceView.EMPTY, partial))
          .isEqualTo(new Ignored(ConferenceView.EMPTY, Reason.AWAITING_FULL));
      assertThat(ConferenceInfos.apply(ConferenceView.EMPTY, deleted))
          .isEqualTo(new Ignored(ConferenceView.EMPTY, Reason.AWAITING_FULL));
    }

    @Test
    void theFirstFullDocumentSetsTheVersionAndTheContent() {
      ConferenceView view = view(V1);

      assertThat(view.version()).isEqualTo(1);
      assertThat(view.stale()).isFalse();
      assertThat(view.users()).extracting(User::displayText).containsExactly("Romeo", "Juliet");
      assertThat(view.document().conferenceState().userCount()).isEqualTo(2);
    }

    @Test
    void aDocumentWithoutStateIsFull() {
      ConferenceView view = view(doc("version='4'", "<users>" + ROMEO + "</users>"));

      assertThat(view.version()).isEqualTo(4);
      assertThat(view.document().state()).isEqualTo(State.FULL);
      assertThat(view.users()).hasSize(1);
    }

    @Test
    void aDocumentWithoutVersionIsIgnored() {
      ConferenceInfo unversioned = doc("state='full'", "<users>" + ROMEO + "</users>");

      assertThat(ConferenceInfos.apply(ConferenceView.EMPTY, unversioned))
          .isEqualTo(new Ignored(ConferenceView.EMPTY, Reason.NO_VERSION));
    }

    @Test
    void versionsNotGreaterThanTheLocalOneAreDiscarded() {
      ConferenceView view = view(V1.withVersion(5L));

      for (long v : new long[] {5, 4, 0}) {
        for (State s : State.values()) {
          ConferenceInfo late = doc("state='" + s.xml() + "' version='" + v + "'", "<users/>");
          assertThat(ConferenceInfos.apply(view, late))
              .isEqualTo(new Ignored(view, Reason.STALE_VERSION));
        }
      }
    }

    @Test
    void aFullDocumentReplacesEverything() {
      ConferenceInfo v7 =
          doc(
              "state='full' version='7'",
              "<users>" + JULIET.replace("Juliet<", "J.<") + "</users>");

      ConferenceView view = applied(view(V1), v7);

      assertThat(view.version()).isEqualTo(7);
      assertThat(view.users()).extracting(User::displayText).containsExactly("J.");
      assertThat(view.document().description()).isNull();
      assertThat(view.document().conferenceState()).isNull();
    }

    @Test
    void aDeletedRootEndsTheConferenceAndItsChildrenAreIgnored() {
      ConferenceInfo deleted =
          doc("state='deleted' version='2' sid='s1'", "<users>" + ROMEO + "</users>");

      ConferenceView view = applied(view(V1), deleted);

      assertThat(view.ended()).isTrue();
      assertThat(view.version()).isEqualTo(2);
      assertThat(view.users()).isEmpty();
      assertThat(view.document().sid()).isEqualTo("s1");
      assertThat(ConferenceInfos.apply(view, doc("state='partial' version='3'", "")))
          .isEqualTo(new Ignored(view, Reason.CONFERENCE_ENDED));

      ConferenceView restarted = applied(view, V1.withVersion(4L));
      assertThat(restarted.ended()).isFalse();
      assertThat(restarted.users()).hasSize(2);
    }

    @Test
    void aPartialDocumentWithTheNextVersionMerges() {
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<users state='partial'>"
                  + "<user entity='xmpp:romeo@montague.lit' state='partial'>"
                  + "<endpoint entity='xmpp:romeo@montague.lit/orchard' state='partial'>"
                  + "<media id='1'><type>audio</type><src-id>11</src-id><status>recvonly</status></media>"
                  + "</endpoint></user></users>");

      ConferenceView view = applied(view(V1), v2);

      assertThat(view.version()).isEqualTo(2);
      User romeo = user(view, "xmpp:romeo@montague.lit");
      assertThat(romeo.displayText()).as("absent children are kept").isEqualTo("Romeo");
      Endpoint orchard = romeo.endpoint("xmpp:romeo@montague.lit/orchard");
      assertThat(orchard.status()).isEqualTo(EndpointStatus.CONNECTED);
      assertThat(orchard.media("1").status()).isEqualTo(MediaStatus.RECVONLY);
      assertThat(orchard.media("2").type()).as("other media are kept").isEqualTo("video");
      assertThat(user(view, "xmpp:juliet@capulet.lit").displayText()).isEqualTo("Juliet");
      assertThat(view.document().description().subject()).isEqualTo("Balcony");
    }

    @Test
    void aMediaReplacesTheOneWithItsIdWhole() {
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<users state='partial'><user entity='xmpp:romeo@montague.lit' state='partial'>"
                  + "<endpoint entity='xmpp:romeo@montague.lit/orchard' state='partial'>"
                  + "<media id='1'><status>inactive</status></media>"
                  + "<media id='3'><type>text</type></media>"
                  + "</endpoint></user></users>");

      Endpoint orchard =
          user(applied(view(V1), v2), "xmpp:romeo@montague.lit")
              .endpoint("xmpp:romeo@montague.lit/orchard");

      assertThat(orchard.media()).extracting(m -> m.id()).containsExactly("1", "2", "3");
      assertThat(orchard.media("1").type()).as("replaced whole: no merge inside media").isNull();
      assertThat(orchard.media("1").status()).isEqualTo(MediaStatus.INACTIVE);
    }

    @Test
    void aUserWithoutStateInAPartialUsersIsReplacedWhole() {
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<users state='partial'>"
                  + "<user entity='xmpp:romeo@montague.lit'><display-text>R.</display-text></user>"
                  + "</users>");

      User romeo = user(applied(view(V1), v2), "xmpp:romeo@montague.lit");

      assertThat(romeo.displayText()).isEqualTo("R.");
      assertThat(romeo.endpoints()).as("state absent means full").isEmpty();
    }

    @Test
    void deletedRowsAreRemovedAndNewKeysAppended() {
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<users state='partial'>"
                  + "<user entity='xmpp:romeo@montague.lit' state='deleted'><display-text>ignored</display-text></user>"
                  + "<user entity='xmpp:nurse@capulet.lit' state='partial'><display-text>Nurse</display-text></user>"
                  + "<user entity='xmpp:juliet@capulet.lit' state='partial'>"
                  + "<endpoint entity='xmpp:juliet@capulet.lit/balcony' state='deleted'/>"
                  + "<endpoint entity='xmpp:juliet@capulet.lit/chamber' state='full'><status>pending</status></endpoint>"
                  + "</user>"
                  + "<user entity='xmpp:tybalt@capulet.lit' state='deleted'/>"
                  + "<user><display-text>no key: cannot be addressed</display-text></user>"
                  + "</users>");

      ConferenceView view = applied(view(V1), v2);

      assertThat(view.users())
          .extracting(User::entity)
          .containsExactly("xmpp:juliet@capulet.lit", "xmpp:nurse@capulet.lit");
      User juliet = user(view, "xmpp:juliet@capulet.lit");
      assertThat(juliet.endpoints())
          .extracting(Endpoint::entity)
          .containsExactly("xmpp:juliet@capulet.lit/chamber");
      assertThat(juliet.endpoints().get(0).state()).as("a view has no nested states").isNull();
      assertThat(user(view, "xmpp:nurse@capulet.lit").state()).isNull();
    }

    @Test
    void atomicElementsAreReplacedWhole() {
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<conference-state><user-count>3</user-count></conference-state>");

      ConferenceView view = applied(view(V1), v2);

      assertThat(view.document().conferenceState().userCount()).isEqualTo(3);
      assertThat(view.document().conferenceState().active())
          .as("conference-state is atomic: <active> went with the old one")
          .isNull();
      assertThat(view.users()).hasSize(2);
    }

    @Test
    void aDeletedUsersRemovesEveryUser() {
      ConferenceView view =
          applied(view(V1), doc("state='partial' version='2'", "<users state='deleted'/>"));

      assertThat(view.document().users()).isNull();
      assertThat(view.document().description()).isNotNull();
    }

    @Test
    void sidebarsMergeByTheirKeys() {
      ConferenceInfo v1 =
          doc(
              "version='1'",
              "<users/>"
                  + "<sidebars-by-ref><entry><uri>sips:conf@example.com;grid=45</uri>"
                  + "<display-text>Carol</display-text></entry>"
                  + "<entry><uri>sips:conf@example.com;grid=21</uri></entry></sidebars-by-ref>"
                  + "<sidebars-by-val><entry entity='sips:conf@example.com;grid=77'><users>"
                  + ROMEO
                  + JULIET
                  + "</users></entry></sidebars-by-val>");
      ConferenceInfo v2 =
          doc(
              "state='partial' version='2'",
              "<sidebars-by-ref state='partial'><entry><uri>sips:conf@example.com;grid=45</uri>"
                  + "<display-text>Carol and Dave</display-text></entry>"
                  + "<entry><uri>sips:conf@example.com;grid=99</uri></entry></sidebars-by-ref>"
                  + "<sidebars-by-val state='partial'>"
                  + "<entry entity='sips:conf@example.com;grid=77' state='partial'>"
                  + "<users state='partial'><user entity='xmpp:juliet@capulet.lit' state='deleted'/></users>"
                  + "</entry><entry entity='sips:conf@example.com;grid=78' state='partial'><users/></entry>"
                  + "</sidebars-by-val>");

      ConferenceInfo merged = applied(view(v1), v2).document();

      assertThat(merged.sidebarsByRef().entries())
          .extracting(e -> e.uri() + "=" + e.displayText())
          .containsExactly(
              "sips:conf@example.com;grid=45=Carol and Dave",
              "sips:conf@example.com;grid=21=null",
              "sips:conf@example.com;grid=99=null");
      assertThat(merged.sidebarsByVal().entries()).hasSize(2);
      assertThat(merged.sidebarsByVal().entry("sips:conf@example.com;grid=77").userList())
          .extracting(User::entity)
          .containsExactly("xmpp:romeo@montague.lit");
    }

    @Test
    void unknownChildrenAreReplacedAsAGroupWhenAnyArrive() {
      ConferenceInfo v1 =
          doc("version='1'", "<users/><x xmlns='urn:example:a'/><y xmlns='urn:example:a'/>");
      ConferenceView view = view(v1);

      ConferenceView unchanged = applied(view, doc("state='partial' version='2' extra='1'", ""));
      assertThat(unchanged.document().ext().elements()).hasSize(2);
      assertThat(unchanged.document().ext().attributes()).hasSize(1);

      ConferenceView replaced =
          applied(unchanged, doc("state='partial' version='3'", "<z xmlns='urn:example:a'/>"));
      assertThat(replaced.document().ext().elements()).hasSize(1);
      assertThat(replaced.document().ext().attributes()).as("attributes as received").isEmpty();
    }

    @Test
    void aSkippedVersionIsAGapAndTheViewStaysStaleUntilAFullDocument() {
      ConferenceView view = view(V1);
      ConferenceInfo v3 =
          doc(
              "state='partial' version='3'",
              "<users state='partial'><user entity='x' state='deleted'/></users>");

      ConferenceUpdate gap = ConferenceInfos.apply(view, v3);

      assertThat(gap).isEqualTo(new Gap(new ConferenceView(view.document(), true), 2, 3));
      ConferenceView stale = gap.view();
      ConferenceView stillStale =
          applied(
              stale,
              doc(
                  "state='partial' version='2'",
                  "<conference-state><user-count>1</user-count></conference-state>"));
      assertThat(stillStale.stale())
          .as("a later partial does not bring back what was lost")
          .isTrue();
      assertThat(stillStale.version()).isEqualTo(2);
      assertThat(ConferenceInfos.apply(stillStale, v3.withVersion(5L))).isInstanceOf(Gap.class);
      ConferenceView fresh = applied(stillStale, V1.withVersion(9L));
      assertThat(fresh.stale()).isFalse();
    }

    @Test
    void jitsiPartialNotificationsApply() {
      ConferenceInfo full =
          Coin.document((Iq) Fixtures.parse("interop/jitsi-coin-full.xml")).orElseThrow();
      ConferenceInfo partial =
          Coin.document((Iq) Fixtures.parse("interop/jitsi-coin-partial.xml")).orElseThrow();

      ConferenceView view = applied(view(full), partial);

      assertThat(view.users())
          .extracting(User::entity)
          .containsExactly("xmpp:romeo@montague.lit/jitsi", "juliet@capulet.lit");
      Endpoint juliet = user(view, "juliet@capulet.lit").endpoint("juliet@capulet.lit");
      assertThat(juliet.status()).isEqualTo(EndpointStatus.ON_HOLD);
      assertThat(juliet.media("audio").status()).isEqualTo(MediaStatus.RECVONLY);
    }

    @Test
    void theRichExampleMergesIntoTheBasicOne() {
      ConferenceInfo basic = (ConferenceInfo) Fixtures.parse("rfc-4575/example-01.xml");
      ConferenceInfo rich = (ConferenceInfo) Fixtures.parse("rfc-4575/example-02.xml");

      assertThat(ConferenceInfos.apply(view(basic), rich)).isInstanceOf(Gap.class);

      ConferenceInfo merged = applied(view(basic.withVersion(4L)), rich).document();
      assertThat(merged.version()).isEqualTo(5);
      assertThat(merged.description().displayText()).isEqualTo("Weekly Sales Meeting");
      assertThat(merged.hostInfo().displayText()).isEqualTo("Sales Host");
      assertThat(merged.conferenceState().userCount()).isEqualTo(32);
      // The example's <users> has no state, which § 4.4 defines as full: although the document
      // is partial, the roster is replaced whole and Alice, absent from it, is gone.
      assertThat(merged.userList()).extracting(User::entity).containsExactly("sip:bob@example.com");
      User bob = merged.users().user("sip:bob@example.com");
      assertThat(bob.endpoints().get(0).status()).isEqualTo(EndpointStatus.DISCONNECTING);
      assertThat(bob.endpoints().get(0).callInfo().sip().callId()).isEqualTo("hsjh8980vhsb78");
      assertThat(merged.sidebarsByRef().entries()).hasSize(2);
      assertThat(merged.sidebarsByVal().entries().get(0).userList()).hasSize(3);
    }
  }

  @Nested
  class Sending {
    static ConferenceInfo v2(String users) {
      return V1.toBuilder()
          .version(2L)
          .users(doc("", "<users>" + users + "</users>").users())
          .build();
    }

    static String xml(ConferenceInfo notification) {
      return Xml.toXml(notification, ParleyCodecs.registry());
    }

    @Test
    void equalDocumentsNeedNoNotification() {
      assertThat(ConferenceInfos.diff(V1, V1)).isEmpty();
      assertThat(ConferenceInfos.diff(V1, V1.withVersion(2L))).isEmpty();
      assertThat(ConferenceInfos.diff(V1, ConferenceInfos.withExplicitStates(V1).withVersion(2L)))
          .as("state spelled out or not: same content")
          .isEmpty();
    }

    @Test
    void aRemovedUserIsADeletedStub() {
      ConferenceInfo n = ConferenceInfos.diff(V1, v2(ROMEO)).orElseThrow();

      assertThat(n.state()).isEqualTo(State.PARTIAL);
      assertThat(n.version()).isEqualTo(2);
      assertThat(n.description()).isNull();
      assertThat(n.users().state()).isEqualTo(State.PARTIAL);
      assertThat(n.userList()).containsExactly(User.deleted("xmpp:juliet@capulet.lit"));
    }

    @Test
    void aNewUserIsSentFullWithExplicitStates() {
      String nurse =
          "<user entity='xmpp:nurse@capulet.lit'><endpoint entity='xmpp:nurse@capulet.lit/kitchen'>"
              + "<status>dialing-out</status></endpoint></user>";

      ConferenceInfo n = ConferenceInfos.diff(V1, v2(ROMEO + JULIET + nurse)).orElseThrow();

      assertThat(n.userList()).hasSize(1);
      User user = n.userList().get(0);
      assertThat(user.state()).isEqualTo(State.FULL);
      assertThat(user.endpoints().get(0).state()).isEqualTo(State.FULL);
      assertThat(xml(n))
          .contains(
              "<conference-info xmlns='urn:ietf:params:xml:ns:conference-info' entity='sips:conf@example.com' state='partial' version='2'>")
          .contains("<users state='partial'><user entity='xmpp:nurse@capulet.lit' state='full'>")
          .contains("<endpoint entity='xmpp:nurse@capulet.lit/kitchen' state='full'>");
    }

    @Test
    void aChangedUserCarriesOnlyWhatChanged() {
      String mutedRomeo =
          ROMEO.replace(
              "<src-id>11</src-id><status>sendrecv", "<src-id>11</src-id><status>recvonly");

      ConferenceInfo n = ConferenceInfos.diff(V1, v2(mutedRomeo + JULIET)).orElseThrow();

      assertThat(xml(n))
          .isEqualTo(
              "<conference-info xmlns='urn:ietf:params:xml:ns:conference-info' entity='sips:conf@example.com' state='partial' version='2'>"
                  + "<users state='partial'><user entity='xmpp:romeo@montague.lit' state='partial'>"
                  + "<endpoint entity='xmpp:romeo@montague.lit/orchard' state='partial'>"
                  + "<media id='1'><type>audio</type><src-id>11</src-id><status>recvonly</status></media>"
                  + "</endpoint></user></users></conference-info>");
    }

    @Test
    void aChildThatDisappearedForcesItsUserToFull() {
      String nameless = ROMEO.replace("<display-text>Romeo</display-text>", "");

      User romeo = ConferenceInfos.diff(V1, v2(nameless + JULIET)).orElseThrow().userList().get(0);

      assertThat(romeo.state()).isEqualTo(State.FULL);
      assertThat(romeo.displayText()).isNull();
      assertThat(romeo.endpoints()).hasSize(1);
    }

    @Test
    void aRemovedMediaForcesItsEndpointToFull() {
      String audioOnly =
          ROMEO.replace(
              "<media id='2'><type>video</type><src-id>12</src-id><status>sendrecv</status></media>",
              "");

      User romeo = ConferenceInfos.diff(V1, v2(audioOnly + JULIET)).orElseThrow().userList().get(0);

      assertThat(romeo.state()).isEqualTo(State.PARTIAL);
      assertThat(romeo.displayText()).isNull();
      assertThat(romeo.endpoints().get(0).state()).isEqualTo(State.FULL);
      assertThat(romeo.endpoints().get(0).media()).extracting(m -> m.id()).containsExactly("1");
    }

    @Test
    void reorderedUsersAreSentFull() {
      ConferenceInfo n = ConferenceInfos.diff(V1, v2(JULIET + ROMEO)).orElseThrow();

      assertThat(n.users().state()).isEqualTo(State.FULL);
      assertThat(n.userList())
          .extracting(User::entity)
          .containsExactly("xmpp:juliet@capulet.lit", "xmpp:romeo@montague.lit");
      assertThat(n.userList()).extracting(User::state).containsOnly(State.FULL);
    }

    @Test
    void aVersionStepLargerThanOneNeedsAFullDocument() {
      ConferenceInfo next = v2(ROMEO).withVersion(3L);

      ConferenceInfo n = ConferenceInfos.diff(V1, next).orElseThrow();

      assertThat(n).isEqualTo(ConferenceInfos.withExplicitStates(next));
      assertThat(n.state()).isEqualTo(State.FULL);
      assertThat(n.users().state()).isEqualTo(State.FULL);
    }

    @Test
    void aFullDocumentIsSentWhenItIsSmaller() {
      ConferenceInfo everyoneNew =
          v2(
                  ROMEO.replace("romeo@montague", "mercutio@verona")
                      + JULIET.replace("juliet@capulet", "nurse@capulet"))
              .toBuilder()
              .description(null)
              .conferenceState(null)
              .build();

      ConferenceInfo n = ConferenceInfos.diff(V1, everyoneNew).orElseThrow();

      assertThat(n.state()).isEqualTo(State.FULL);
      assertThat(n).isEqualTo(ConferenceInfos.withExplicitStates(everyoneNew));
    }

    @Test
    void aChangeWithoutANewVersionIsRefused() {
      assertThatThrownBy(() -> ConferenceInfos.diff(V1, v2(ROMEO).withVersion(1L)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ConferenceInfos.diff(V1, v2(ROMEO).withState(State.PARTIAL)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> ConferenceInfos.diff(V1.withVersion(null), v2(ROMEO)))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aThousandUsersWithAFewChangesGiveASmallPartialDocument() {
      ConferenceInfo before = ConferenceInfoSamples.document(1_000, 41);
      ConferenceInfo after = ConferenceInfoSamples.next(before, 3, 1, 1);

      ConferenceInfo n = ConferenceInfos.diff(before, after).orElseThrow();

      assertThat(n.state()).isEqualTo(State.PARTIAL);
      assertThat(n.userList())
          .extracting(User::state)
          .containsExactly(State.DELETED, State.PARTIAL, State.PARTIAL, State.PARTIAL, State.FULL);
      assertThat(xml(n).length()).isLessThan(2_000);
      ConferenceView view = applied(view(before), n);
      assertThat(view.document()).isEqualTo(ConferenceInfos.normalize(after));
    }

    @Test
    void keylessOrRepeatedUsersAreSentFull() {
      ConferenceInfo keyless = v2(ROMEO + "<user><display-text>?</display-text></user>");
      ConferenceInfo repeated = v2(ROMEO + ROMEO.replace(">Romeo<", ">Romeo 2<"));

      assertThat(ConferenceInfos.diff(V1, keyless).orElseThrow().users().state())
          .isEqualTo(State.FULL);
      assertThat(ConferenceInfos.diff(V1, repeated).orElseThrow().users().state())
          .isEqualTo(State.FULL);
    }
  }

  @Test
  void normalFormsDropStatesAndDeletedRows() {
    ConferenceInfo spelled =
        doc(
            "version='1'",
            "<users state='full'><user entity='a' state='full'><endpoint entity='e' state='full'/>"
                + "<endpoint entity='gone' state='deleted'/></user>"
                + "<user entity='b' state='deleted'/></users>");

    ConferenceInfo normal = ConferenceInfos.normalize(spelled);

    assertThat(normal.state()).isEqualTo(State.FULL);
    assertThat(normal.users().state()).isNull();
    assertThat(normal.userList()).extracting(User::entity).containsExactly("a");
    assertThat(normal.userList().get(0).endpoints())
        .extracting(Endpoint::state)
        .containsExactly((State) null);
    assertThat(ConferenceInfos.normalize(normal)).isSameAs(normal);
    ConferenceInfo explicit = ConferenceInfos.withExplicitStates(normal);
    assertThat(explicit.users().state()).isEqualTo(State.FULL);
    assertThat(explicit.userList().get(0).endpoints())
        .extracting(Endpoint::state)
        .containsExactly(State.FULL);
    assertThat(ConferenceInfos.normalize(explicit)).isEqualTo(normal);
  }

  @Test
  void aViewHoldsAFullOrDeletedDocumentWithAVersion() {
    assertThatThrownBy(() -> new ConferenceView(V1.withVersion(null), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ConferenceView(V1.withState(State.PARTIAL), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ConferenceView.EMPTY.version()).isEqualTo(-1);
    assertThat(ConferenceView.EMPTY.users()).isEqualTo(List.of());
    assertThat(view(V1).apply(V1)).isInstanceOf(Ignored.class);
    assertThat(Optional.of(view(V1).hasDocument())).contains(true);
  }
}
