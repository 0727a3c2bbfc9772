/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.client.internal.concurrent.SerialExecutor;
import dev.parley.client.smack.ParleyIq;
import dev.parley.client.smack.ParleyProviders;
import dev.parley.client.smack.ParleySmack;
import dev.parley.jingle.IdGenerator;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.mediajingle.IceServers;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityFullJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jingle audio calls for one logged-in Smack connection: place calls, receive them, and follow the
 * conference a focus describes.
 *
 * <pre>{@code
 * ParleySmack.install();                                  // once, before connecting
 * connection.connect().login();
 * try (MediaEngine engine = MediaEngine.start(MediaConfig.defaults());
 *     Calls calls = Calls.of(connection, engine, CallOptions.DEFAULT)) {
 *   calls.onIncoming(in -> in.accept(Audio.silence(), Audio.discard()));
 *   Call call = calls.call(JidCreate.from("room@parley.example.org"),
 *       Audio.tone(440), Audio.recorder(Duration.ofMinutes(1))).get(30, SECONDS);
 *   call.conference().onEvent(event -> System.err.println(event));
 *   ...
 *   call.hangUp().get();
 * }
 * }</pre>
 *
 * <p><b>Placing a call.</b> To a bare JID (a contact, a Parley room): XEP-0353 {@code propose},
 * then the session-initiate to the device that proceeds. To a full JID, or with {@code
 * propose=false}: a session-initiate directly (a component such as a Parley room also takes one on
 * its bare JID). The media engine's address is the one candidates carry: a call between two
 * machines needs an engine bound to an address the peer can reach ({@code MediaConfig}).
 *
 * <p><b>Receiving.</b> With at least one {@link #onIncoming} listener, proposals ring (we answer
 * {@code <ringing/>}) and direct session-initiates ring (XEP-0167 ringing). Without one, proposals
 * are left to the user's other devices and direct session-initiates are declined. Nothing is
 * accepted without the application's say.
 *
 * <p><b>Media.</b> WebRTC (ICE-UDP, DTLS-SRTP, Opus) or raw-UDP G.711, per {@link
 * CallOptions#transport()} for the calls we place ({@link CallTransport#AUTO} by default: WebRTC to
 * devices that advertise ICE-UDP and DTLS); calls we receive are answered in the transport they
 * were offered in. A WebRTC call trickles candidates both ways, follows the peer's ICE restarts,
 * becomes active once ICE and DTLS are done, and ends with {@code failed-transport} or {@code
 * security-error} when they fail; it never falls back to plain RTP.
 *
 * <p><b>Discovery.</b> The session advertises Jingle ({@code urn:xmpp:jingle:1}), RTP audio,
 * raw-UDP, ICE-UDP, DTLS-SRTP, grouping (BUNDLE), RTP header extensions, XEP-0353, XEP-0251 and
 * XEP-0298 in both spellings ({@code urn:xmpp:coin:1}, {@code urn:xmpp:coin}) through Smack's
 * {@code ServiceDiscoveryManager} (hence in its XEP-0115 caps), so that Conversations and Dino
 * offer us WebRTC and a focus knows to send partial conference documents; {@link #close()}
 * withdraws them.
 *
 * <p><b>Threads.</b> Listeners run, and futures complete, on the session's serial executor, one at
 * a time in the order stanzas arrived (as with {@code Meetings}); they must not block. Media runs
 * on the engine's threads.
 *
 * <p><b>Transfer</b> (XEP-0251, {@code urn:xmpp:jingle:transfer:0}, advertised): as attendant
 * {@link Call#transfer} and {@link Call#transferAttended}; as transferee per {@link
 * CallOptions#transferPolicy()}, announced with {@link CallEvent.Transferring}; as target, an
 * attended transfer's session replaces ours without ringing ({@link CallEvent.Replaced}).
 *
 * <p><b>STUN and TURN.</b> A WebRTC call's ICE leg uses the engine's configured STUN and TURN
 * servers ({@code MediaConfig.withIce}), then, unless {@link CallOptions#iceDiscovery()} is off,
 * those the user's own server announces through XEP-0215 with the credentials it issues (asked when
 * the session starts and whenever its answer is stale; a call we place waits at most {@link
 * CallOptions#iceDiscoveryTimeout()} for it). {@link #iceServers()} says what was found.
 *
 * <p><b>Not handled.</b> Our own ICE restarts (only the peer's are followed), video, content-add,
 * transport-replace (both declined), and Carbons/MAM for XEP-0353 (a proposal seen by another
 * client of ours is not seen here).
 */
public final class Calls implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  /** What {@link Calls} advertises in service discovery. */
  public static final List<String> FEATURES =
      List.of(
          Jingle.NAMESPACE,
          RtpDescription.NAMESPACE,
          RtpDescription.AUDIO_FEATURE,
          RawUdpTransport.NAMESPACE,
          IceUdpTransport.NAMESPACE,
          Fingerprint.NAMESPACE,
          Group.NAMESPACE,
          RtpHeaderExtension.NAMESPACE,
          JmiMessage.NAMESPACE,
          Coin.FEATURE,
          Coin.FEATURE_LEGACY,
          Transfer.FEATURE);

  private final XMPPConnection connection;
  private final Switchboard board;
  private final Signalling signalling;
  private final SerialExecutor serial;
  private final @Nullable IceDiscovery discovery;
  private final @Nullable ScheduledExecutorService ownScheduler;
  private final List<String> added = new ArrayList<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  private Calls(XMPPConnection connection, MediaEngine engine, CallOptions options) {
    this.connection = connection;
    EntityFullJid self = connection.getUser();
    if (self == null) {
      throw new IllegalStateException("log in before setting up calls");
    }
    ScheduledExecutorService scheduler = options.scheduler();
    this.ownScheduler =
        scheduler == null
            ? Executors.newSingleThreadScheduledExecutor(
                r -> {
                  Thread t = new Thread(r, "parley-calls-" + self);
                  t.setDaemon(true);
                  return t;
                })
            : null;
    ScheduledExecutorService timers = scheduler != null ? scheduler : ownScheduler;
    SerialExecutor serial = new SerialExecutor(timers);
    this.serial = serial;
    this.discovery =
        options.iceDiscovery()
            ? new IceDiscovery(
                extdisco(connection),
                serial,
                (task, delay) -> schedule(timers, task, delay),
                options.clock(),
                options.iceDiscoveryTimeout())
            : null;
    this.board =
        new Switchboard(
            serial,
            timers,
            engine,
            options,
            IdGenerator.uuids(new SecureRandom()),
            self,
            discovery);
    ParleySmack.install();
    ParleyProviders.registerCalls();
    this.signalling = new Signalling(connection, ParleyCodecs.registry(), serial, board);
    board.attach(signalling);
    signalling.start();
    if (discovery != null) {
      serial.execute(discovery::refresh); // the first call need not wait
    }
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    for (String f : FEATURES) {
      if (!disco.includesFeature(f)) {
        disco.addFeature(f);
        added.add(f);
      }
    }
  }

  /**
   * Sets up calls on a logged-in connection, with media from {@code engine} (which the application
   * owns and closes after this session).
   */
  public static Calls of(XMPPConnection connection, MediaEngine engine, CallOptions options) {
    return new Calls(
        requireNonNull(connection, "connection"),
        requireNonNull(engine, "engine"),
        requireNonNull(options, "options"));
  }

  /**
   * Calls {@code peer}: with XEP-0353 when it is a bare JID, directly when it is a full JID. See
   * {@link #call(Jid, AudioSource, AudioSink, boolean)}.
   */
  public CompletableFuture<Call> call(Jid peer, AudioSource source, AudioSink sink) {
    return call(peer, source, sink, !peer.hasResource());
  }

  /**
   * Calls {@code peer}, sending what {@code source} produces and playing what the peer sends into
   * {@code sink}. Completes with the call once the peer accepted and media flows; fails with {@link
   * CallFailedException} when it is rejected, not answered within {@link
   * CallOptions#ringTimeout()}, refused, unreachable, or its media cannot be set up. Cancelling the
   * future before it completes hangs up.
   *
   * @param propose whether to propose the call with XEP-0353 (to {@code peer}'s bare JID) rather
   *     than send the session-initiate to {@code peer} directly
   */
  public CompletableFuture<Call> call(
      Jid peer, AudioSource source, AudioSink sink, boolean propose) {
    requireNonNull(peer, "peer");
    requireNonNull(source, "source");
    requireNonNull(sink, "sink");
    return placed(() -> board.place(peer, source, sink, propose));
  }

  /** What places a call, on the serial executor. */
  private interface Placing {
    Call place() throws CallFailedException;
  }

  private CompletableFuture<Call> placed(Placing placing) {
    CompletableFuture<Call> result = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              Call call;
              try {
                call = placing.place();
              } catch (CallFailedException e) {
                result.completeExceptionally(e);
                return;
              }
              result.whenComplete(
                  (c, failure) -> {
                    if (result.isCancelled()) {
                      call.hangUp(Reason.of(ReasonCondition.CANCEL));
                    }
                  });
              call.established()
                  .whenComplete(
                      (c, failure) -> {
                        if (failure != null) {
                          result.completeExceptionally(failure);
                        } else {
                          result.complete(c);
                        }
                      });
            });
    return result;
  }

  /**
   * Calls {@code peer} with media the application handles: see {@link ExternalMedia}. Otherwise as
   * {@link #call(Jid, AudioSource, AudioSink, boolean)}: the future completes when the peer
   * accepted, and {@code media.peer()} then says where to send.
   */
  public CompletableFuture<Call> call(Jid peer, ExternalMedia media, boolean propose) {
    requireNonNull(peer, "peer");
    requireNonNull(media, "media");
    return placed(() -> board.place(peer, media, propose));
  }

  /**
   * The STUN and TURN servers of the user's own server (XEP-0215) that a WebRTC call placed now
   * would use beside the engine's configured ones: asked again if the answer is stale, waiting up
   * to {@link CallOptions#iceDiscoveryTimeout()}. {@link IceServers#NONE} when {@link
   * CallOptions#iceDiscovery()} is off or the server has none; {@link IceServers#skipped()} says
   * which services cannot be used and why.
   */
  public CompletableFuture<IceServers> iceServers() {
    CompletableFuture<IceServers> servers = new CompletableFuture<>();
    IceDiscovery d = discovery;
    if (d == null) {
      servers.complete(IceServers.NONE);
      return servers;
    }
    serial.execute(() -> d.whenReady(() -> servers.complete(d.servers())));
    return servers;
  }

  /** Asks the user's server (its domain) with an IQ get, through Smack. */
  private static IceDiscovery.Server extdisco(XMPPConnection connection) {
    return request -> {
      CompletableFuture<XmlElement> answer = new CompletableFuture<>();
      connection
          .sendIqRequestAsync(ParleyIq.get(connection.getXMPPServiceDomain(), request))
          .onSuccess(
              result -> {
                if (result instanceof ParleyIq p && p.problem() == null) {
                  answer.complete(p.payload());
                } else {
                  answer.completeExceptionally(
                      new IllegalStateException(
                          "unreadable answer: "
                              + (result instanceof ParleyIq p ? p.problem() : result)));
                }
              })
          .onError(answer::completeExceptionally);
      return answer;
    };
  }

  private static void schedule(ScheduledExecutorService timers, Runnable task, Duration delay) {
    try {
      timers.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException closed) {
      // the session is closed: nothing waits any more
    }
  }

  /** Listens for incoming calls; close the registration to stop. */
  public AutoCloseable onIncoming(Consumer<IncomingCall> listener) {
    requireNonNull(listener, "listener");
    return board.onIncoming(listener);
  }

  /** The calls under way (placed, accepted or active), on the serial executor. */
  public CompletableFuture<List<Call>> calls() {
    CompletableFuture<List<Call>> all = new CompletableFuture<>();
    board.serial().execute(() -> all.complete(List.copyOf(board.calls())));
    return all;
  }

  /** The live Jingle sessions, on the serial executor: for leak checks in tests. */
  CompletableFuture<Integer> sessionCount() {
    CompletableFuture<Integer> n = new CompletableFuture<>();
    board.serial().execute(() -> n.complete(board.sessionCount()));
    return n;
  }

  /**
   * Hangs up every call (and declines every ringing one with {@code busy}), stops listening and
   * withdraws the disco features. The connection and the media engine stay open. Closing again does
   * nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return; // closed already
    }
    CompletableFuture<Void> done = new CompletableFuture<>();
    board
        .serial()
        .execute(
            () -> {
              board.close();
              done.complete(null);
            });
    try {
      done.get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("calls did not all hang up", e);
    }
    signalling.stop();
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(connection);
    added.forEach(disco::removeFeature);
    if (ownScheduler != null) {
      ownScheduler.shutdown();
    }
  }
}
