/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import com.typesafe.config.ConfigFactory;
import dev.parley.server.config.ParleyConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link DatabaseContract} on H2 files, and what only H2 does. */
class DatabaseH2Test extends DatabaseContract {
  DatabaseH2Test() {
    super(new H2Databases());
  }

  @Override
  String urlWithPassword(ParleyConfig.Store s, String password) {
    return s.url() + ";PASSWORD=" + password;
  }

  @Test
  void h2GetsASmallPageCacheAndNoResultReuseUnlessTheUrlSaysOtherwise() {
    assertThat(Database.jdbcUrl("jdbc:h2:file:/x;MODE=PostgreSQL"))
        .isEqualTo("jdbc:h2:file:/x;MODE=PostgreSQL;OPTIMIZE_REUSE_RESULTS=FALSE;CACHE_SIZE=2048");
    assertThat(Database.jdbcUrl("jdbc:h2:file:/x;cache_size=65536;optimize_reuse_results=true"))
        .isEqualTo("jdbc:h2:file:/x;cache_size=65536;optimize_reuse_results=true");
    assertThat(Database.jdbcUrl("jdbc:postgresql://db/parley"))
        .isEqualTo("jdbc:postgresql://db/parley");
    assertThat(
            TestDatabases.queryLong(
                settings,
                "select cast(setting_value as int) from information_schema.settings"
                    + " where lower(setting_name) = 'cache_size'"))
        .as("what the open database uses")
        .isEqualTo(Database.H2_CACHE_KB);
  }

  @Test
  void onlyEmbeddedH2DatabasesKeepTheQuotaInMemory() {
    assertThat(Database.embeddedH2("jdbc:h2:file:/var/lib/parley/parley;MODE=PostgreSQL")).isTrue();
    assertThat(Database.embeddedH2("jdbc:h2:./parley")).isTrue();
    assertThat(Database.embeddedH2("jdbc:h2:mem:parley;DB_CLOSE_DELAY=-1")).isTrue();
    assertThat(Database.embeddedH2("jdbc:h2:file:/x;AUTO_SERVER=TRUE")).isFalse();
    assertThat(Database.embeddedH2("jdbc:h2:file:/x;auto_server = true;MODE=PostgreSQL")).isFalse();
    assertThat(Database.embeddedH2("jdbc:h2:tcp://db.example.org/parley")).isFalse();
    assertThat(Database.embeddedH2("jdbc:h2:ssl://db.example.org/parley")).isFalse();
    assertThat(Database.embeddedH2("jdbc:postgresql://db.example.org/parley")).isFalse();
    assertThat(db.quotaInMemory()).isTrue();
  }

  @Test
  void aQuotaLogParleyCannotReadIsSkippedWithAWarningAndTheOthersLoad() throws Exception {
    db.quotas().acquire(jid("a@example.org"), 1, HOUR, T0);
    closeDatabase();
    TestDatabases.execute(
        settings,
        "insert into quota_requester (requester_key, requests, newest)"
            + " values (42, X'0102030405', timestamp with time zone '2026-11-21 10:00:00+00')");

    List<ILoggingEvent> events =
        logged(
            () -> {
              try (Database reopened = Database.open(settings)) {
                assertThat(reopened.quotas().acquire(jid("a@example.org"), 1, HOUR, T0))
                    .as("a's grant was read")
                    .isInstanceOf(QuotaStore.Decision.Refused.class);
              }
            });

    assertThat(events)
        .filteredOn(e -> e.getLevel() == Level.WARN)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "store: ignoring the quota log of requester key 42: 5 bytes is not a whole number of"
                + " instants");
  }

  @Test
  void theDefaultConfigurationCreatesTheDatabaseInTheDataDirectory(@TempDir Path dir)
      throws Exception {
    Path dataDir = dir.resolve("not/yet/there");
    ParleyConfig config =
        ParleyConfig.fromConfig(
            ConfigFactory.parseMap(
                    Map.of(
                        "parley.data-dir", dataDir.toString(),
                        "parley.xmpp.domain", "parley.example.org",
                        "parley.xmpp.secret", "s"))
                .withFallback(ConfigFactory.defaultReference())
                .resolve());
    assertThat(config.store().poolSize()).isEqualTo(8);

    try (Database d = Database.open(config.store())) {
      assertThat(d.schema().migrationsApplied()).isEqualTo(4);
      assertThat(d.quotaInMemory()).as("the default store is an embedded H2 file").isTrue();
      assertThat(d.meetings().reserve("jitsi", "x", jid("a@example.org"), null, T0, T0.plus(HOUR)))
          .isTrue();
    }
    assertThat(Files.exists(dataDir.resolve("parley.mv.db"))).isTrue();
  }

  @Test
  void poolMetricsGoToTheGivenRegistry() throws DatabaseException {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (Database d = Database.open(settings, registry)) {
      d.meetings().find("jitsi", "x", T0);
      assertThat(registry.find("hikaricp.connections.max").tag("pool", Database.POOL_NAME).gauge())
          .isNotNull()
          .satisfies(g -> assertThat(g.value()).isEqualTo(settings.poolSize()));
    }
  }

  @Test
  void aUrlNoDriverAcceptsIsAnInvalidUrl() {
    DatabaseException e =
        catchThrowableOfType(
            DatabaseException.class,
            () -> Database.open(TestDatabases.settings("jdbc:nosuchdb://x/y", "", "")));

    assertThat(e.failure()).isEqualTo(DatabaseException.Failure.INVALID_URL);
    assertThat(e.getMessage())
        .startsWith("parley.store.url: no JDBC driver accepts jdbc:nosuchdb://x/y");
  }
}
