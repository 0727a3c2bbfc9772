/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.server.store.LandingLinkStore;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What a provider may use: an HTTP client (trusting {@code parley.meetings.tls.trust-store} when
 * configured), the clock, a timer, Parley's public https URL and HTTP routes (for landing pages),
 * and landing-link storage.
 *
 * @param publicUrl {@code parley.http.public-url}, or {@code null} when not configured (providers
 *     that need landing pages refuse to start without it)
 */
public record ProviderContext(
    HttpClient http,
    Clock clock,
    ScheduledExecutorService timer,
    @Nullable URI publicUrl,
    Consumer<Consumer<RoutesConfig>> routes,
    LandingLinkStore landingLinks) {}
