/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import dev.parley.protocol.invite.CallMethod;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Sends the answers of an {@link Invitation}: the session that received or sent it. */
interface Answerer {
  /** Sends {@code kind} about {@code invitation}; completes once Smack has taken the message. */
  CompletableFuture<Void> answer(
      Invitation invitation, InviteAnswer.Kind kind, List<CallMethod> methods);
}
