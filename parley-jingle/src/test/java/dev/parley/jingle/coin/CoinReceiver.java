/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import dev.parley.protocol.conference.sync.ConferenceUpdate;
import dev.parley.protocol.conference.sync.ConferenceView;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Xml;
import java.util.ArrayList;
import java.util.List;

/**
 * One participant's side of Coin, as Parley's SDK does it: each notice goes over the wire (written,
 * parsed back), its shape is checked (one IQ child, the recipient's sid, version + 1, explicit
 * states, full documents only for non-Coin peers) and it is applied to the participant's {@link
 * ConferenceView} with {@link ConferenceInfos#apply}, which must accept it.
 */
final class CoinReceiver {
  private static final CodecRegistry REGISTRY = ParleyCodecs.registry();

  private final CoinRecipient recipient;
  private final List<ConferenceInfo> received = new ArrayList<>();
  private ConferenceView view = ConferenceView.EMPTY;
  private long version;

  CoinReceiver(CoinRecipient recipient) {
    this.recipient = recipient;
  }

  /** Receives {@code notice}, checks it and applies it; returns the document received. */
  ConferenceInfo receive(CoinNotice notice) {
    assertThat(notice.to()).isEqualTo(recipient);
    assertThat(view.ended()).as("nothing after the deleted document").isFalse();
    Iq iq = notice.iq();
    assertThat(iq.type()).isEqualTo(Iq.Type.SET);
    assertThat(iq.to().toString()).isEqualTo(recipient.jid().toString());
    Iq wire = (Iq) Xml.parse(Xml.toXml(iq, REGISTRY, "jabber:client"), REGISTRY);
    assertThat(wire.payloads()).as("the document is the IQ's only child").hasSize(1);
    ConferenceInfo document = Coin.document(wire).orElseThrow();
    assertThat(document).isEqualTo(notice.document());
    assertThat(document.version()).as("version + 1").isEqualTo(version + 1);
    assertThat(document.sid()).isEqualTo(recipient.sid());
    assertExplicitStates(document);
    if (!recipient.partial()) {
      assertThat(document.state()).as("full documents only").isNotEqualTo(State.PARTIAL);
    }
    ConferenceUpdate update = view.apply(document);
    assertThat(update).as("applied: %s", document).isInstanceOf(ConferenceUpdate.Applied.class);
    view = update.view();
    version = document.version();
    received.add(document);
    return document;
  }

  /** Whether this participant's view equals the room's document (versions and sid aside). */
  boolean inStepWith(ConferenceInfo roomDocument) {
    return view.hasDocument()
        && !view.ended()
        && content(view.document()).equals(normal(roomDocument));
  }

  /** What the participant knows, versions and sid aside; {@code null} before the first full. */
  ConferenceInfo content() {
    return view.hasDocument() ? content(view.document()) : null;
  }

  ConferenceView view() {
    return view;
  }

  List<ConferenceInfo> received() {
    return received;
  }

  CoinRecipient recipient() {
    return recipient;
  }

  /** A room document as a view would hold it, versions and sid aside. */
  static ConferenceInfo normal(ConferenceInfo roomDocument) {
    return content(ConferenceInfos.normalize(roomDocument));
  }

  private static ConferenceInfo content(ConferenceInfo document) {
    return document.toBuilder().version(null).sid(null).build();
  }

  /**
   * {@code state} on the root, {@code users}, each user and each endpoint (interop notes: Dino
   * drops documents without); a deleted root or row has no children.
   */
  static void assertExplicitStates(ConferenceInfo document) {
    assertThat(document.state()).as("root state").isNotNull();
    if (document.state() == State.DELETED) {
      assertThat(document.users()).as("a deleted root has no children").isNull();
      assertThat(document.description()).isNull();
      return;
    }
    if (document.users() == null) {
      return;
    }
    assertThat(document.users().state()).as("users state").isNotNull();
    for (User u : document.users().list()) {
      assertThat(u.state()).as("user %s state", u.entity()).isNotNull();
      if (u.state() == State.DELETED) {
        assertThat(u.endpoints()).isEmpty();
      }
      for (Endpoint e : u.endpoints()) {
        assertThat(e.state()).as("endpoint %s state", e.entity()).isNotNull();
      }
    }
  }
}
