/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import com.typesafe.config.ConfigFactory;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.ProviderContext;
import dev.parley.testkit.MutableClock;
import io.javalin.config.RoutesConfig;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * What provider tests share: the {@code parley.meetings} section read from HOCON over Parley's
 * {@code reference.conf} (so defaults are the shipped ones), a {@link ProviderContext} like the one
 * the meeting service builds (the HTTP client from {@link ProviderHttp#client}, a timer, a
 * hand-moved clock, an in-memory landing-link store, captured HTTP routes), and requests.
 */
public final class ProviderFixture implements AutoCloseable {
  public static final Instant NOW = Instant.parse("2026-11-21T10:00:00.250Z");

  public final MutableClock clock = new MutableClock(NOW);
  public final InMemoryLandingLinks landingLinks = new InMemoryLandingLinks();
  public final List<Consumer<RoutesConfig>> routes = new CopyOnWriteArrayList<>();
  public final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final List<MeetingProvider> built = new CopyOnWriteArrayList<>();

  /** The {@code parley.meetings} section of {@code hocon} over the defaults. */
  public static ConfigReader meetings(String hocon) {
    return new ConfigReader(
            ConfigFactory.parseString(hocon)
                .withFallback(ConfigFactory.defaultReference())
                .resolve())
        .section("parley.meetings");
  }

  /** A context for {@code meetings}, with {@code publicUrl}. */
  public ProviderContext context(ConfigReader meetings, @Nullable String publicUrl)
      throws InvalidConfigException {
    return new ProviderContext(
        ProviderHttp.client(meetings),
        clock,
        timer,
        publicUrl == null ? null : URI.create(publicUrl),
        routes::add,
        landingLinks);
  }

  /** The providers {@code hocon} configures (closed with the fixture). */
  public List<MeetingProvider> providers(String hocon, @Nullable String publicUrl)
      throws InvalidConfigException {
    ConfigReader meetings = meetings(hocon);
    List<MeetingProvider> providers =
        MeetingProviders.fromConfig(meetings, context(meetings, publicUrl));
    built.addAll(providers);
    return providers;
  }

  /** The one provider {@code hocon} configures. */
  public MeetingProvider provider(String hocon, @Nullable String publicUrl)
      throws InvalidConfigException {
    List<MeetingProvider> providers = providers(hocon, publicUrl);
    if (providers.size() != 1) {
      throw new IllegalStateException("expected one provider, got " + providers);
    }
    return providers.get(0);
  }

  /** A request by alice@example.org at {@link #NOW}: link 5 min, meeting 2 h. */
  public static MeetingRequest request(String type, String id, @Nullable String description) {
    try {
      return new MeetingRequest(
          type,
          id,
          description,
          JidCreate.bareFrom("alice@example.org"),
          "alice",
          NOW,
          NOW.plus(Duration.ofMinutes(5)),
          NOW.plus(Duration.ofHours(2)));
    } catch (XmppStringprepException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    built.forEach(MeetingProvider::close);
    timer.shutdownNow();
  }
}
