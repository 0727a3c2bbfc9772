/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.internal.concurrent.Deadlines;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One IQ request and its single answer. Whoever answers first wins; later answers are ignored and
 * reported as {@code false}. This is where the rule "every get/set receives exactly one reply" is
 * enforced.
 */
public final class IqExchange {
  private static final int OPEN = 0;
  private static final int DEFERRED = 1;
  private static final int ANSWERED = 2;

  private final Iq request;
  private final Consumer<Iq> send;
  private final long receivedNanos;
  private final AtomicInteger state = new AtomicInteger(OPEN);
  private volatile @Nullable Deadlines<IqExchange> deadlines;
  private volatile String feature = "";

  IqExchange(Iq request, Consumer<Iq> send, long receivedNanos) {
    this.request = request;
    this.send = send;
    this.receivedNanos = receivedNanos;
  }

  public Iq request() {
    return request;
  }

  /** When the request was read, from {@link System#nanoTime()}. */
  public long receivedNanos() {
    return receivedNanos;
  }

  /** Marks the answer as coming later (from another thread, an HTTP callback…). */
  public void defer() {
    state.compareAndSet(OPEN, DEFERRED);
  }

  /** Answers with a result ({@code null} payload: empty). Returns whether this was the answer. */
  public boolean result(@Nullable XmlElement payload) {
    return answer(payload == null ? request.result() : request.result(payload));
  }

  /** Answers with an error. Returns whether this was the answer. */
  public boolean error(StanzaError error) {
    return answer(request.error(error));
  }

  public boolean isAnswered() {
    return state.get() == ANSWERED;
  }

  boolean isDeferred() {
    return state.get() == DEFERRED;
  }

  private boolean answer(Iq reply) {
    int s;
    do {
      s = state.get();
      if (s == ANSWERED) {
        return false;
      }
    } while (!state.compareAndSet(s, ANSWERED));
    cancelDeadline();
    send.accept(reply);
    return true;
  }

  /**
   * Puts a deferred exchange under the router's deadline. It leaves {@code deadlines} as soon as it
   * is answered, so that they do not hold every answered request (and its stanza) until its
   * deadline would have passed.
   */
  void deadline(Deadlines<IqExchange> tracker, long deadlineNanos, String deferredBy) {
    this.feature = deferredBy;
    this.deadlines = tracker;
    tracker.add(this, deadlineNanos);
    if (isAnswered()) {
      cancelDeadline();
    }
  }

  /** The feature that deferred the answer, once {@link #deadline} was called. */
  String feature() {
    return feature;
  }

  private void cancelDeadline() {
    Deadlines<IqExchange> tracker = deadlines;
    if (tracker != null) {
      tracker.remove(this);
    }
  }
}
