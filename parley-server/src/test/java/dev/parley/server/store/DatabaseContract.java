/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.parley.server.config.ParleyConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Database}'s contract — migrations, pruning, start-up errors, secrets — run on each
 * database by the subclasses.
 */
abstract class DatabaseContract extends StoreContract {
  static final Duration HOUR = Duration.ofHours(1);

  DatabaseContract(TestDatabases databases) {
    super(databases);
  }

  /** {@code s}'s URL carrying {@code password} itself, in the database's URL syntax. */
  abstract String urlWithPassword(ParleyConfig.Store s, String password);

  @Test
  void theSchemaIsMigratedOnceAndReopeningChangesNothing() throws DatabaseException {
    ParleyConfig.Store fresh = databases.fresh();
    String history = "select * from flyway_schema_history order by installed_rank";
    List<List<String>> historyAfterFirst;
    try (Database first = Database.open(fresh)) {
      assertThat(first.schema().migrationsApplied()).isEqualTo(4);
      assertThat(first.schema().version()).isEqualTo("4");
      assertThat(first.schema().product()).startsWith(databases.name());
      first.meetings().reserve("jitsi", "kept", jid("a@example.org"), null, T0, T0.plus(HOUR));
      historyAfterFirst = TestDatabases.rows(fresh, history);
    }
    try (Database second = Database.open(fresh)) {
      assertThat(second.schema().migrationsApplied()).isZero();
      assertThat(second.schema().version()).isEqualTo("4");
      assertThat(second.meetings().find("jitsi", "kept", T0)).isPresent();
    }
    assertThat(TestDatabases.rows(fresh, history)).isEqualTo(historyAfterFirst);
    assertThat(
            TestDatabases.rows(
                fresh,
                "select version, script from flyway_schema_history where version is not null"))
        .containsExactly(
            List.of("1", "V1__meetings_quotas_landing_links.sql"),
            List.of("2", "V2__meeting_without_expires_index.sql"),
            List.of("3", "V3__quota_keyed_by_digest.sql"),
            List.of("4", "V4__quota_grants.sql"));
  }

  @Test
  void upgradingToV3StartsEveryQuotaWindowAfreshAndKeepsMeetings() throws DatabaseException {
    ParleyConfig.Store fresh = databases.fresh();
    migrateTo(fresh, "2");
    TestDatabases.execute(
        fresh,
        "insert into quota_requester (requester, requests, newest)"
            + " values ('a@example.org', '', timestamp with time zone '2026-01-01 00:00:00+00')",
        "insert into meeting (type, id, requester, created, expires) values ('jitsi', 'old',"
            + " 'a@example.org', timestamp with time zone '2026-01-01 00:00:00+00',"
            + " timestamp with time zone '2100-01-01 00:00:00+00')");

    try (Database upgraded = Database.open(fresh)) {
      assertThat(upgraded.schema().migrationsApplied()).isEqualTo(2);
      assertThat(upgraded.schema().version()).isEqualTo("4");
      assertThat(TestDatabases.queryLong(fresh, "select count(*) from quota_requester")).isZero();
      assertThat(upgraded.meetings().find("jitsi", "old", T0)).isPresent();
      assertThat(upgraded.quotas().acquire(jid("a@example.org"), 1, HOUR, T0))
          .isInstanceOf(QuotaStore.Decision.Granted.class);
      assertThat(upgraded.quotas().acquire(jid("a@example.org"), 1, HOUR, T0.plusSeconds(1)))
          .isInstanceOf(QuotaStore.Decision.Refused.class);
    }
  }

