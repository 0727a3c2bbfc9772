/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.xml.XmlLimits;
import dev.parley.server.commands.CommandRegistry;
import dev.parley.server.commands.CommandsFeature;
import dev.parley.server.commands.StatusCommand;
import dev.parley.server.component.Backoff;
import dev.parley.server.component.ComponentConnection;
import dev.parley.server.component.ConnectionSettings;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.disco.DiscoFeature;
import dev.parley.server.disco.DiscoRegistry;
import dev.parley.server.http.HttpEndpoints;
import dev.parley.server.internal.concurrent.KeyedSerialExecutor;
import dev.parley.server.internal.concurrent.NamedThreads;
import dev.parley.server.ping.PingFeature;
import dev.parley.server.presence.DomainPresenceFeature;
import dev.parley.server.routing.Router;
import dev.parley.server.version.VersionFeature;
import io.javalin.config.RoutesConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Parley: the features, the router, one XEP-0114 connection per component domain, and the
 * HTTP endpoints.
 *
 * <pre>{@code
 * try (Parley parley = Parley.start(config, Features.builtIn())) {
 *   parley.firstConnections().get(); // or wait for a signal
 * }
 * }</pre>
 *
 * <p>{@link #close()} shuts down gracefully: stanzas already read are handled and answered, the
 * outbound queues are written, the XML streams are closed, then the threads stop.
 */
public final class Parley implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Parley.class);

  private final ParleyConfig config;
  private final List<Feature> features;
  private final PrometheusMeterRegistry meters;
  private final ScheduledExecutorService timer;
  private final ExecutorService workers;
  private final Router router;
  private final Map<DomainBareJid, ComponentConnection> connections = new LinkedHashMap<>();
  private final HttpEndpoints http;
  private final JvmGcMetrics gcMetrics;

  private Parley(ParleyConfig config, List<Feature> features, PrometheusMeterRegistry meters) {
    this.config = config;
    this.meters = meters;
    new ClassLoaderMetrics().bindTo(meters);
    new JvmMemoryMetrics().bindTo(meters);
    this.gcMetrics = new JvmGcMetrics();
    gcMetrics.bindTo(meters);
    new JvmThreadMetrics().bindTo(meters);
    new ProcessorMetrics().bindTo(meters);
    new UptimeMetrics().bindTo(meters);
    this.timer = NamedThreads.scheduler("timer");
    this.workers =
        Executors.newFixedThreadPool(config.router().threads(), NamedThreads.daemon("worker"));

    Router.Builder routes =
        Router.builder()
            .registry(ParleyCodecs.registry())
            .outbound(this::send)
            .executor(new KeyedSerialExecutor(workers, 64))
            .timer(timer)
            .deadline(config.router().deadline())
            .meters(meters);
    config.xmpp().components().forEach(c -> routes.domain(c.domain()));
    List<Consumer<RoutesConfig>> httpRoutes = new ArrayList<>();
    DiscoRegistry disco = new DiscoRegistry();
    disco.domainIdentity(Identity.of("component", "generic", "Parley"));
    CommandRegistry commands = new CommandRegistry();
    commands.add(new StatusCommand(Set.copyOf(config.admins()), this::connections, this::router));
    List<Feature> all = new ArrayList<>();
    all.add(new DiscoFeature(disco));
    all.add(new CommandsFeature(commands));
    all.add(new DomainPresenceFeature(disco));
    all.add(new PingFeature());
    all.add(new VersionFeature());
    all.addAll(features);
    this.features = List.copyOf(all);
    FeatureRegistration registration =
        new FeatureRegistration() {
          @Override
          public ParleyConfig config() {
            return config;
          }

          @Override
          public Router.Builder routes() {
            return routes;
          }

          @Override
          public DiscoRegistry disco() {
            return disco;
          }

          @Override
          public CommandRegistry commands() {
            return commands;
          }

          @Override
          public void http(Consumer<RoutesConfig> routes) {
            httpRoutes.add(routes);
          }
        };
    for (Feature f : this.features) {
      f.register(registration);
    }
    this.router = routes.build();
    disco.freeze();

    FeatureRuntime runtime =
        new FeatureRuntime() {
          @Override
          public ParleyConfig config() {
            return config;
          }

          @Override
          public Router router() {
            return router;
          }

          @Override
          public ScheduledExecutorService timer() {
            return timer;
          }

          @Override
          public Clock clock() {
            return Clock.systemUTC();
          }

          @Override
          public MeterRegistry meters() {
            return meters;
          }
        };
    for (Feature f : this.features) {
      f.start(runtime);
    }

    SecureRandom random = new SecureRandom();
    ParleyConfig.Xmpp x = config.xmpp();
    for (ParleyConfig.Component c : x.components()) {
      ConnectionSettings settings =
          new ConnectionSettings(
              x.host(),
              x.port(),
              c.domain(),
              c.secret(),
              x.connectTimeout(),
              x.keepAlive(),
              x.pingInterval(),
              x.pingTimeout(),
              x.queueCapacity(),
              x.queueTimeout(),
              new Backoff(x.reconnectInitial(), x.reconnectMax()),
              XmlLimits.DEFAULT.withMaxStanzaChars(x.maxStanzaSize()));
      connections.put(
          c.domain(),
          new ComponentConnection(
              settings,
              ParleyCodecs.registry(),
              router::accept,
              timer,
              meters,
              new ComponentConnection.Listener() {
                @Override
                public void onConnected(ComponentConnection connection) {}

                @Override
                public void onDisconnected(ComponentConnection connection, String reason) {}
              },
              random));
    }
    this.http =
        new HttpEndpoints(
            config.http().host(),
            config.http().port(),
            () ->
                connections.values().stream()
                    .map(
                        cc ->
                            new HttpEndpoints.ConnectionHealth(
                                cc.settings().domain().toString(),
                                cc.state().name(),
                                cc.state() == ComponentConnection.State.CONNECTED
                                    ? null
                                    : cc.lastFailure()))
                    .toList(),
            meters,
            httpRoutes);
    connections.values().forEach(ComponentConnection::start);
    LOG.info(
        "Parley started: components {}, HTTP on {}:{}",
        connections.keySet(),
        config.http().host(),
        http.port());
  }

  /**
   * Assembles and starts Parley; the connections come up in the background (see {@link
   * #firstConnections()}).
   */
  public static Parley start(ParleyConfig config, List<Feature> features) {
    return new Parley(config, features, newMeterRegistry());
  }

  /**
   * Like {@link #start(ParleyConfig, List)}, publishing metrics in {@code meters} (so that
   * components created before Parley, such as the database pool, appear in {@code /metrics} too).
   * Parley closes it.
   */
  public static Parley start(
      ParleyConfig config, List<Feature> features, PrometheusMeterRegistry meters) {
    return new Parley(config, features, meters);
  }

  /** The registry Parley publishes at {@code /metrics}. */
  public static PrometheusMeterRegistry newMeterRegistry() {
    return new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  }

  /**
   * Completes when every connection has made its first handshake; fails when one cannot start (see
   * the connection).
   */
  public CompletableFuture<Void> firstConnections() {
    return CompletableFuture.allOf(
        connections.values().stream()
            .map(ComponentConnection::firstConnection)
            .toArray(CompletableFuture[]::new));
  }

  public List<ComponentConnection> connections() {
    return new ArrayList<>(connections.values());
  }

  public Router router() {
    return router;
  }

  public MeterRegistry meters() {
    return meters;
  }

  /** The HTTP port actually bound. */
  public int httpPort() {
    return http.port();
  }

  public ParleyConfig config() {
    return config;
  }

  /** Graceful shutdown with a 10-second budget for in-flight work. */
  @Override
  public void close() {
    close(Duration.ofSeconds(10));
  }

  public void close(Duration grace) {
    LOG.info("Parley stopping");
    router.stopAccepting();
    try {
      if (!router.awaitIdle(grace)) {
        LOG.warn("stopping with {} IQ requests still unanswered", router.openExchanges());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (ComponentConnection c : connections.values()) {
      c.close(grace);
    }
    for (Feature f : features) {
      f.close();
    }
    http.close();
    workers.shutdown();
    timer.shutdownNow();
    try {
      workers.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    gcMetrics.close();
    meters.close();
    LOG.info("Parley stopped");
  }

  private void send(Stanza stanza) {
    Jid from = stanza.from();
    ComponentConnection c = from == null ? null : connections.get(from.asDomainBareJid());
    if (c == null) {
      c = connections.values().iterator().next();
    }
    c.send(stanza);
  }
}
