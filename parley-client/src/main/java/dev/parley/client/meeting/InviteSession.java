/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import dev.parley.client.smack.ParleyExtension;
import dev.parley.client.smack.SmackStanzas;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.sid.StanzaId;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.parts.Resourcepart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The XEP-0482 half of a {@link Meetings} session: sends invites and answers through Smack, feeds
 * received call-invite messages to the {@link InviteBook}, and hands its events to the listeners.
 * Everything but the registration methods runs on the session's serial executor.
 */
final class InviteSession implements Answerer {
  private static final Logger LOG = LoggerFactory.getLogger(InviteSession.class);
  private static final Set<String> INVITE_NAMESPACES =
      Set.of(CallInvites.NAMESPACE, CallInvites.DINO_NAMESPACE);

  private final XMPPConnection connection;
  private final CodecRegistry codecs;
  private final Executor serial;
  private final Duration reflectionTimeout;
  private final InviteBook book;
  private final StanzaListener listener = this::received;
  private final List<Consumer<IncomingInvite>> inviteListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<InviteAnswer>> answerListeners = new CopyOnWriteArrayList<>();
  // Room invites waiting for the room's reflection, by origin id; confined to the serial executor.
  private final Map<String, PendingRoomInvite> reflections = new HashMap<>();

  private record PendingRoomInvite(
      String messageId,
      EntityBareJid room,
      Invite invite,
      MeetingLink link,
      CompletableFuture<OutgoingInvite> sent) {}

  InviteSession(
      XMPPConnection connection,
      CodecRegistry codecs,
      Executor serial,
      Clock clock,
      Duration reflectionTimeout) {
    this.connection = connection;
    this.codecs = codecs;
    this.serial = serial;
    this.reflectionTimeout = reflectionTimeout;
    MultiUserChatManager rooms = MultiUserChatManager.getInstanceFor(connection);
    this.book =
        new InviteBook(
            this,
            clock,
            jid -> {
              EntityBareJid room = jid.asEntityBareJidIfPossible();
              Resourcepart nick = jid.getResourceOrNull();
              return room != null
                  && nick != null
                  && rooms.getJoinedRooms().contains(room)
                  && nick.equals(rooms.getMultiUserChat(room).getNickname());
            });
  }

  /** Starts listening: Smack's listener thread hands each call-invite message to the executor. */
  void start() {
    StanzaFilter callInvites =
        stanza ->
            stanza instanceof org.jivesoftware.smack.packet.Message
                && stanza.getExtensions().stream()
                    .anyMatch(e -> INVITE_NAMESPACES.contains(e.getNamespace()));
    connection.addSyncStanzaListener(listener, callInvites);
  }

  AutoCloseable onInvite(Consumer<IncomingInvite> l) {
    inviteListeners.add(l);
    return () -> inviteListeners.remove(l);
  }

  AutoCloseable onAnswer(Consumer<InviteAnswer> l) {
    answerListeners.add(l);
    return () -> answerListeners.remove(l);
  }

  /** Stops listening; room invites waiting for their reflection fail. */
  void close() {
    connection.removeSyncStanzaListener(listener);
    inviteListeners.clear();
    answerListeners.clear();
    serial.execute(
        () -> {
          for (PendingRoomInvite p : reflections.values()) {
            p.sent().completeExceptionally(new IllegalStateException("the session was closed"));
          }
          reflections.clear();
        });
  }

  // --- sending -------------------------------------------------------------------------------

  CompletableFuture<OutgoingInvite> invite(
      MeetingLink link, EntityBareJid contact, @Nullable String body) {
    CompletableFuture<OutgoingInvite> sent = new CompletableFuture<>();
    Invite invite = link.invitation();
    if (invite == null) {
      sent.completeExceptionally(noInvite(link));
      return sent;
    }
    serial.execute(
        () -> {
          String id = UUID.randomUUID().toString();
          book.sending(id);
          OutgoingInvite out =
              new OutgoingInvite(id, id, contact, Message.Type.CHAT, invite, link, this);
          book.sent(out);
          try {
            send(
                InviteMessages.invite(
                    invite, link.desc(), contact, Message.Type.CHAT, id, body(link, body)));
            sent.complete(out);
          } catch (SmackException.NotConnectedException | InterruptedException e) {
            sent.completeExceptionally(e);
          }
        });
    return sent;
  }

