/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.transfer.Transfer;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * What the switchboard sends, and asks of the connection, through {@link Signalling}: XEP-0353
 * messages, the session registry's requests, and the roster and disco#info questions. Until {@link
 * #attach} nothing is sent and every question has no answer. On the serial executor.
 */
final class Outbox {
  private final JingleSessions sessions;
  private @Nullable Signalling signalling;

  Outbox(JingleSessions sessions) {
    this.sessions = sessions;
  }

  void attach(Signalling s) {
    this.signalling = s;
  }

  /** The connection's signalling, once attached. */
  Optional<Signalling> signalling() {
    return Optional.ofNullable(signalling);
  }

  /** Sends the XEP-0353 messages of a {@code Jmi} step. */
  void send(JmiOutcome out) {
    Signalling s = signalling;
    if (s != null) {
      out.messages().forEach(s::message);
    }
  }

  /** Sends a request the session registry made; its answer comes back to the inbox. */
  void request(Iq request) {
    Signalling s = signalling;
    if (s != null) {
      s.request(request);
    }
  }

  /**
   * Runs a command on a live session and sends its request, waiting up to {@code timeout} for the
   * answer (null: the connection's reply timeout); returns the request's IQ id.
   */
  String command(SessionKey key, JingleSessions.Command command, @Nullable Duration timeout) {
    Sent sent = sessions.execute(key, command);
    Signalling s = signalling;
    if (s != null) {
      s.request(sent.request(), timeout);
    }
    return requireId(sent.request());
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

  private static String requireId(Iq iq) {
    String id = iq.id();
    if (id == null) {
      throw new IllegalStateException("the session registry sends requests with ids");
    }
    return id;
  }
}
