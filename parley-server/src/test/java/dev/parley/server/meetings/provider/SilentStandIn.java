/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import com.sun.net.httpserver.HttpExchange;
import java.util.concurrent.CountDownLatch;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for a provider that accepts connections and requests but never answers (a hung
 * server): each request is held until the stand-in closes.
 */
public final class SilentStandIn extends StandInServer {
  private final CountDownLatch closed = new CountDownLatch(1);

  public SilentStandIn(SSLContext tls) {
    super(tls);
  }

  @Override
  protected void handle(HttpExchange exchange) {
    try {
      closed.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    closed.countDown();
    super.close();
  }
}
