/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.session.SessionEvent;
import dev.parley.protocol.jingle.Reason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The requests of one call that something awaits the answer to, by IQ id: the session-info of
 * {@link Call#hold} and {@link Call#mute}, and the session-accept we sent, whose acknowledgement
 * makes an incoming call active. Each completes when the peer acknowledges, fails when it refuses
 * (unless the refusal ended the session), and fails {@code CANCELLED} when the call ends. Not
 * thread-safe: on the session's serial executor.
 */
final class PendingAcks {
  private final Map<String, CompletableFuture<Void>> pending = new HashMap<>();

  /** {@code ack} completes with the answer to the request {@code iqId}. */
  void await(String iqId, CompletableFuture<Void> ack) {
    pending.put(iqId, ack);
  }

  /** The peer acknowledged the request {@code iqId}. */
  void acknowledged(String iqId) {
    CompletableFuture<Void> f = pending.remove(iqId);
    if (f != null) {
      f.complete(null);
    }
  }

  /**
   * The peer refused a request, or did not answer it: its waiter fails {@code REFUSED} with the
   * error, unless the failure ended the session — then it stays, and the call's end fails it {@code
   * CANCELLED} with the end's reason ({@link #cancelAll}), which is what it then hears of.
   */
  void refused(SessionEvent.RequestFailed f) {
    if (f.ended()) {
      return;
    }
    CompletableFuture<Void> waiter = pending.remove(f.id());
    if (waiter != null) {
      waiter.completeExceptionally(
          new CallFailedException(
              CallFailedException.Kind.REFUSED,
              f.action().xml() + " refused: " + f.error().condition().xml(),
              null,
              f.error()));
    }
  }

  /** The call ended: every waiter fails {@code CANCELLED}, with the end's reason. */
  void cancelAll(Reason reason) {
    List<CompletableFuture<Void>> waiters = new ArrayList<>(pending.values());
    pending.clear();
    for (CompletableFuture<Void> f : waiters) {
      f.completeExceptionally(
          new CallFailedException(
              CallFailedException.Kind.CANCELLED, "the call ended", reason, null));
    }
  }
}
