/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.server.Parley;
import dev.parley.server.ParleyService;
import dev.parley.server.component.ComponentConnection;
import dev.parley.server.component.ConnectException;
import dev.parley.server.component.ConnectFailure;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.store.DatabaseException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs Parley until a stop signal, mapping start-up failures to {@link ExitCodes}. */
final class Runner {
  private static final Logger LOG = LoggerFactory.getLogger(Runner.class);

  /** Called once every component connection is up. */
  interface Started {
    void started(Parley parley);
  }

  private Runner() {}

  /**
   * Starts Parley, waits for its first connections (up to {@code parley.xmpp.startup-timeout}),
   * calls {@code started}, then waits for {@code stop} and shuts down gracefully. Returns the exit
   * code.
   */
  static int run(ParleyConfig config, CountDownLatch stop, PrintStream err, Started started) {
    ParleyService service;
    try {
      service = ParleyService.start(config);
    } catch (InvalidConfigException e) {
      err.println("parley: invalid configuration: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (DatabaseException e) {
      err.println("parley: " + e.getMessage());
      return ExitCodes.DATABASE;
    } catch (RuntimeException e) {
      err.println("parley: cannot start: " + e.getMessage());
      LOG.error("start-up failed", e);
      return ExitCodes.SOFTWARE;
    }
    Parley parley = service.parley();
    try {
      try {
        parley
            .firstConnections()
            .get(config.xmpp().startupTimeout().toMillis(), TimeUnit.MILLISECONDS);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ConnectException ce) {
          err.println("parley: " + ce.getMessage());
          return ce.failure().exitCode();
        }
        throw new IllegalStateException(e.getCause());
      } catch (TimeoutException e) {
        String why =
            parley.connections().stream()
                .filter(c -> c.state() != ComponentConnection.State.CONNECTED)
                .map(c -> c.settings().domain() + ": " + c.lastFailure())
                .findFirst()
                .orElse("unknown");
        err.println(
            "parley: no connection to the XMPP server within "
                + config.xmpp().startupTimeout().toSeconds()
                + " s ("
                + why
                + ")");
        return ConnectFailure.CONNECTION_REFUSED.exitCode();
      }
      started.started(parley);
      stop.await();
      return ExitCodes.OK;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return ExitCodes.OK;
    } finally {
      service.close();
    }
  }

  /**
   * A stop signal released by SIGTERM/SIGINT. The JVM's shutdown hook waits (up to 20 s) for {@code
   * finished}, so the graceful shutdown completes before the process exits.
   */
  static CountDownLatch stopOnSignal(CountDownLatch finished) {
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  stop.countDown();
                  try {
                    finished.await(20, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                },
                "parley-shutdown"));
    return stop;
  }
}
