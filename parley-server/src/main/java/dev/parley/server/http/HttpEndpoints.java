/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Parley's HTTP server: {@code GET /health} (200 when every component connection is up, 503
 * otherwise, with a JSON body saying which) and {@code GET /metrics} (Prometheus text format).
 * Features may add routes (landing pages).
 */
public final class HttpEndpoints implements AutoCloseable {
  /** One component connection as the health check reports it. */
  public record ConnectionHealth(String domain, String state, String lastFailure) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Javalin app;

  public HttpEndpoints(
      String host,
      int port,
      Supplier<List<ConnectionHealth>> connections,
      PrometheusMeterRegistry prometheus,
      List<Consumer<RoutesConfig>> featureRoutes) {
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.routes.get(
                  "/health",
                  ctx -> {
                    List<ConnectionHealth> all = connections.get();
                    boolean up =
                        !all.isEmpty() && all.stream().allMatch(c -> "CONNECTED".equals(c.state()));
                    ctx.status(up ? 200 : 503)
                        .contentType("application/json")
                        .result(
                            JSON.writeValueAsString(
                                Map.of("status", up ? "up" : "down", "connections", all)));
                  });
              config.routes.get(
                  "/metrics",
                  ctx ->
                      ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                          .result(prometheus.scrape()));
              featureRoutes.forEach(r -> r.accept(config.routes));
            });
    app.start(host, port);
  }

  /** The port actually bound (useful when configured as 0). */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
