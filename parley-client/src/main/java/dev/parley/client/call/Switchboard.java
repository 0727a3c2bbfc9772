/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.coin.FocusMarker;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiCall;
import dev.parley.jingle.jmi.JmiEvent;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.Admission;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.media.CodecSpec;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.PhoneOptions;
import dev.parley.media.RoomEvent;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.mediajingle.IceMapping;
import dev.parley.mediajingle.IceServers;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The calls of one connection, on its serial executor: routes what {@link Signalling} receives
 * through the session registry and the XEP-0353 state machine to the {@link Call}s and {@link
 * IncomingCall}s, and sends what they produce. Not thread-safe: every method but the constructor
 * runs on the serial executor.
 */
final class Switchboard implements Signalling.Inbox {
  private static final Logger LOG = LoggerFactory.getLogger(Switchboard.class);

  private final Executor serial;
  private final ScheduledExecutorService timers;
  private final MediaEngine engine;
  private final CallOptions options;
  private final IdGenerator ids;
  private final Jid self;
  private final JingleSessions sessions;
  private final Jmi jmi;
  private @Nullable Signalling signalling;
  private final Map<SessionKey, Call> bySession = new HashMap<>();
  private final Map<String, Call> byProposal = new HashMap<>();
  private final Map<String, IncomingCall> proposals = new HashMap<>();
  private final Map<SessionKey, IncomingCall> initiates = new HashMap<>();
  private final List<Consumer<IncomingCall>> incomingListeners = new CopyOnWriteArrayList<>();
  private final CallTransfers transfers = new CallTransfers(this);
  private final @Nullable IceDiscovery discovery;

  /**
   * @param discovery the user's server's STUN and TURN services for WebRTC calls, or null for none
   *     ({@link CallOptions#iceDiscovery()} off)
   */
  Switchboard(
      Executor serial,
      ScheduledExecutorService timers,
      MediaEngine engine,
      CallOptions options,
      IdGenerator ids,
      Jid self,
      @Nullable IceDiscovery discovery) {
    this.discovery = discovery;
    this.serial = serial;
    this.timers = timers;
    this.engine = engine;
    this.options = options;
    this.ids = ids;
    this.self = self;
    // Transfer requests are understood: CallTransfers answers them (XEP-0251).
    this.sessions =
        new JingleSessions(
            ids,
            options.clock(),
            SessionOptions.DEFAULT.withTransfer(),
            Admission.ALL,
            JingleSessions.DEFAULT_RETENTION);
    this.jmi =
        new Jmi(self, ids, JmiOptions.DEFAULT.withAcceptToOwnBareJid(options.acceptToOwnBareJid()));
  }

  void attach(Signalling s) {
    this.signalling = s;
  }

  Executor serial() {
    return serial;
  }

  CallOptions options() {
    return options;
  }

  CallTransfers transfers() {
    return transfers;
  }

  IdGenerator ids() {
    return ids;
  }

  /** The number of live Jingle sessions (for leak checks). */
  int sessionCount() {
    return sessions.size();
  }

  /** The live session of a call. */
  Optional<JingleSession> session(Call call) {
    SessionKey key = call.key();
    return key == null ? Optional.empty() : sessions.get(key);
  }

  /** Runs {@code task} on the serial executor after {@code delay}. */
  ScheduledFuture<?> schedule(Duration delay, Runnable task) {
    return timers.schedule(() -> serial.execute(task), delay.toMillis(), TimeUnit.MILLISECONDS);
  }

  boolean inRoster(Jid jid) {
    Signalling s = signalling;
    return s != null && s.inRoster(jid);
  }

  /** Whether {@code jid} advertises XEP-0251, on the serial executor ({@code null}: unknown). */
  void supportsTransfer(Jid jid, Consumer<@Nullable Boolean> answer) {
    Signalling s = signalling;
    if (s == null) {
      answer.accept(null);
    } else {
      s.supports(jid, Transfer.FEATURE, answer);
    }
  }

