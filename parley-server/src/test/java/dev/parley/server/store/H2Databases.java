/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * H2 file databases in a temporary directory, with the URL form {@code ParleyConfig} gives by
 * default ({@code MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE}) and a user with a password.
 */
public final class H2Databases implements TestDatabases {
  static final String USER = "parley";
  static final String PASSWORD = "h2-test-password-1f3c";

  private final Path dir;
  private final String options;
  private final AtomicInteger n = new AtomicInteger();

  public H2Databases() {
    this("");
  }

  /**
   * With {@code options} appended to each URL: {@code ";AUTO_SERVER=TRUE"} makes the files
   * reachable by other processes, so the store treats them as shared (no quota in memory).
   */
  H2Databases(String options) {
    this.options = options;
    try {
      dir = Files.createTempDirectory("parley-h2-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String name() {
    return "H2";
  }

  @Override
  public ParleyConfig.Store fresh() {
    return TestDatabases.settings(
        url(dir.resolve("db" + n.incrementAndGet())) + options, USER, PASSWORD);
  }

  static String url(Path file) {
    return "jdbc:h2:file:" + file.toAbsolutePath() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
  }

  @Override
  public void release() {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
