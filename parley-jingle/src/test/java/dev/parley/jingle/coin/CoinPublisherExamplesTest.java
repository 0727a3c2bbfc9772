/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What {@link CoinPublisher} sends, on XEP-0298's and RFC 4575's examples (copied into this
 * module's test resources under {@code coin/}): the full document as published, and the smallest
 * partial notification for a change.
 */
class CoinPublisherExamplesTest {
  private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
  private static final Duration MS_100 = Duration.ofMillis(100);

  private final CoinPublisher publisher = new CoinPublisher(CoinPolicy.DEFAULT);

  @Test
  void aSubscriberGetsXep0298Example2AtOnce() {
    Iq example = (Iq) Xml.parse(resource("xep-0298-example-02-corrected.xml"), registry());
    ConferenceInfo document = Coin.document(example).orElseThrow();
    CoinRecipient juliet = new CoinRecipient(example.to(), "a73sjjvkla37jfea", true);

    publisher.update(document.withVersion(null).withSid(null), T0);
    publisher.subscribe(juliet, T0);

    assertThat(publisher.nextDue()).contains(T0);
    List<CoinNotice> notices = publisher.poll(T0);
    assertThat(notices).hasSize(1);
    CoinNotice notice = notices.get(0);
    assertThat(notice.full()).isTrue();
    assertThat(notice.document()).isEqualTo(document);
    Fixtures.assertSimilar(
        Xml.toXml(document, registry()), Xml.toXml(notice.iq().payload(), registry()), "notice");
    assertThat(publisher.nextDue()).isEmpty();
  }

  @Test
  void aChangeReachesACoinPeerAsTheSmallestPartialDocumentAfterTheCoalescingWindow() {
    Iq example = (Iq) Xml.parse(resource("xep-0298-example-02-corrected.xml"), registry());
    ConferenceInfo document = Coin.document(example).orElseThrow();
    CoinRecipient juliet = new CoinRecipient(example.to(), "a73sjjvkla37jfea", true);
    CoinReceiver receiver = new CoinReceiver(juliet);
    publisher.update(document, T0);
    publisher.subscribe(juliet, T0);
    publisher.poll(T0).forEach(receiver::receive);

    Instant t1 = T0.plusSeconds(5);
    ConferenceInfo onHold = withEndpointStatus(document, 1, EndpointStatus.Known.ON_HOLD);
    publisher.update(onHold, t1);

    assertThat(publisher.nextDue()).contains(t1.plus(MS_100));
    assertThat(publisher.poll(t1.plus(MS_100).minusNanos(1))).isEmpty();
    List<CoinNotice> notices = publisher.poll(t1.plus(MS_100));
    assertThat(notices).hasSize(1);
    Fixtures.assertSimilar(
        """
        <conference-info xmlns='urn:ietf:params:xml:ns:conference-info'
            entity='xmpp:romeo@montague.lit/orchard' state='partial' version='2'
            sid='a73sjjvkla37jfea'>
          <users state='partial'>
            <user entity='xmpp:juliet@capulet.lit' state='partial'>
              <endpoint entity='xmpp:juliet@capulet.lit/balcony' state='partial'>
                <status>on-hold</status>
              </endpoint>
            </user>
          </users>
        </conference-info>
        """,
        Xml.toXml(notices.get(0).document(), registry()),
        "partial notification");
    receiver.receive(notices.get(0));
    assertThat(receiver.inStepWith(onHold)).isTrue();
  }

  @Test
  void aUserLeavingRfc4575Example1IsADeletedRow() {
    ConferenceInfo document =
        (ConferenceInfo) Xml.parse(resource("rfc-4575-example-01.xml"), registry());
    CoinRecipient alice = new CoinRecipient(Dialog.jid("alice@example.com/phone"), "s1", true);
    CoinReceiver receiver = new CoinReceiver(alice);
    publisher.update(document, T0);
    publisher.subscribe(alice, T0);
    publisher.poll(T0).forEach(receiver::receive);

    List<User> remaining = List.of(document.users().list().get(1));
    ConferenceInfo withoutBob = document.toBuilder().users(Users.full(remaining)).build();
    publisher.update(withoutBob, T0.plusSeconds(1));
    List<CoinNotice> notices = publisher.poll(T0.plusSeconds(2));

    assertThat(notices).hasSize(1);
    Fixtures.assertSimilar(
        """
        <conference-info xmlns='urn:ietf:params:xml:ns:conference-info'
            entity='sips:conf233@example.com' state='partial' version='2' sid='s1'>
          <users state='partial'>
            <user entity='sip:bob@example.com' state='deleted'/>
          </users>
        </conference-info>
        """,
        Xml.toXml(notices.get(0).document(), registry()),
        "partial notification");
    receiver.receive(notices.get(0));
    assertThat(receiver.inStepWith(withoutBob)).isTrue();
  }

  private static ConferenceInfo withEndpointStatus(
      ConferenceInfo document, int user, EndpointStatus status) {
    List<User> users = new ArrayList<>(document.users().list());
    User u = users.get(user);
    Endpoint e = u.endpoints().get(0).toBuilder().status(status).build();
    users.set(user, u.toBuilder().endpoints(e).build());
    return document.toBuilder()
        .users(new Users(document.users().state(), users, document.users().ext()))
        .build();
  }

  private static dev.parley.protocol.xml.CodecRegistry registry() {
    return ParleyCodecs.registry();
  }

  private static String resource(String name) {
    try (InputStream in = CoinPublisherExamplesTest.class.getResourceAsStream("/coin/" + name)) {
      return new String(
          Optional.ofNullable(in).orElseThrow().readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