  AutoCloseable onIncoming(Consumer<IncomingCall> listener) {
    incomingListeners.add(listener);
    return () -> incomingListeners.remove(listener);
  }

  List<Call> calls() {
    List<Call> all = new ArrayList<>(bySession.values());
    byProposal.values().stream().filter(c -> !all.contains(c)).forEach(all::add);
    return all;
  }

  // --- placing calls ----------------------------------------------------------------------------

  /** Places a call; its {@link Call#established()} says how the set-up ends. */
  Call place(Jid peer, AudioSource source, AudioSink sink, boolean propose)
      throws CallFailedException {
    return place(peer, new AudioHandover(source, sink).first(), propose, extras());
  }

  /**
   * Places the transferee's call to the target (XEP-0251 § 2 step 3, § 3 step 4) on a successor
   * lease of the old call's audio, with {@code referral} after the contents: directly to a full
   * JID, so that a replacing target sees it before anything rings; proposed (XEP-0353) to a bare
   * JID, whose devices ring before the session-initiate carries the referral.
   */
  Call placeTransfer(Jid target, AudioHandover.Lease lease, Transfer referral)
      throws CallFailedException {
    List<XmlElement> withReferral = new ArrayList<>(extras());
    withReferral.add(referral);
    return place(target, lease, !target.hasResource(), withReferral);
  }

  private Call place(Jid peer, AudioHandover.Lease lease, boolean propose, List<XmlElement> extras)
      throws CallFailedException {
    return place(peer, phone(lease), lease, propose, extras);
  }

  /**
   * Places a call with media the application handles. Its audio lease is silence: if the peer
   * transfers it (XEP-0251), the call to the target is an SDK phone that sends silence and discards
   * what it hears, since the application's stack is bound to this call's addresses.
   */
  Call place(Jid peer, ExternalMedia media, boolean propose) {
    AudioHandover.Lease silent = new AudioHandover(Audio.silence(), Audio.discard()).first();
    return place(peer, media.asCallMedia(), silent, propose, extras());
  }

  private Call place(
      Jid peer,
      CallMedia phone,
      AudioHandover.Lease lease,
      boolean propose,
      List<XmlElement> extras) {
    signalling().ifPresent(s -> s.presenceTo(peer.asBareJid()));
    Call call;
    if (propose) {
      JmiOutcome out =
          jmi.propose(
              peer.asBareJid(),
              List.of(RtpDescription.ofMedia("audio")),
              options.clock().instant());
      String id = out.messages().get(0).payload(Propose.class).orElseThrow().id();
      call = new Call(this, true, id, peer.asBareJid(), phone, lease, extras, CallState.PROPOSING);
      byProposal.put(id, call);
      send(out);
    } else {
      call = new Call(this, true, null, peer, phone, lease, extras, CallState.CONNECTING);
      initiate(call, peer, null);
    }
    timers.schedule(
        () -> serial.execute(call::ringTimedOut),
        options.ringTimeout().toMillis(),
        TimeUnit.MILLISECONDS);
    return call;
  }

  /**
   * Sends our session-initiate to {@code device} ({@code sid}: the XEP-0353 proposal's, or null for
   * a fresh one) in the call's transport: for {@link CallTransport#AUTO}, after asking the device
   * whether it takes WebRTC (its caps, else disco#info).
   */
  private void initiate(Call call, Jid device, @Nullable String sid) {
    CallTransport transport =
        call.media().rawUdpOnly() ? CallTransport.RAW_UDP : options.transport();
    Signalling s = signalling;
    if (transport != CallTransport.AUTO || s == null) {
      initiate(call, device, sid, transport == CallTransport.WEBRTC);
      return;
    }
    s.supportsAll(
        device,
        WEBRTC_FEATURES,
        webrtc -> {
          if (call.state() != CallState.ENDED) {
            initiate(call, device, sid, Boolean.TRUE.equals(webrtc));
          }
        });
  }

  /** What a device must advertise to be offered WebRTC media under {@link CallTransport#AUTO}. */
  static final List<String> WEBRTC_FEATURES =
      List.of(IceUdpTransport.NAMESPACE, Fingerprint.NAMESPACE);