  /**
   * The logs an earlier version kept in {@code quota_requester} still count after the upgrade to
   * V4, whichever way the quota is now kept (in memory on embedded H2, in the rows elsewhere).
   */
  @Test
  void upgradingToV4KeepsEveryQuotaWindow() throws Exception {
    ParleyConfig.Store fresh = databases.fresh();
    migrateTo(fresh, "3");
    try (Connection c = DriverManager.getConnection(fresh.url(), fresh.user(), fresh.password());
        PreparedStatement insert =
            c.prepareStatement(
                "insert into quota_requester (requester_key, requests, newest) values (?, ?, ?)")) {
      insert.setLong(1, RequesterKey.of("a@example.org"));
      insert.setBytes(2, new QuotaLog(new long[] {QuotaWindow.micros(T0)}).encode());
      insert.setObject(3, T0.atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }

    try (Database upgraded = Database.open(fresh)) {
      assertThat(upgraded.schema().migrationsApplied()).isEqualTo(1);
      assertThat(upgraded.quotas().acquire(jid("a@example.org"), 1, HOUR, T0.plusSeconds(1)))
          .isEqualTo(new QuotaStore.Decision.Refused(T0.plus(HOUR)));
      assertThat(upgraded.quotas().acquire(jid("b@example.org"), 1, HOUR, T0.plusSeconds(1)))
          .isInstanceOf(QuotaStore.Decision.Granted.class);
    }
  }

  @Test
  void twoProcessesStartingAtOnceMigrateOnce() throws Exception {
    ParleyConfig.Store fresh = databases.fresh();
    List<Database> opened = Race.run(2, i -> () -> Database.open(fresh));
    try {
      // Each migration runs once; which process runs which depends on who takes the lock first
      // (one may apply V1 and the other V2 to V4).
      assertThat(opened.stream().mapToInt(d -> d.schema().migrationsApplied()).sum()).isEqualTo(4);
      assertThat(
              TestDatabases.rows(
                  fresh, "select version from flyway_schema_history where version is not null"))
          .containsExactlyInAnyOrder(List.of("1"), List.of("2"), List.of("3"), List.of("4"));
    } finally {
      opened.forEach(Database::close);
    }
  }

  @Test
  void aWrongPasswordIsRefusedWithAClearMessage() {
    String wrong = "wrong-password-7d1a";
    DatabaseException e =
        catchThrowableOfType(
            DatabaseException.class,
            () -> Database.open(TestDatabases.withPassword(settings, wrong)));

    assertThat(e.failure()).isEqualTo(DatabaseException.Failure.REFUSED);
    assertThat(e.failure().isTransient()).isFalse();
    assertThat(e.key()).isEqualTo("parley.store.url");
    assertThat(e.getMessage())
        .startsWith("parley.store.url: the database at " + settings.url() + " refused")
        .contains("parley.store.password")
        .doesNotContain(wrong)
        .doesNotContain(settings.password());
  }

  @Test
  void passwordsNeverReachMessagesOrLogs() throws DatabaseException {
    String wrong = "wrong-password-in-url-5c0e";
    List<ILoggingEvent> events =
        logged(
            () -> {
              ParleyConfig.Store inUrl =
                  TestDatabases.withPassword(
                      TestDatabases.withUrl(
                          settings, urlWithPassword(settings, settings.password())),
                      "");
              try (Database d = Database.open(inUrl)) {
                assertThat(d.toString()).doesNotContain(settings.password());
                assertThat(inUrl.toString()).doesNotContain(settings.password());
              }
              ParleyConfig.Store wrongInUrl =
                  TestDatabases.withPassword(
                      TestDatabases.withUrl(settings, urlWithPassword(settings, wrong)), "");
              assertThatThrownBy(() -> Database.open(wrongInUrl))
                  .isInstanceOf(DatabaseException.class)
                  .message()
                  .containsIgnoringCase("password=***")
                  .doesNotContain(wrong);
            });

    assertThat(events).isNotEmpty();
    for (ILoggingEvent event : events) {
      for (String text : texts(event)) {
        assertThat(text).doesNotContain(settings.password()).doesNotContain(wrong);
      }
    }
  }

  @Test
  void pruneDeletesWhatExpiredOnceOnly() {
    Duration twoHours = HOUR.multipliedBy(2);
    db.meetings().reserve("jitsi", "old", jid("a@example.org"), null, T0, T0.plusSeconds(10));
    db.meetings().reserve("jitsi", "new", jid("a@example.org"), null, T0, T0.plus(twoHours));
    db.quotas().acquire(jid("a@example.org"), 5, HOUR, T0);
    db.quotas().acquire(jid("a@example.org"), 5, HOUR, T0.plusSeconds(30));
    db.quotas().acquire(jid("b@example.org"), 5, HOUR, T0);
    db.landingLinks().create("bigbluebutton", "old", "viewer", T0.plusSeconds(10));
    db.landingLinks().create("bigbluebutton", "new", "viewer", T0.plus(twoHours));

    // An hour and 15 s later: b's only request has left the window, a's newest has not.
    Instant later = T0.plusSeconds(15).plus(HOUR);
    assertThat(db.prune(later, HOUR)).isEqualTo(new Database.Pruned(1, 1, 1));
    assertThat(other.prune(later, HOUR)).isEqualTo(new Database.Pruned(0, 0, 0));
    assertThat(db.meetings().find("jitsi", "new", later)).isPresent();
    assertThat(db.quotas().acquire(jid("a@example.org"), 1, HOUR, later))
        .isEqualTo(new QuotaStore.Decision.Refused(T0.plusSeconds(30).plus(HOUR)));
  }

  @Test
  void scheduledPruningRunsUntilClosed() throws DatabaseException {
    ParleyConfig.Store fresh =
        TestDatabases.withPruneInterval(databases.fresh(), Duration.ofMillis(50));
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> schedule;
      try (Database d = Database.open(fresh)) {
        d.meetings().reserve("jitsi", "old", jid("a@example.org"), null, T0, T0.plusSeconds(1));
        d.quotas().acquire(jid("a@example.org"), 5, HOUR, T0);
        d.landingLinks().create("bigbluebutton", "old", "viewer", T0.plusSeconds(1));
        Clock clock = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);

        schedule = d.schedulePruning(timer, clock, HOUR);
        assertThat((Object) d.schedulePruning(timer, clock, HOUR)).isSameAs(schedule);
        await()
            .atMost(Duration.ofSeconds(30))
            .until(
                () ->
                    TestDatabases.queryLong(
                            fresh,
                            "select (select count(*) from meeting)"
                                + " + (select count(*) from quota_requester)"
                                + " + (select count(*) from quota_grant)"
                                + " + (select count(*) from landing_link)")
                        == 0);
      }
      assertThat(schedule.isCancelled()).isTrue();
    } finally {
      timer.shutdownNow();
    }
  }

  @Test
  void aClosedDatabaseFailsWithStoreAccessException() throws DatabaseException {
    Database d = Database.open(settings);
    d.close();
    d.close();

    assertThatThrownBy(() -> d.meetings().find("jitsi", "x", T0))
        .isInstanceOf(StoreAccessException.class)
        .hasMessageStartingWith("store: find jitsi/x failed");
  }

  /** Brings a new database's schema to {@code version}, as an earlier Parley would have left it. */
  static void migrateTo(ParleyConfig.Store s, String version) {
    Flyway.configure()
        .dataSource(s.url(), s.user(), s.password())
        .locations("classpath:db/migration")
        .target(version)
        .load()
        .migrate();
  }

  /** Runs {@code work} with every logger at DEBUG and returns what was logged. */
  static List<ILoggingEvent> logged(ThrowingRunnable work) throws DatabaseException {
    ch.qos.logback.classic.Logger root =
        (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
    Level level = root.getLevel();
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    root.addAppender(appender);
    root.setLevel(Level.DEBUG);
    try {
      work.run();
    } finally {
      root.setLevel(level);
      root.detachAppender(appender);
    }
    return List.copyOf(appender.list);
  }

  static List<String> texts(ILoggingEvent event) {
    List<String> texts = new ArrayList<>();
    texts.add(event.getFormattedMessage());
    for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
      texts.add(String.valueOf(t.getMessage()));
    }
    return texts;
  }

  interface ThrowingRunnable {
    void run() throws DatabaseException;
  }
}
