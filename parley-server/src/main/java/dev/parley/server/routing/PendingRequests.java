/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Iq;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.jxmpp.jid.Jid;

/**
 * IQ requests Parley sent and whose answer it awaits, matched by id and by the answering entity (an
 * answer from another address than the one asked is not an answer: RFC 6120 § 8.1.2.1).
 */
final class PendingRequests {
  /** A request awaiting its answer; its timeout task is cancelled when the answer comes. */
  private static final class Pending {
    final Jid to;
    final CompletableFuture<Iq> future;
    volatile ScheduledFuture<?> timeout;

    Pending(Jid to, CompletableFuture<Iq> future) {
      this.to = to;
      this.future = future;
    }
  }

  private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final String idPrefix;
  private final AtomicLong counter = new AtomicLong();

  PendingRequests(ScheduledExecutorService timer, String idPrefix) {
    this.timer = timer;
    this.idPrefix = idPrefix;
  }

  /**
   * Gives the request an id when it has none, registers it, and returns it with the future of its
   * answer.
   */
  Iq register(Iq request, CompletableFuture<Iq> future, Duration timeout) {
    Iq withId =
        request.id() == null ? request.withId(idPrefix + counter.incrementAndGet()) : request;
    String id = withId.id();
    Pending entry = new Pending(withId.to(), future);
    pending.put(id, entry);
    entry.timeout =
        timer.schedule(
            () -> {
              Pending p = pending.remove(id);
              if (p != null) {
                p.future.completeExceptionally(
                    new TimeoutException(
                        "no answer to IQ " + id + " from " + p.to + " within " + timeout));
              }
            },
            timeout.toMillis(),
            TimeUnit.MILLISECONDS);
    return withId;
  }

  /** Completes the matching request with this answer; returns false when nothing awaited it. */
  boolean complete(Iq answer) {
    String id = answer.id();
    if (id == null) {
      return false;
    }
    Pending p = pending.get(id);
    if (p == null || !answeredBy(p.to, answer.from())) {
      return false;
    }
    if (!pending.remove(id, p)) {
      return false;
    }
    ScheduledFuture<?> timeout = p.timeout;
    if (timeout != null) {
      timeout.cancel(false);
    }
    p.future.complete(answer);
    return true;
  }

  int size() {
    return pending.size();
  }

  /** Fails every pending request (the connection went away). */
  void failAll(Throwable cause) {
    for (String id : pending.keySet()) {
      Pending p = pending.remove(id);
      if (p != null) {
        p.future.completeExceptionally(cause);
      }
    }
  }

  private static boolean answeredBy(Jid asked, Jid from) {
    // A request to a bare JID may be answered by it; an absent 'to' means the server, whose answer
    // may omit 'from'.
    return asked == null ? true : asked.equals(from);
  }
}
