/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.server.conference.meeting.BridgeMeetingProvider;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.internal.concurrent.NamedThreads;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingsFeature;
import dev.parley.server.meetings.MeetingsSettings;
import dev.parley.server.meetings.ProviderContext;
import dev.parley.server.meetings.provider.MeetingProviders;
import dev.parley.server.meetings.provider.ProviderHttp;
import dev.parley.server.store.Database;
import dev.parley.server.store.DatabaseException;
import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;

/**
 * Parley as {@code parley serve} runs it: opens the database (migrating it), builds the features
 * the configuration asks for (meeting links when providers are configured; the conference bridge,
 * with its {@code parley} meeting type, when {@code parley.bridge.enabled}), and starts {@link
 * Parley}. Closing stops Parley first (every request answered), then the features' executors, then
 * the database.
 */
public final class ParleyService implements AutoCloseable {
  private final Parley parley;
  private final Database database;
  private final ExecutorService storeExecutor;
  private final ScheduledExecutorService background;

  private ParleyService(
      Parley parley,
      Database database,
      ExecutorService storeExecutor,
      ScheduledExecutorService background) {
    this.parley = parley;
    this.database = database;
    this.storeExecutor = storeExecutor;
    this.background = background;
  }

  /**
   * Starts everything; the component connections come up in the background ({@link
   * Parley#firstConnections()}).
   *
   * @throws InvalidConfigException a feature's settings are invalid (the message names the key)
   * @throws DatabaseException the database cannot be opened or migrated (the message names {@code
   *     parley.store.url})
   */
  public static ParleyService start(ParleyConfig config)
      throws InvalidConfigException, DatabaseException {
    Clock clock = Clock.systemUTC();
    PrometheusMeterRegistry meters = Parley.newMeterRegistry();
    Database database = Database.open(config.store(), meters);
    ScheduledExecutorService background = NamedThreads.scheduler("background");
    ExecutorService storeExecutor =
        Executors.newFixedThreadPool(config.store().poolSize(), NamedThreads.daemon("store"));
    try {
      List<Feature> features = new ArrayList<>();
      MeetingsSettings meetings = MeetingsSettings.from(config);
      ConfigReader section = config.section("parley.meetings");
      List<Consumer<RoutesConfig>> routes = new ArrayList<>();
      ProviderContext context =
          new ProviderContext(
              ProviderHttp.client(section),
              clock,
              background,
              config.http().publicUrl(),
              routes::add,
              database.landingLinks());
      List<MeetingProvider> providers =
          new ArrayList<>(MeetingProviders.fromConfig(section, context));
      BridgeSettings bridge = BridgeSettings.from(config);
      if (bridge.enabled()) {
        BridgeFeature feature = new BridgeFeature(bridge, clock);
        features.add(feature);
        providers.add(
            new BridgeMeetingProvider(
                feature.conferences(), config.xmpp().domain(), new SecureRandom()));
      }
      if (!providers.isEmpty()) {
        features.add(
            new MeetingsFeature(
                meetings,
                providers,
                database.meetings(),
                database.admissions(),
                storeExecutor,
                routes));
      }
      database.schedulePruning(background, clock, meetings.quotaWindow());
      Parley parley = Parley.start(config, features, meters);
      return new ParleyService(parley, database, storeExecutor, background);
    } catch (InvalidConfigException | RuntimeException e) {
      storeExecutor.shutdownNow();
      background.shutdownNow();
      database.close();
      throw e;
    }
  }

  public Parley parley() {
    return parley;
  }

  public Database database() {
    return database;
  }

  @Override
  public void close() {
    parley.close();
    storeExecutor.shutdown();
    background.shutdownNow();
    database.close();
  }
}