  /**
   * Sends the session-initiate; a WebRTC one once the server's STUN and TURN services are known, or
   * after {@link CallOptions#iceDiscoveryTimeout()} without them.
   */
  private void initiate(Call call, Jid device, @Nullable String sid, boolean webrtc) {
    IceDiscovery d = discovery;
    if (!webrtc || d == null) {
      offer(call, device, sid, webrtc);
      return;
    }
    d.whenReady(
        () -> {
          if (call.state() != CallState.ENDED) {
            offer(call, device, sid, true);
          }
        });
  }

  private void offer(Call call, Jid device, @Nullable String sid, boolean webrtc) {
    MediaOffer offer;
    try {
      offer = call.media().offer(webrtc);
    } catch (MediaException e) {
      call.fail(CallFailedException.Kind.MEDIA, "media: " + e.getMessage(), reason(e), null);
      call.end(new CallEnd(reason(e), false));
      return;
    }
    List<XmlElement> extras = new ArrayList<>(call.extras());
    Content content;
    IceParameters ice = offer.ice();
    if (webrtc && ice != null) {
      content = IceMapping.offer(JingleMedia.CONTENT, offer, ids);
      extras.add(0, Group.bundle(List.of(JingleMedia.CONTENT)));
      call.ice(
          new CallIce(
              Creator.INITIATOR,
              JingleMedia.CONTENT,
              ice,
              offer.dtls(),
              requireNonNull(offer.rtp(), "the phone has a socket"),
              null));
    } else {
      content = JingleMedia.offer(offer, ids);
    }
    started(
        call,
        sid == null
            ? sessions.initiate(self, device, List.of(content), extras)
            : sessions.initiate(self, device, sid, List.of(content), extras));
  }

  private List<XmlElement> extras() {
    return options.focus() ? FocusMarker.extras(true) : List.of();
  }

  private void started(Call call, Sent sent) {
    SessionKey key = SessionKey.of(sent.session());
    bySession.put(key, call);
    call.initiated(key);
    request(sent.request());
  }

  // --- answering calls --------------------------------------------------------------------------

  CompletableFuture<Call> accept(IncomingCall incoming, AudioSource source, AudioSink sink) {
    AudioHandover.Lease lease = new AudioHandover(source, sink).first();
    CallMedia phone = phone(lease);
    if (incoming.isProposed()) {
      proposals.remove(incoming.id());
      Call call =
          new Call(
              this,
              false,
              incoming.id(),
              incoming.from(),
              phone,
              lease,
              List.of(),
              CallState.CONNECTING);
      byProposal.put(incoming.id(), call);
      send(jmi.proceed(incoming.id()));
      timers.schedule(
          () -> serial.execute(call::ringTimedOut),
          options.ringTimeout().toMillis(),
          TimeUnit.MILLISECONDS);
      return call.established();
    }
    SessionKey key = new SessionKey(incoming.from(), incoming.id());
    initiates.remove(key);
    Call call =
        new Call(this, false, null, incoming.from(), phone, lease, List.of(), CallState.CONNECTING);
    call.referredBy(incoming.referredBy().orElse(null));
    bySession.put(key, call);
    answer(call, key, incoming.isFocus(), incoming.offer());
    call.media().addRemoteCandidates(incoming.trickled());
    return call.established();
  }

