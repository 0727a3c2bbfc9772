/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

/**
 * Answers an IQ {@code get} or {@code set} now or later through its {@link IqExchange} (a provider
 * call over HTTP, a transfer that completes when a third party answers). The handler must answer or
 * {@link IqExchange#defer() defer} before returning; the router answers {@code
 * internal-server-error} for it otherwise, and once the exchange deadline passes.
 */
@FunctionalInterface
public interface DeferredIqHandler {
  void handle(IqExchange exchange) throws StanzaException;
}
