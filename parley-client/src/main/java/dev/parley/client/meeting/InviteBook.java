/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.delay.Delay;
import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.CallInviteMessage;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.Dialect;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.invite.Left;
import dev.parley.protocol.invite.Reject;
import dev.parley.protocol.invite.Retract;
import dev.parley.protocol.sid.OriginId;
import dev.parley.protocol.sid.StanzaId;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.XmlElement;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;

/**
 * What a session knows about its invites, and what each received call-invite message means. No I/O:
 * {@link Meetings} feeds it messages and acts on the events; confined to the session's serial
 * executor.
 *
 * <ul>
 *   <li>One message is one event: of the copies Dino 0.5 puts in one stanza (XEP-0482 and its
 *       legacy dialect) the XEP-0482 one counts ({@link CallInvites#primary}).
 *   <li>An invite already seen in the same conversation with the same id (delivered again, or
 *       through another path) is ignored. Invites without an id cannot be recognised and are
 *       reported each time.
 *   <li>The ids answers refer to follow XEP-0482 § 3.1 ({@link CallInvites#answerId}); answers are
 *       matched to invites by (conversation, id).
 *   <li>Our own messages — recognised by their origin id, or in a room by our nickname — are not
 *       events; the room's reflection of our own invite tells the stanza id it was given.
 *   <li>Error messages (a bounced invite echoes its payload) and messages without a sender are
 *       ignored.
 * </ul>
 *
 * <p>Memory is bounded: the most recent {@value #CAPACITY} invites each way, and origin ids.
 */
final class InviteBook {
  static final int CAPACITY = 512;

  /** What a message meant. */
  sealed interface Event {}

  /** Someone invited us. */
  record Invited(IncomingInvite invite) implements Event {}

  /** Someone answered an invite (or retracted one). */
  record Answered(InviteAnswer answer) implements Event {}

  /** A room reflected our own invite; {@code stanzaId} is the room's id for it, if it gave one. */
  record Reflected(String originId, @Nullable String stanzaId) implements Event {}

  private record Key(EntityBareJid conversation, String id) {}

  private final Map<Key, IncomingInvite> incoming = bounded();
  private final Map<Key, OutgoingInvite> outgoing = bounded();
  private final Set<String> ownIds = Collections.newSetFromMap(bounded());
  private final Answerer answerer;
  private final Clock clock;
  private final Predicate<Jid> ownOccupant;

  /**
   * @param ownOccupant whether a full JID is our own occupant JID in a room ({@code
   *     room@service/our-nick})
   */
  InviteBook(Answerer answerer, Clock clock, Predicate<Jid> ownOccupant) {
    this.answerer = requireNonNull(answerer, "answerer");
    this.clock = requireNonNull(clock, "clock");
    this.ownOccupant = requireNonNull(ownOccupant, "ownOccupant");
  }

  /** Remembers the origin id of a message we send, to recognise it when a room reflects it. */
  void sending(String originId) {
    ownIds.add(originId);
  }

  /** Remembers an invite we sent, to match the answers. */
  void sent(OutgoingInvite invite) {
    outgoing.put(new Key(invite.conversation(), invite.id()), invite);
  }

  /** What a received message means: no event, or one. */
  @Nullable Event receive(Message m) {
    Jid from = m.from();
    if (m.type() == Message.Type.ERROR || from == null) {
      return null;
    }
    CallInviteMessage message = CallInvites.primary(m.payloads());
    if (message == null) {
      return null;
    }
    String originId = originId(m.payloads());
    String ownId = originId != null && ownIds.contains(originId) ? originId : null;
    if (ownId == null && m.id() != null && ownIds.contains(m.id())) {
      ownId = m.id();
    }
    if (ownId != null) {
      boolean reflection = m.type() == Message.Type.GROUPCHAT && message instanceof Invite;
      return reflection ? new Reflected(ownId, answerId(null, m, originId)) : null;
    }
    EntityBareJid conversation = from.asEntityBareJidIfPossible();
    if (conversation == null || (m.type() == Message.Type.GROUPCHAT && ownOccupant.test(from))) {
      return null;
    }
    if (message instanceof Invite invite) {
      return invited(m, from, conversation, invite, originId);
    }
    return answered(m, from, conversation, message);
  }

  private @Nullable Event invited(
      Message m, Jid from, EntityBareJid conversation, Invite invite, @Nullable String originId) {
    String id = answerId(invite.id(), m, originId);
    Key key = id == null ? null : new Key(conversation, id);
    if (key != null && (incoming.containsKey(key) || outgoing.containsKey(key))) {
      return null; // delivered again
    }
    IncomingInvite in =
        new IncomingInvite(
            from,
            conversation,
            m.effectiveType(),
            id,
            invite,
            hasLegacyDialect(m.payloads()),
            m.body(),
            delayStamp(m.payloads()),
            clock.instant(),
            answerer);
    if (key != null) {
      incoming.put(key, in);
    }
    return new Invited(in);
  }

  private Event answered(
      Message m, Jid from, EntityBareJid conversation, CallInviteMessage message) {
    String id = requireNonNull(message.id(), "answers carry an id");
    InviteAnswer.Kind kind;
    List<CallMethod> methods = List.of();
    if (message instanceof Accept accept) {
      kind = InviteAnswer.Kind.ACCEPTED;
      methods = accept.methods();
    } else if (message instanceof Reject) {
      kind = InviteAnswer.Kind.REJECTED;
    } else if (message instanceof Retract) {
      kind = InviteAnswer.Kind.RETRACTED;
    } else if (message instanceof Left) {
      kind = InviteAnswer.Kind.LEFT;
    } else {
      throw new IllegalStateException("not an answer: " + message);
    }
    Key key = new Key(conversation, id);
    Invitation invitation = outgoing.get(key);
    if (invitation == null) {
      invitation = incoming.get(key);
    }
    return new Answered(
        new InviteAnswer(kind, id, from, conversation, m.effectiveType(), invitation, methods));
  }

  private static @Nullable String answerId(
      @Nullable String inviteId, Message m, @Nullable String originId) {
    Map<String, String> stanzaIds = new HashMap<>(2);
    for (XmlElement p : m.payloads()) {
      if (p instanceof StanzaId s) {
        stanzaIds.putIfAbsent(s.by().toString(), s.id());
      }
    }
    return CallInvites.answerId(inviteId, m.type(), m.from(), m.id(), originId, stanzaIds);
  }

  private static @Nullable String originId(List<XmlElement> payloads) {
    for (XmlElement p : payloads) {
      if (p instanceof OriginId o) {
        return o.id();
      }
    }
    return null;
  }

  private static boolean hasLegacyDialect(List<XmlElement> payloads) {
    for (XmlElement p : payloads) {
      if (p instanceof CallInviteMessage c && c.dialect() == Dialect.DINO_CALL_MESSAGE) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable Instant delayStamp(List<XmlElement> payloads) {
    for (XmlElement p : payloads) {
      if (p instanceof Delay d) {
        return d.stamp();
      }
    }
    return null;
  }

  private static <K, V> Map<K, V> bounded() {
    return new LinkedHashMap<>(16, 0.75f, false) {
      private static final long serialVersionUID = 1L;

      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > CAPACITY;
      }
    };
  }
}