  /** Answers a session-initiate with the phone's answer, or ends the call with the reason. */
  private void answer(Call call, SessionKey key, boolean focus, JingleMedia.@Nullable Offer offer) {
    call.answering(key, focus);
    if (offer == null) {
      call.hangUpNow(Reason.of(ReasonCondition.FAILED_APPLICATION));
      return;
    }
    MediaAnswer media;
    try {
      media = call.media().answer(offer.media());
    } catch (MediaException e) {
      call.fail(CallFailedException.Kind.MEDIA, e.getMessage(), reason(e), null);
      call.hangUpNow(reason(e));
      return;
    }
    List<XmlElement> extras = new ArrayList<>(extras());
    Content answer;
    IceParameters ice = media.ice();
    if (offer.webrtc() && ice != null) {
      answer = IceMapping.answer(offer.content(), offer.agreed(), media, engine.cname(), ids);
      IceMapping.bundle(Optional.ofNullable(offer.bundle()), offer.content().name())
          .ifPresent(g -> extras.add(0, g));
      call.ice(
          new CallIce(
              offer.content().effectiveCreator(),
              offer.content().name(),
              ice,
              media.dtls(),
              media.rtp(),
              requireNonNull(offer.media().ice()).ufrag()));
    } else {
      answer = JingleMedia.answer(offer, media, ids);
    }
    call.accepting(command(key, (s, id) -> s.accept(id, List.of(answer), extras)));
  }

  void reject(IncomingCall incoming, Reason reason) {
    if (incoming.isProposed()) {
      proposals.remove(incoming.id());
      if (jmi.call(incoming.id()).map(c -> c.state() == JmiCall.State.PROPOSED).orElse(false)) {
        send(jmi.reject(incoming.id(), reason, options.clock().instant()));
      }
    } else {
      SessionKey key = new SessionKey(incoming.from(), incoming.id());
      initiates.remove(key);
      if (sessions.get(key).isPresent()) {
        command(key, (s, id) -> s.terminate(id, reason));
      }
    }
  }

  // --- used by calls ----------------------------------------------------------------------------

  /** Runs a command on a live session and sends its request; returns the request's IQ id. */
  String command(SessionKey key, JingleSessions.Command command) {
    return command(key, command, null);
  }

  /** {@link #command(SessionKey, JingleSessions.Command)} with its own answer timeout. */
  String command(SessionKey key, JingleSessions.Command command, @Nullable Duration timeout) {
    Sent sent = sessions.execute(key, command);
    Signalling s = signalling;
    if (s != null) {
      s.request(sent.request(), timeout);
    }
    return requireId(sent.request());
  }

  /** Ends whatever of the call is on the wire: the session, the proposal, the XEP-0353 call. */
  void terminate(Call call, Reason reason) {
    SessionKey key = call.key();
    if (key != null && sessions.get(key).isPresent()) {
      command(key, (s, id) -> s.terminate(id, reason));
    }
    String proposal = call.proposal();
    JmiCall c = proposal == null ? null : jmi.call(proposal).orElse(null);
    if (c != null && c.state() == JmiCall.State.PROPOSED && c.isCaller()) {
      send(jmi.retract(c.id(), Reason.of(ReasonCondition.CANCEL, reason.text()), now()));
    }
  }

  /** The call ended: forget it; an accepted XEP-0353 call is finished (§ 3.7). */
  void forget(Call call, Reason reason) {
    SessionKey key = call.key();
    if (key != null) {
      bySession.remove(key);
    }
    String proposal = call.proposal();
    if (proposal != null) {
      byProposal.remove(proposal);
      JmiCall c = jmi.call(proposal).orElse(null);
      if (c != null && c.state() == JmiCall.State.PROCEEDED && c.device() != null) {
        ReasonCondition done =
            reason.condition() == ReasonCondition.CONNECTIVITY_ERROR
                ? ReasonCondition.CONNECTIVITY_ERROR
                : ReasonCondition.SUCCESS;
        send(jmi.finish(proposal, Reason.of(done), now()));
      }
    }
  }

  // --- Signalling.Inbox -------------------------------------------------------------------------

  @Override
  public void request(Iq iq, Consumer<Iq> reply) {
    Received r = sessions.receive(iq);
    JingleSession session = r.session();
    Call call = session == null ? null : bySession.get(SessionKey.of(session));
    for (SessionEvent e : r.events()) {
      if (e instanceof SessionEvent.TransferRequested t && session != null) {
        // The session layer acknowledged the request; the transfer machine answers it instead
        // (at once, or after the application decides). Other payloads of the same session-info
        // (none in practice) are still reported below.
        if (call != null) {
          transfers.requested(call, session, iq, t.transfer(), reply);
        } else {
          reply.accept(iq.error(TransferReasons.unacceptableNow()));
        }
        dispatch(withoutTransfer(r));
        return;
      }
    }
    if (r.reply() != null) {
      reply.accept(r.reply());
    }
    dispatch(r);
  }

