/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.jivesoftware.smack.XMPPConnection;
import org.jivesoftware.smack.packet.IQ;

/** Smack's asynchronous IQ requests as {@link CompletableFuture}s completed on a given executor. */
final class SmackAsync {
  private SmackAsync() {}

  /**
   * Sends {@code request}; the future completes on {@code executor} with the result IQ, or fails
   * with Smack's exception: {@code XMPPErrorException} for an error reply, {@code
   * NoResponseException} after the connection's reply timeout, {@code NotConnectedException}.
   */
  static CompletableFuture<IQ> iq(XMPPConnection connection, IQ request, Executor executor) {
    CompletableFuture<IQ> answer = new CompletableFuture<>();
    connection
        .sendIqRequestAsync(request)
        .onSuccess(iq -> executor.execute(() -> answer.complete(iq)))
        .onError(e -> executor.execute(() -> answer.completeExceptionally(e)));
    return answer;
  }
}
