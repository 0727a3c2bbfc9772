/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import dev.parley.server.config.ParleyConfig;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * What every store contract test class shares: one new database per class, opened twice — {@link
 * #db} and {@link #other}, two pools standing for two Parley processes sharing it — and emptied
 * before each test. An embedded H2 database can only be open in one process, which opens it once:
 * there {@link #other} is {@link #db}. Subclasses run the same tests on H2 ({@code *H2Test}; {@code
 * *H2SharedTest} with {@code AUTO_SERVER=TRUE}, which other processes may reach) and on PostgreSQL
 * ({@code *PostgresIT}).
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
  void createDatabase() {
    settings = databases.fresh();
  }

  /**
   * Empties the tables with both pools closed, then opens them again: a test starts from what the
   * tables hold, as a Parley starting on them would (on embedded H2 the quota is read into memory
   * when the database opens, and rows deleted behind its back would still count there).
   */
  @BeforeEach
  void openEmptyDatabase() throws DatabaseException {
    closeDatabase();
    if (db == null) {
      Database.open(settings).close(); // creates the schema before the tables are emptied
    }
    TestDatabases.clear(settings);
    db = Database.open(settings);
    other = db.quotaInMemory() ? db : Database.open(settings);
  }

  @AfterEach
  void closeDatabase() {
    if (other != null) {
      other.close();
    }
    if (db != null) {
      db.close();
    }
  }

  @AfterAll
  void dropDatabase() {
    databases.release();
  }

  static BareJid jid(String jid) {
    return JidCreate.bareFromOrThrowUnchecked(jid);
  }
}
