/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiCall;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Our side of the calls placed to us: rings the application's incoming-call listeners, and carries
 * out its answer: proceeds with a proposal (XEP-0353) or accepts a session-initiate with the
 * phone's answer, or rejects either. The listeners may be added from any thread; everything else
 * runs on the serial executor.
 */
final class Answerer {
  private static final Logger LOG = LoggerFactory.getLogger(Answerer.class);

  private final Switchboard board;
  private final CallOptions options;
  private final MediaEngine engine;
  private final IdGenerator ids;
  private final JingleSessions sessions;
  private final Jmi jmi;
  private final Outbox out;
  private final CallBook book;
  private final Phones phones;
  private final @Nullable IceDiscovery discovery;
  private final List<Consumer<IncomingCall>> listeners = new CopyOnWriteArrayList<>();

  Answerer(
      Switchboard board,
      MediaEngine engine,
      IdGenerator ids,
      JingleSessions sessions,
      Jmi jmi,
      Outbox out,
      CallBook book,
      Phones phones,
      @Nullable IceDiscovery discovery) {
    this.board = board;
    this.options = board.options();
    this.engine = engine;
    this.ids = ids;
    this.sessions = sessions;
    this.jmi = jmi;
    this.out = out;
    this.book = book;
    this.phones = phones;
    this.discovery = discovery;
  }

  AutoCloseable onIncoming(Consumer<IncomingCall> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  /** Whether the application listens for incoming calls (if not, we do not ring). */
  boolean listening() {
    return !listeners.isEmpty();
  }

  /** Tells the application that {@code incoming} rings. */
  void ring(IncomingCall incoming) {
    if (discovery != null) {
      discovery.refresh(); // a stale answer is renewed while the call rings
    }
    for (Consumer<IncomingCall> l : listeners) {
      try {
        l.accept(incoming);
      } catch (RuntimeException e) {
        LOG.warn("an incoming-call listener failed on {}", incoming, e);
      }
    }
  }

  /** Stops telling the application about incoming calls. */
  void stopListening() {
    listeners.clear();
  }

  CompletableFuture<Call> accept(IncomingCall incoming, AudioSource source, AudioSink sink) {
    AudioHandover.Lease lease = new AudioHandover(source, sink).first();
    CallMedia phone = phones.phone(lease);
    if (incoming.isProposed()) {
      book.stopRinging(incoming.id());
      Call call =
          new Call(
              board,
              false,
              incoming.id(),
              incoming.from(),
              phone,
              lease,
              List.of(),
              CallState.CONNECTING);
      book.proposal(incoming.id(), call);
      out.send(jmi.proceed(incoming.id()));
      board.schedule(options.ringTimeout(), call::ringTimedOut);
      return call.established();
    }
    SessionKey key = new SessionKey(incoming.from(), incoming.id());
    book.stopRinging(key);
    Call call =
        new Call(
            board, false, null, incoming.from(), phone, lease, List.of(), CallState.CONNECTING);
    call.referredBy(incoming.referredBy().orElse(null));
    book.session(key, call);
    answer(call, key, incoming.isFocus(), incoming.offer());
    call.media().addRemoteCandidates(incoming.trickled());
    return call.established();
  }

  /** Answers a session-initiate with the phone's answer, or ends the call with the reason. */
  void answer(Call call, SessionKey key, boolean focus, JingleMedia.@Nullable Offer offer) {
    call.answering(key, focus);
    if (offer == null) {
      call.hangUpNow(Reason.of(ReasonCondition.FAILED_APPLICATION));
      return;
    }
    MediaAnswer media;
    try {
      media = call.media().answer(offer.media());
    } catch (MediaException e) {
      call.fail(CallFailedException.Kind.MEDIA, e.getMessage(), Switchboard.reason(e), null);
      call.hangUpNow(Switchboard.reason(e));
      return;
    }
    List<XmlElement> extras = new ArrayList<>(Dialer.extras(options));
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
    call.accepting(board.command(key, (s, id) -> s.accept(id, List.of(answer), extras)));
  }

  void reject(IncomingCall incoming, Reason reason) {
    if (incoming.isProposed()) {
      book.stopRinging(incoming.id());
      if (jmi.call(incoming.id()).map(c -> c.state() == JmiCall.State.PROPOSED).orElse(false)) {
        out.send(jmi.reject(incoming.id(), reason, options.clock().instant()));
      }
    } else {
      SessionKey key = new SessionKey(incoming.from(), incoming.id());
      book.stopRinging(key);
      if (sessions.get(key).isPresent()) {
        board.command(key, (s, id) -> s.terminate(id, reason));
      }
    }
  }
}
