/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.client.internal.concurrent.SerialExecutor;
import dev.parley.client.smack.ParleyExtension;
import dev.parley.client.smack.ParleyIq;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.smack.SmackStanzas;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.sid.StanzaId;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.StanzaListener;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.filter.StanzaFilter;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.muc.MultiUserChatManager;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.parts.Resourcepart;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0483 meeting links and XEP-0482 call invites for one Smack connection: find the meeting
 * services of the user's server, ask one for a meeting, invite contacts and rooms, and receive
 * invites and answers.
 *
 * <pre>{@code
 * ParleySmack.install();                      // once, before connecting
 * connection.connect().login();
 * try (Meetings meetings = Meetings.builder(connection).types("jitsi").build()) {
 *   MeetingService service = meetings.findServices().join().get(0);
 *   MeetingLink link = meetings.request(service.jid(), MeetingQuery.of("jitsi")).join();
 *   OutgoingInvite sent = meetings.invite(link, JidCreate.entityBareFrom("bob@example.org")).join();
 * }
 * }</pre>
 *
 * <p><b>Threads.</b> Every listener runs, and every future this class returns completes, on the
 * session's serial executor: one at a time, in the order the stanzas arrived. (A dependent stage
 * added to a future that is already complete runs on the caller's thread, as always with {@code
 * CompletableFuture}.) Listeners must not block.
 *
 * <p><b>Rooms.</b> The session does not join rooms: join with Smack's {@code MultiUserChat}, then
 * {@link #inviteRoom}. XEP-0482 answers in a room refer to the room's XEP-0359 stanza id, so only
 * rooms that add stanza ids (Prosody with {@code mod_muc_mam}, ejabberd with MAM) can be invited
 * to.
 *
 * <p><b>Not handled.</b> Message Carbons (XEP-0280) and MAM (XEP-0313): answers sent by the user's
 * other clients, and invites fetched from an archive, are not seen by this session.
 */
public final class Meetings implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Meetings.class);
  private static final Set<String> INVITE_NAMESPACES =
      Set.of(CallInvites.NAMESPACE, CallInvites.DINO_NAMESPACE);

  private final XMPPConnection connection;
  private final CodecRegistry codecs;
  private final Executor serial;
  private final @Nullable ExecutorService ownExecutor;
  private final Duration reflectionTimeout;
  private final Set<String> advertised;
  private final ServiceFinder finder;
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

  private Meetings(Builder b) {
    this.connection = b.connection;
    this.codecs = ParleyCodecs.registry();
    this.ownExecutor =
        b.executor == null
            ? Executors.newSingleThreadExecutor(
                r -> {
                  Thread t = new Thread(r, "parley-meetings-" + b.connection.getUser());
                  t.setDaemon(true);
                  return t;
                })
            : null;
    this.serial = new SerialExecutor(b.executor != null ? b.executor : ownExecutor);
    this.reflectionTimeout =
        b.reflectionTimeout != null
            ? b.reflectionTimeout
            : Duration.ofMillis(b.connection.getReplyTimeout());
    this.finder = new ServiceFinder(connection, serial);
    MultiUserChatManager rooms = MultiUserChatManager.getInstanceFor(connection);
    this.book =
        new InviteBook(
            this::answer,
            b.clock,
            jid -> {
              EntityBareJid room = jid.asEntityBareJidIfPossible();
              Resourcepart nick = jid.getResourceOrNull();
              return room != null
                  && nick != null
                  && rooms.getJoinedRooms().contains(room)
                  && nick.equals(rooms.getMultiUserChat(room).getNickname());
            });
    ParleySmack.install();
    Set<String> features = new LinkedHashSet<>();
    features.add(OnlineMeetings.INVITE_FEATURE);
    b.types.forEach(t -> features.add(OnlineMeetings.typeFeature(t)));
    this.advertised = Set.copyOf(features);
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    features.forEach(disco::addFeature);
    StanzaFilter callInvites =
        stanza ->
            stanza instanceof org.jivesoftware.smack.packet.Message
                && stanza.getExtensions().stream()
                    .anyMatch(e -> INVITE_NAMESPACES.contains(e.getNamespace()));
    connection.addSyncStanzaListener(listener, callInvites);
  }

  /**
   * A session on this connection (logged in, or about to be); configure, then {@link
   * Builder#build()}.
   */
  public static Builder builder(XMPPConnection connection) {
    return new Builder(connection);
  }

  /** Sets up a session with the defaults: no meeting type advertised, an executor of its own. */
  public static Meetings of(XMPPConnection connection) {
    return builder(connection).build();
  }

  // --- meeting services ----------------------------------------------------------------------

  /**
   * The meeting services of the user's server: the server itself if it offers meetings, then each
   * service among its disco#items, in the server's order. Empty when there is none.
   */
  public CompletableFuture<List<MeetingService>> findServices() {
    return onSerial(finder.find());
  }

  /**
   * Asks a service for a meeting. Fails with {@link MeetingRequestException} when the service
   * refuses, with Smack's {@code NoResponseException} when it does not answer within the
   * connection's reply timeout, and with {@link ProtocolException} when it answers without a
   * meeting.
   */
  public CompletableFuture<MeetingLink> request(Jid service, MeetingQuery query) {
    ParleyIq iq = ParleyIq.request(IQ.Type.get, service, query, codecs);
    return onSerial(
        SmackAsync.iq(connection, iq, serial)
            .handle(
                (answer, failure) -> {
                  if (failure != null) {
                    throw new CompletionException(meetingFailure(service, failure));
                  }
                  MeetingResult result =
                      answer instanceof ParleyIq p ? p.payload(MeetingResult.class) : null;
                  if (result == null) {
                    throw new ProtocolException(
                        ProtocolException.Kind.INVALID,
                        service + " answered without a meeting: " + answer.toXML());
                  }
                  return new MeetingLink(service, query, result);
                }));
  }

  /** Asks a service for a meeting of this type, optionally with an id and a description. */
  public CompletableFuture<MeetingLink> request(
      Jid service, String type, @Nullable String id, @Nullable String desc) {
    return request(service, MeetingQuery.of(type, id, desc));
  }

  private static Throwable meetingFailure(Jid service, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ce ? ce.getCause() : failure;
    if (cause instanceof XMPPException.XMPPErrorException error) {
      return new MeetingRequestException(
          service, SmackStanzas.error(error.getStanzaError(), ParleyCodecs.registry()));
    }
    return cause;
  }

  // --- invites -------------------------------------------------------------------------------

  /** Invites a contact ({@code chat}) to the meeting, with the default body. */
  public CompletableFuture<OutgoingInvite> invite(MeetingLink link, EntityBareJid contact) {
    return invite(link, contact, null);
  }

  /**
   * Invites a contact ({@code chat}) to the meeting. The future completes once Smack has taken the
   * message; the invite's id is the message id.
   *
   * @param body the human-readable fallback, or {@code null} for one naming the meeting and its URL
   */
  public CompletableFuture<OutgoingInvite> invite(
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
              new OutgoingInvite(id, id, contact, Message.Type.CHAT, invite, link, this::answer);
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

  /** Invites a room ({@code groupchat}) we have joined, with the default body. */
  public CompletableFuture<OutgoingInvite> inviteRoom(MeetingLink link, EntityBareJid room) {
    return inviteRoom(link, room, null);
  }

  /**
   * Invites a room ({@code groupchat}) we have joined. The future completes when the room has
   * reflected the invite back with its XEP-0359 stanza id (the id answers will refer to). It fails
   * with {@link IllegalStateException} before sending when the room does not advertise {@code
   * urn:xmpp:sid:0}, and after sending when the reflection carries no stanza id (Prosody 0.12
   * advertises the feature in every room, also in those whose archiving is off, where it adds
   * none); with {@link TimeoutException} when no reflection comes.
   */
  public CompletableFuture<OutgoingInvite> inviteRoom(
      MeetingLink link, EntityBareJid room, @Nullable String body) {
    CompletableFuture<OutgoingInvite> sent = new CompletableFuture<>();
    Invite invite = link.invitation();
    if (invite == null) {
      sent.completeExceptionally(noInvite(link));
      return sent;
    }
    DiscoverInfo request = DiscoverInfo.builder(connection).to(room).ofType(IQ.Type.get).build();
    SmackAsync.iq(connection, request, serial)
        .whenComplete(
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
                sendToRoom(
                    new PendingRoomInvite(UUID.randomUUID().toString(), room, invite, link, sent),
                    body);
              }
            });
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
                            pending.room()
                                + " did not reflect the invite within "
                                + reflectionTimeout));
              }
            });
  }

  /** Listens for invites; close the registration to stop. */
  public AutoCloseable onInvite(Consumer<IncomingInvite> listener) {
    inviteListeners.add(requireNonNull(listener, "listener"));
    return () -> inviteListeners.remove(listener);
  }

  /** Listens for answers (and retractions); close the registration to stop. */
  public AutoCloseable onAnswer(Consumer<InviteAnswer> listener) {
    answerListeners.add(requireNonNull(listener, "listener"));
    return () -> answerListeners.remove(listener);
  }

  /**
   * Stops listening and withdraws the disco features; invites still waiting for a room's reflection
   * fail. The connection stays open.
   */
  @Override
  public void close() {
    connection.removeSyncStanzaListener(listener);
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    advertised.forEach(disco::removeFeature);
    inviteListeners.clear();
    answerListeners.clear();
    serial.execute(
        () -> {
          for (PendingRoomInvite p : reflections.values()) {
            p.sent().completeExceptionally(new IllegalStateException("the session was closed"));
          }
          reflections.clear();
        });
    if (ownExecutor != null) {
      ownExecutor.shutdown();
    }
  }

  // --- internals -----------------------------------------------------------------------------

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
      PendingRoomInvite pending = reflections.remove(reflected.originId());
      if (pending == null) {
        return;
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
              this::answer);
      book.sent(out);
      pending.sent().complete(out);
    }
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

  private CompletableFuture<Void> answer(
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
      ExtensionElement e = ParleyExtension.of(payload, codecs);
      b.addExtension(e);
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

  private <T> CompletableFuture<T> onSerial(CompletableFuture<T> inner) {
    CompletableFuture<T> out = new CompletableFuture<>();
    inner.whenComplete(
        (value, failure) ->
            serial.execute(
                () -> {
                  if (failure != null) {
                    out.completeExceptionally(
                        failure instanceof CompletionException ce && ce.getCause() != null
                            ? ce.getCause()
                            : failure);
                  } else {
                    out.complete(value);
                  }
                }));
    return out;
  }

  /** Configures a {@link Meetings} session. */
  public static final class Builder {
    private final XMPPConnection connection;
    private final List<String> types = new ArrayList<>();
    private @Nullable Executor executor;
    private Clock clock = Clock.systemUTC();
    private @Nullable Duration reflectionTimeout;

    private Builder(XMPPConnection connection) {
      this.connection = requireNonNull(connection, "connection");
    }

    /**
     * The meeting types the application can join, advertised with {@code
     * urn:xmpp:http:online-meetings:invite:0} (XEP-0483 § 3.2) so that inviters know; none by
     * default. An application that opens any meeting URL in a browser supports every type.
     */
    public Builder types(String... meetingTypes) {
      for (String t : meetingTypes) {
        OnlineMeetings.typeFeature(t); // refuses an empty type now rather than later
        types.add(t);
      }
      return this;
    }

    /**
     * Where the session's serial executor runs its tasks (the application's thread pool…); by
     * default a daemon thread of its own, stopped by {@link Meetings#close()}.
     */
    public Builder executor(Executor executor) {
      this.executor = requireNonNull(executor, "executor");
      return this;
    }

    /** The clock for {@link IncomingInvite#receivedAt()}. */
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** How long a room may take to reflect an invite; the connection's reply timeout by default. */
    public Builder reflectionTimeout(Duration timeout) {
      this.reflectionTimeout = requireNonNull(timeout, "timeout");
      return this;
    }

    public Meetings build() {
      return new Meetings(this);
    }
  }
}