  private static Received withoutTransfer(Received r) {
    List<SessionEvent> rest = new ArrayList<>(r.events());
    rest.removeIf(e -> e instanceof SessionEvent.TransferRequested);
    return new Received(null, r.session(), rest);
  }

  @Override
  public void answer(Iq answer) {
    dispatch(sessions.receive(answer));
  }

  @Override
  public void unanswered(String iqId) {
    dispatch(sessions.timeout(iqId));
  }

  @Override
  public void message(Message message) {
    JmiOutcome out = jmi.receive(message, now());
    send(out);
    for (JmiEvent e : out.events()) {
      jmiEvent(e);
    }
  }

  private void dispatch(Received r) {
    JingleSession session = r.session();
    if (session == null) {
      return;
    }
    SessionKey key = SessionKey.of(session);
    for (SessionEvent e : r.events()) {
      if (e instanceof SessionEvent.Initiated i) {
        initiated(session, i);
        continue;
      }
      Call call = bySession.get(key);
      if (call != null) {
        call.onSession(e);
      } else if (e instanceof SessionEvent.Terminated t) {
        IncomingCall ringing = initiates.remove(key);
        if (ringing != null) {
          ringing.cancel(t.reason() != null ? t.reason() : Reason.of(ReasonCondition.CANCEL));
        }
      } else if (e instanceof SessionEvent.TransportInfo t) {
        // the caller trickles while we ring: its candidates wait for our answer
        IncomingCall ringing = initiates.get(key);
        if (ringing != null) {
          ringing.trickled(IceMapping.candidates(t.iceCandidates()));
        }
      }
    }
  }

  private void initiated(JingleSession s, SessionEvent.Initiated i) {
    SessionKey key = SessionKey.of(s);
    boolean focus = i.find(CoinFocus.class).map(CoinFocus::focus).orElse(false);
    JingleMedia.Result<JingleMedia.Offer> offer =
        JingleMedia.offered(i.offer(), i.find(Group.class).orElse(null), options.codecs());
    Call awaiting = jmi.expectsSession(s.peer(), s.sid()) ? byProposal.get(s.sid()) : null;
    if (offer instanceof JingleMedia.Unusable<JingleMedia.Offer> u) {
      command(key, (session, id) -> session.terminate(id, u.reason()));
      if (awaiting != null) {
        awaiting.fail(
            CallFailedException.Kind.MEDIA,
            "the caller's offer is unusable: " + Call.describe(u.reason()),
            u.reason(),
            null);
        awaiting.end(new CallEnd(u.reason(), false));
      }
      return;
    }
    JingleMedia.Offer usable = ((JingleMedia.Usable<JingleMedia.Offer>) offer).value();
    Transfer transfer = i.find(Transfer.class).orElse(null);
    Jid referredBy = null;
    if (transfer != null) {
      List<JingleSession> others = new ArrayList<>(sessions.all());
      others.removeIf(o -> SessionKey.of(o).equals(key));
      TransferTarget.Match match = TransferTarget.match(transfer, s.peer(), others);
      if (match instanceof TransferTarget.Replaces r
          && awaiting == null
          && bySession.get(SessionKey.of(r.replaced())) != null) {
        replace(bySession.get(SessionKey.of(r.replaced())), r.replaced(), s, focus, usable);
        return;
      }
      referredBy = match instanceof TransferTarget.Referred ref ? ref.referredBy() : null;
    }
    if (awaiting != null) {
      awaiting.referredBy(referredBy);
      bySession.put(key, awaiting);
      answer(awaiting, key, focus, usable);
      return;
    }
    if (incomingListeners.isEmpty()) {
      command(key, (session, id) -> session.terminate(id, Reason.of(ReasonCondition.DECLINE)));
      return;
    }
    IncomingCall incoming =
        new IncomingCall(this, s.peer(), s.sid(), false, focus, usable, referredBy);
    initiates.put(key, incoming);
    command(
        key, (session, id) -> session.info(id, dev.parley.protocol.jingle.rtp.Ringing.INSTANCE));
    ring(incoming);
  }