  CompletableFuture<OutgoingInvite> inviteRoom(
      MeetingLink link, EntityBareJid room, @Nullable String body) {
    CompletableFuture<OutgoingInvite> sent = new CompletableFuture<>();
    Invite invite = link.invitation();
    if (invite == null) {
      sent.completeExceptionally(noInvite(link));
      return sent;
    }
    DiscoverInfo request = DiscoverInfo.builder(connection).to(room).ofType(IQ.Type.get).build();
    // Async on the serial executor: the continuation touches the session's state, and a plain
    // stage added after a fast answer would run on the caller's thread.
    SmackAsync.iq(connection, request, serial)
        .whenCompleteAsync(
            (info, failure) -> {
              if (failure != null) {
                sent.completeExceptionally(failure);
              } else if (!((DiscoverInfo) info).containsFeature(StanzaId.NAMESPACE)) {
                sent.completeExceptionally(
                    new IllegalStateException(
                        room
                            + " does not add XEP-0359 stanza ids ("
                            + StanzaId.NAMESPACE
                            + "): XEP-0482 answers in a room refer to them"));
              } else {
                String id = UUID.randomUUID().toString();
                sendToRoom(new PendingRoomInvite(id, room, invite, link, sent), body);
              }
            },
            serial);
    return sent;
  }

  private void sendToRoom(PendingRoomInvite pending, @Nullable String body) {
    String id = pending.messageId();
    book.sending(id);
    reflections.put(id, pending);
    try {
      send(
          InviteMessages.invite(
              pending.invite(),
              pending.link().desc(),
              pending.room(),
              Message.Type.GROUPCHAT,
              id,
              body(pending.link(), body)));
    } catch (SmackException.NotConnectedException | InterruptedException e) {
      reflections.remove(id);
      pending.sent().completeExceptionally(e);
      return;
    }
    CompletableFuture.delayedExecutor(reflectionTimeout.toMillis(), TimeUnit.MILLISECONDS, serial)
        .execute(
            () -> {
              PendingRoomInvite late = reflections.remove(id);
              if (late != null) {
                late.sent()
                    .completeExceptionally(
                        new TimeoutException(
                            late.room()
                                + " did not reflect the invite within "
                                + reflectionTimeout));
              }
            });
  }

  @Override
  public CompletableFuture<Void> answer(
      Invitation invitation, InviteAnswer.Kind kind, List<CallMethod> methods) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    if (invitation.id() == null) {
      done.completeExceptionally(
          new IllegalStateException(
              "the invite from " + invitation.conversation() + " has no id to refer to"));
      return done;
    }
    serial.execute(
        () -> {
          String id = UUID.randomUUID().toString();
          book.sending(id);
          try {
            send(InviteMessages.answer(invitation, kind, methods, id));
            done.complete(null);
          } catch (SmackException.NotConnectedException | InterruptedException e) {
            done.completeExceptionally(e);
          }
        });
    return done;
  }

  private void send(Message m) throws SmackException.NotConnectedException, InterruptedException {
    MessageBuilder b =
        MessageBuilder.buildMessage(m.id())
            .to(m.to())
            .ofType(org.jivesoftware.smack.packet.Message.Type.valueOf(m.effectiveType().xml()));
    if (m.body() != null) {
      b.setBody(m.body());
    }
    for (XmlElement payload : m.payloads()) {
      b.addExtension(ParleyExtension.of(payload, codecs));
    }
    connection.sendStanza(b.build());
  }

  private static String body(MeetingLink link, @Nullable String body) {
    if (body != null) {
      return body;
    }
    String uri = link.inviteUri();
    return InviteMessages.defaultBody(link.type(), link.desc(), uri == null ? "" : uri);
  }

  private static IllegalStateException noInvite(MeetingLink link) {
    return new IllegalStateException(link.service() + " returned no invite to forward");
  }

  // --- receiving -----------------------------------------------------------------------------

  private void received(Stanza stanza) {
    org.jivesoftware.smack.packet.Message smack = (org.jivesoftware.smack.packet.Message) stanza;
    serial.execute(() -> handle(SmackStanzas.message(smack, codecs)));
  }

  private void handle(Message m) {
    InviteBook.Event event = book.receive(m);
    if (event instanceof InviteBook.Invited invited) {
      dispatch(inviteListeners, invited.invite());
    } else if (event instanceof InviteBook.Answered answered) {
      dispatch(answerListeners, answered.answer());
    } else if (event instanceof InviteBook.Reflected reflected) {
      reflected(reflected);
    }
  }

  private void reflected(InviteBook.Reflected reflected) {
    PendingRoomInvite pending = reflections.remove(reflected.originId());
    if (pending == null) {
      return; // an answer of ours, or an invite whose wait timed out
    }
    if (reflected.stanzaId() == null) {
      pending
          .sent()
          .completeExceptionally(
              new IllegalStateException(
                  pending.room()
                      + " reflected the invite without an XEP-0359 stanza id ("
                      + StanzaId.NAMESPACE
                      + "): answers cannot refer to it"));
      return;
    }
    OutgoingInvite out =
        new OutgoingInvite(
            reflected.stanzaId(),
            pending.messageId(),
            pending.room(),
            Message.Type.GROUPCHAT,
            pending.invite(),
            pending.link(),
            this);
    book.sent(out);
    pending.sent().complete(out);
  }

  private static <T> void dispatch(List<Consumer<T>> listeners, T event) {
    for (Consumer<T> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a meetings listener failed on {}", event, e);
      }
    }
  }
}
