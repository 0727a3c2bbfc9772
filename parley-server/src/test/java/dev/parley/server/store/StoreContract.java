/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import dev.parley.server.config.ParleyConfig;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * What every store contract test class shares: one new database per class, opened twice — {@link
 * #db} and {@link #other}, two pools standing for two Parley processes sharing it — and emptied
 * before each test. Subclasses run the same tests on H2 ({@code *H2Test}) and on PostgreSQL ({@code
 * *PostgresIT}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {
  static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");

  final TestDatabases databases;
  ParleyConfig.Store settings;
  Database db;
  Database other;

  StoreContract(TestDatabases databases) {
    this.databases = databases;
  }

  @BeforeAll
  void openDatabase() throws DatabaseException {
    settings = databases.fresh();
    db = Database.open(settings);
    other = Database.open(settings);
  }

  @BeforeEach
  void emptyTables() {
    TestDatabases.clear(settings);
  }

  @AfterAll
  void closeDatabase() {
    if (other != null) {
      other.close();
    }
    if (db != null) {
      db.close();
    }
    databases.release();
  }

  static BareJid jid(String jid) {
    return JidCreate.bareFromOrThrowUnchecked(jid);
  }
}
