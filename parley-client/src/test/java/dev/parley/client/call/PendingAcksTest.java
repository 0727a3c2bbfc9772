/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.session.SessionEvent;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.StanzaError;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** Every awaited request of a call completes exactly once: acknowledged, refused or cancelled. */
class PendingAcksTest {
  private final PendingAcks acks = new PendingAcks();

  private static SessionEvent.RequestFailed failed(String id, boolean ended) {
    return new SessionEvent.RequestFailed(
        JingleAction.SESSION_INFO,
        id,
        StanzaError.of(StanzaError.Condition.FEATURE_NOT_IMPLEMENTED),
        ended);
  }

  /** How {@code f} failed; it must have failed already (a waiter left pending would hang here). */
  private static CallFailedException.Kind kindOf(CompletableFuture<Void> f) {
    assertThat(f).isCompletedExceptionally();
    try {
      f.get();
      throw new AssertionError("completed normally");
    } catch (ExecutionException e) {
      return ((CallFailedException) e.getCause()).kind();
    } catch (InterruptedException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anAcknowledgedRequestCompletes() {
    CompletableFuture<Void> hold = new CompletableFuture<>();
    acks.await("h1", hold);
    acks.acknowledged("h1");
    assertThat(hold).isCompleted();
    acks.cancelAll(Reason.of(ReasonCondition.SUCCESS)); // already answered: not touched again
    assertThat(hold).isCompleted().isNotCompletedExceptionally();
  }

  @Test
  void aRefusalThatLeavesTheSessionFailsTheRequestRefused() {
    CompletableFuture<Void> mute = new CompletableFuture<>();
    acks.await("m1", mute);
    acks.refused(failed("m1", false));
    assertThat(kindOf(mute)).isEqualTo(CallFailedException.Kind.REFUSED);
  }

  @Test
  void aRefusalThatEndsTheSessionLeavesTheRequestToTheCallsEnd() {
    CompletableFuture<Void> hold = new CompletableFuture<>();
    acks.await("h1", hold);
    acks.refused(failed("h1", true));
    assertThat(hold).isNotDone();
    acks.cancelAll(
        Reason.of(ReasonCondition.GENERAL_ERROR, "session-info: feature-not-implemented"));
    assertThat(kindOf(hold)).isEqualTo(CallFailedException.Kind.CANCELLED);
    assertThatThrownBy(hold::join).hasRootCauseInstanceOf(CallFailedException.class);
  }
}
