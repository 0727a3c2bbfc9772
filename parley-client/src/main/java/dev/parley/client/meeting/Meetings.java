/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.client.internal.concurrent.SerialExecutor;
import dev.parley.client.smack.ParleyIq;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.smack.SmackStanzas;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ProtocolException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;

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
  private final XMPPConnection connection;
  private final CodecRegistry codecs;
  private final Executor serial;
  private final @Nullable ExecutorService ownExecutor;
  private final Set<String> advertised;
  private final ServiceFinder finder;
  private final InviteSession invites;

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
    this.finder = new ServiceFinder(connection, serial);
    this.invites =
        new InviteSession(
            connection,
            codecs,
            serial,
            b.clock,
            b.reflectionTimeout != null
                ? b.reflectionTimeout
                : Duration.ofMillis(connection.getReplyTimeout()));
    ParleySmack.install();
    Set<String> features = new LinkedHashSet<>();
    features.add(OnlineMeetings.INVITE_FEATURE);
    b.types.forEach(t -> features.add(OnlineMeetings.typeFeature(t)));
    this.advertised = Set.copyOf(features);
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    features.forEach(disco::addFeature);
    invites.start();
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

  private Throwable meetingFailure(Jid service, Throwable failure) {
    Throwable cause = failure instanceof CompletionException ce ? ce.getCause() : failure;
    if (cause instanceof XMPPException.XMPPErrorException error) {
      return new MeetingRequestException(
          service, SmackStanzas.error(error.getStanzaError(), codecs));
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
   * message; the invite's id is the message id. Fails with {@link IllegalStateException} when the
   * service returned no invite to forward.
   *
   * @param body the human-readable fallback, or {@code null} for one naming the meeting and its URL
   */
  public CompletableFuture<OutgoingInvite> invite(
      MeetingLink link, EntityBareJid contact, @Nullable String body) {
    return invites.invite(link, contact, body);
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
   * none); with {@link java.util.concurrent.TimeoutException} when no reflection comes.
   */
  public CompletableFuture<OutgoingInvite> inviteRoom(
      MeetingLink link, EntityBareJid room, @Nullable String body) {
    return invites.inviteRoom(link, room, body);
  }

  /** Listens for invites; close the registration to stop. */
  public AutoCloseable onInvite(Consumer<IncomingInvite> listener) {
    return invites.onInvite(requireNonNull(listener, "listener"));
  }

  /** Listens for answers (and retractions); close the registration to stop. */
  public AutoCloseable onAnswer(Consumer<InviteAnswer> listener) {
    return invites.onAnswer(requireNonNull(listener, "listener"));
  }

  /**
   * Stops listening and withdraws the disco features; invites still waiting for a room's reflection
   * fail. The connection stays open.
   */
  @Override
  public void close() {
    invites.close();
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    advertised.forEach(disco::removeFeature);
    if (ownExecutor != null) {
      ownExecutor.shutdown();
    }
  }

  /** Relays a future's outcome through the serial executor, so dependents run there. */
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