  /**
   * The target's side of an attended transfer (XEP-0251 § 3 step 5): the transferee's session
   * replaces {@code old}'s without ringing, on a successor lease of its audio.
   */
  private void replace(
      Call old, JingleSession replaced, JingleSession s, boolean focus, JingleMedia.Offer offer) {
    SessionKey key = SessionKey.of(s);
    AudioHandover.Lease lease = old.lease().handover().next();
    CallMedia phone = phone(lease);
    Call call =
        new Call(this, false, null, s.peer(), phone, lease, List.of(), CallState.CONNECTING);
    call.referredBy(replaced.peer());
    bySession.put(key, call);
    transfers.replace(
        old, call, TransferTarget.replace(replaced, key), () -> answer(call, key, focus, offer));
  }

  private void jmiEvent(JmiEvent e) {
    if (e instanceof JmiEvent.Proposed p) {
      Jid device = p.call().device();
      if (incomingListeners.isEmpty() || device == null) {
        return; // another device of ours may answer
      }
      IncomingCall incoming = new IncomingCall(this, device, p.id(), true, false, null, null);
      proposals.put(p.id(), incoming);
      send(jmi.ring(p.id()));
      ring(incoming);
    } else if (e instanceof JmiEvent.Retracted r) {
      withdrawn(r.id(), r.reason() != null ? r.reason() : Reason.of(ReasonCondition.CANCEL));
    } else if (e instanceof JmiEvent.AnsweredElsewhere a) {
      withdrawn(
          a.id(), Reason.of(a.accepted() ? ReasonCondition.SUCCESS : ReasonCondition.DECLINE));
    } else if (e instanceof JmiEvent.Ringing r) {
      Call call = byProposal.get(r.id());
      if (call != null) {
        call.ringing();
      }
    } else if (e instanceof JmiEvent.Proceeded p) {
      Call call = byProposal.get(p.id());
      if (call != null && call.isOutgoing()) {
        initiate(call, p.device(), p.id());
      }
    } else if (e instanceof JmiEvent.Rejected r) {
      Call call = byProposal.get(r.id());
      if (call != null) {
        Reason reason = r.reason() != null ? r.reason() : Reason.of(ReasonCondition.BUSY);
        call.fail(
            CallFailedException.Kind.REJECTED,
            r.device() + " rejected the call: " + Call.describe(reason),
            reason,
            null);
        call.end(new CallEnd(reason, true));
      }
    } else if (e instanceof JmiEvent.Undeliverable u) {
      Call call = byProposal.get(u.id());
      if (call != null) {
        call.fail(
            CallFailedException.Kind.UNREACHABLE,
            call.peer() + " cannot be reached: " + u.error().condition().xml(),
            null,
            u.error());
        call.end(new CallEnd(Reason.of(ReasonCondition.CONNECTIVITY_ERROR), false));
      }
    } else if (e instanceof JmiEvent.Migrated m) {
      // § 4.2: the peer restarted the call; the old one ends, the new session rings anew.
      Call old = byProposal.get(m.previous().id());
      if (old != null) {
        old.hangUpNow(Reason.of(ReasonCondition.EXPIRED, "migrated"));
      }
    }
    // Finished and Expired: the Jingle session's own terminate (or its absence) decides.
  }

  private void withdrawn(String id, Reason reason) {
    IncomingCall ringing = proposals.remove(id);
    if (ringing != null) {
      ringing.cancel(reason);
      return;
    }
    Call accepted = byProposal.get(id);
    if (accepted != null && !accepted.isOutgoing() && accepted.key() == null) {
      accepted.fail(
          CallFailedException.Kind.CANCELLED,
          "the caller withdrew the call: " + Call.describe(reason),
          reason,
          null);
      accepted.end(new CallEnd(reason, true));
    }
  }

