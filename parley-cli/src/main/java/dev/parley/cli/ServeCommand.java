/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve --config FILE}: runs the service until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run Parley as an XEP-0114 component of your XMPP server.",
      "Settings come from the HOCON file and PARLEY_* environment variables (docs/CONFIGURATION.md).",
      "Exit codes: 0 stopped, 2 invalid configuration, 3 secret refused, 4 unknown or taken domain,",
      "5 XMPP server unreachable, 6 protocol error, 7 database unavailable, 1 unexpected error."
    })
final class ServeCommand implements Callable<Integer> {
  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "the configuration file (HOCON)")
  Path config;

  @Override
  public Integer call() {
    ParleyConfig parleyConfig;
    try {
      parleyConfig = ParleyConfig.load(config);
    } catch (InvalidConfigException e) {
      System.err.println("parley: invalid configuration: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    CountDownLatch finished = new CountDownLatch(1);
    CountDownLatch stop = Runner.stopOnSignal(finished);
    try {
      return Runner.run(parleyConfig, stop, System.err, parley -> {});
    } finally {
      finished.countDown();
    }
  }
}
