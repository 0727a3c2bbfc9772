/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import java.util.concurrent.ScheduledFuture;
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
  private volatile @Nullable ScheduledFuture<?> deadline;

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
   * The router's deadline for a deferred answer. It is cancelled as soon as the exchange is
   * answered, so that the timer does not hold every answered request (and its stanza) until the
   * deadline would have passed.
   */
  void deadline(ScheduledFuture<?> task) {
    this.deadline = task;
    if (isAnswered()) {
      cancelDeadline();
    }
  }

  private void cancelDeadline() {
    ScheduledFuture<?> task = deadline;
    if (task != null) {
      task.cancel(false);
    }
  }
}
