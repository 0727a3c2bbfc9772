/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.server.config.ParleyConfig;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link DatabaseContract} on a real PostgreSQL, and the failures only a server has. */
@ExtendWith(PostgresServer.Extension.class)
class DatabasePostgresIT extends DatabaseContract {
  private final PostgresServer postgres;

  DatabasePostgresIT(PostgresServer postgres) {
    super(postgres);
    this.postgres = postgres;
  }

  @Override
  String urlWithPassword(ParleyConfig.Store s, String password) {
    return s.url() + "?password=" + password;
  }

  @Test
  void aServerThatDoesNotListenIsUnreachable() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + port + "/parley";
    DatabaseException e =
        catchThrowableOfType(
            DatabaseException.class,
            () -> Database.open(TestDatabases.settings(url, "parley", "irrelevant-secret")));

    assertThat(e.failure()).isEqualTo(DatabaseException.Failure.UNREACHABLE);
    assertThat(e.failure().isTransient()).isTrue();
    assertThat(e.getMessage())
        .startsWith("parley.store.url: cannot reach the database at " + url + ": ")
        .contains("refused")
        .doesNotContain("irrelevant-secret");
  }

  @Test
  void aDatabaseThatDoesNotExistIsRefused() {
    String url = postgres.url("no_such_database");
    DatabaseException e =
        catchThrowableOfType(
            DatabaseException.class,
            () ->
                Database.open(
                    TestDatabases.settings(url, PostgresServer.USER, PostgresServer.PASSWORD)));

    assertThat(e.failure()).isEqualTo(DatabaseException.Failure.REFUSED);
    assertThat(e.getMessage())
        .startsWith(
            "parley.store.url: the database at " + url + " refused the connection as user 'parley'")
        .contains("no_such_database")
        .contains("does not exist");
  }

  @Test
  void anUnknownUserIsRefused() {
    DatabaseException e =
        catchThrowableOfType(
            DatabaseException.class,
            () -> Database.open(TestDatabases.settings(settings.url(), "mallory", "guess-1234")));

    assertThat(e.failure()).isEqualTo(DatabaseException.Failure.REFUSED);
    assertThat(e.getMessage()).contains("'mallory'").doesNotContain("guess-1234");
  }
}