  private void ring(IncomingCall incoming) {
    if (discovery != null) {
      discovery.refresh(); // a stale answer is renewed while the call rings
    }
    for (Consumer<IncomingCall> l : incomingListeners) {
      try {
        l.accept(incoming);
      } catch (RuntimeException e) {
        LOG.warn("an incoming-call listener failed on {}", incoming, e);
      }
    }
  }

  // --- media and sending ------------------------------------------------------------------------

  /**
   * A phone on the lease's audio, opened when the call's transport is known; a WebRTC one with the
   * server's STUN and TURN services known then, after the engine's own.
   */
  private CallMedia phone(AudioHandover.Lease lease) {
    String name = "call-" + ids.next();
    return new PhoneMedia(
        webrtc -> {
          List<CodecSpec> specs = JingleMedia.codecSpecs(options.codecs(), webrtc);
          PhoneOptions phone = PhoneOptions.rawUdp(specs, false);
          if (webrtc) {
            IceServers servers = discovery == null ? IceServers.NONE : discovery.servers();
            phone =
                PhoneOptions.webrtc(specs)
                    .withIceServers(servers.stunServers(), servers.turnServers());
          }
          return engine.openPhone(
              name, phone, lease.source(), lease.sink(), e -> media(name, e), serial);
        });
  }

  /** What a call's phone reports, on the serial executor. */
  private void media(String phone, RoomEvent event) {
    Call call = null;
    for (Call c : calls()) {
      if (c.media() instanceof PhoneMedia p
          && p.phone() != null
          && p.phone().name().equals(phone)) {
        call = c;
      }
    }
    if (call == null) {
      return; // the call ended
    }
    if (event instanceof RoomEvent.Dtmf d) {
      call.dtmf(d.digit(), d.duration());
    } else if (event instanceof RoomEvent.LocalCandidate l) {
      call.localCandidate(l.candidate());
    } else if (event instanceof RoomEvent.TransportReady) {
      call.transportReady();
    } else if (event instanceof RoomEvent.TransportFailed f) {
      LOG.info("{}: transport failed: {}", call, f.reason());
      call.transportFailed(f.reason(), f.security());
    }
  }

  private java.util.Optional<Signalling> signalling() {
    return java.util.Optional.ofNullable(signalling);
  }

  private void send(JmiOutcome out) {
    Signalling s = signalling;
    if (s != null) {
      out.messages().forEach(s::message);
    }
  }

  private void request(Iq request) {
    Signalling s = signalling;
    if (s != null) {
      s.request(request);
    }
  }

  private static String requireId(Iq iq) {
    String id = iq.id();
    if (id == null) {
      throw new IllegalStateException("the session registry sends requests with ids");
    }
    return id;
  }

  private java.time.Instant now() {
    return options.clock().instant();
  }

  /** Hangs up every call and stops ringing; on the serial executor. */
  void close() {
    for (Call c : calls()) {
      c.hangUpNow(Reason.of(ReasonCondition.SUCCESS));
    }
    for (IncomingCall in : List.copyOf(proposals.values())) {
      reject(in, Reason.of(ReasonCondition.BUSY));
    }
    for (IncomingCall in : List.copyOf(initiates.values())) {
      reject(in, Reason.of(ReasonCondition.BUSY));
    }
    incomingListeners.clear();
  }

  static Reason reason(MediaException e) {
    ReasonCondition c =
        switch (e.reason()) {
          case NO_COMMON_CODEC -> ReasonCondition.FAILED_APPLICATION;
          case TRANSPORT -> ReasonCondition.FAILED_TRANSPORT;
          case CLOSED -> ReasonCondition.GONE;
          case SECURITY -> ReasonCondition.SECURITY_ERROR;
        };
    return Reason.of(c, e.getMessage());
  }
}
