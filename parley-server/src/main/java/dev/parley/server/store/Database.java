/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static java.util.Objects.requireNonNull;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import com.zaxxer.hikari.pool.HikariPool;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.internal.concurrent.NamedThreads;
import dev.parley.server.internal.random.SecureRandoms;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Parley's database: a connection pool (HikariCP) on {@code parley.store.url}, the schema brought
 * up to date by Flyway when it opens ({@code classpath:db/migration}), and the stores on top (plain
 * JDBC, every statement in {@link Sql}). H2 in PostgreSQL mode by default, PostgreSQL in
 * production; the same SQL runs on both.
 *
 * <p>{@link #open} fails with a {@link DatabaseException} whose message names {@code
 * parley.store.url} and what failed; the password never appears in a message or a log line. After
 * start-up, store operations that fail throw {@link StoreAccessException}.
 *
 * <p>The stores are thread-safe and block on the database (a few milliseconds per call, up to
 * {@code parley.store.connect-timeout} when the pool or the database is exhausted).
 *
 * <p>Several processes may each open one {@code Database} on a shared database (PostgreSQL). An
 * embedded H2 database, which only one process can open, is opened once in it: its quota is decided
 * in this object's memory ({@link QuotaLedger}), so a second {@code Database} on the same embedded
 * database in one process would count requests apart from the first.
 */
public final class Database implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Database.class);

  /** The pool's name, as in its threads and its {@code hikaricp_*} metrics. */
  public static final String POOL_NAME = "parley-store";

  /** Where the migrations are. */
  static final String MIGRATIONS = "classpath:db/migration";

  private final ParleyConfig.Store settings;
  private final HikariDataSource pool;
  private final Schema schema;
  private final MeetingStore meetings;
  private final QuotaStore quotas;
  private final MeetingAdmissions admissions;
  private final LandingLinkStore landingLinks;
  private final @Nullable QuotaLedger ledger;
  private final AtomicReference<@Nullable ScheduledFuture<?>> pruning = new AtomicReference<>();
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * The database and its schema after {@link #open}.
   *
   * @param product the database and its version, as its driver reports them ({@code PostgreSQL
   *     17.6}, {@code H2 2.4.240 (2025-09-22)})
   * @param version the schema version now ({@code 1})
   * @param migrationsApplied how many migrations this start-up applied (0: already up to date)
   */
  public record Schema(String product, String version, int migrationsApplied) {}

  /** What one {@link #prune} deleted. */
  public record Pruned(int meetings, int quotaRequesters, int landingLinks) {}

  private Database(
      ParleyConfig.Store settings,
      HikariDataSource pool,
      Schema schema,
      Transactor tx,
      @Nullable QuotaLedger ledger) {
    this.settings = settings;
    this.pool = pool;
    this.schema = schema;
    this.ledger = ledger;
    QuotaKeeper keeper = ledger == null ? new RowQuota() : ledger;
    this.meetings = new JdbcMeetingStore(tx);
    this.quotas = new JdbcQuotaStore(tx, keeper);
    this.admissions = new JdbcMeetingAdmissions(tx, keeper);
    this.landingLinks = new JdbcLandingLinkStore(tx, SecureRandoms.forIdsAndTokens());
  }

  /** Opens the database without pool metrics. */
  public static Database open(ParleyConfig.Store settings) throws DatabaseException {
    return open(settings, null);
  }

  /**
   * Connects to the database, fails fast when it cannot, and migrates its schema to this version of
   * Parley. Pool metrics ({@code hikaricp_connections_*{pool="parley-store"}}) go to {@code
   * metrics} when given.
   */
  public static Database open(ParleyConfig.Store settings, @Nullable MeterRegistry metrics)
      throws DatabaseException {
    requireNonNull(settings, "settings");
    String url = settings.redactedUrl();
    UrlDataSource source;
    try {
      source =
          new UrlDataSource(
              jdbcUrl(settings.url()),
              url,
              settings.user(),
              settings.password(),
              (int) settings.connectTimeout().toSeconds());
    } catch (SQLException e) {
      throw new DatabaseException(
          DatabaseException.Failure.INVALID_URL,
          "parley.store.url: no JDBC driver accepts "
              + url
              + " (Parley includes PostgreSQL, jdbc:postgresql://host:5432/database, and H2,"
              + " jdbc:h2:file:/path/parley)");
    }
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(poolConfig(settings, source, metrics));
    } catch (HikariPool.PoolInitializationException e) {
      throw connectFailure(settings, e);
    }
    try {
      Schema schema = migrate(pool);
      LOG.info(
          "store: {} at {}, schema version {} (migrations applied now: {})",
          schema.product(),
          url,
          schema.version(),
          schema.migrationsApplied());
      Transactor tx = new Transactor(pool);
      QuotaLedger ledger = embeddedH2(settings.url()) ? QuotaLedger.open(tx) : null;
      return new Database(settings, pool, schema, tx, ledger);
    } catch (StoreAccessException e) {
      pool.close();
      throw new DatabaseException(
          DatabaseException.Failure.UNREADABLE,
          scrub(
              settings,
              "parley.store.url: cannot read the quota records of the database at "
                  + url
                  + ": "
                  + e.getMessage()));
    } catch (FlywayException | SQLException e) {
      pool.close();
      throw new DatabaseException(
          DatabaseException.Failure.MIGRATION,
          scrub(
              settings,
              "parley.store.url: cannot bring the schema of the database at "
                  + url
                  + " up to date: "
                  + e.getMessage()));
    }
  }

  private static HikariConfig poolConfig(
      ParleyConfig.Store settings, UrlDataSource source, @Nullable MeterRegistry metrics) {
    HikariConfig c = new HikariConfig();
    c.setPoolName(POOL_NAME);
    c.setDataSource(source);
    c.setMaximumPoolSize(settings.poolSize());
    c.setConnectionTimeout(Math.max(250, settings.connectTimeout().toMillis()));
    // One attempt at start-up: an unreachable database or refused credentials stop start-up with
    // the driver's reason instead of a pool that keeps retrying in the background.
    c.setInitializationFailTimeout(1);
    // The stores rely on READ COMMITTED (the default of both databases): each statement sees what
    // committed before it started, in particular after waiting for a row lock.
    c.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
    c.setThreadFactory(NamedThreads.daemon("store"));
    if (metrics != null) {
      c.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
    }
    return c;
  }

  /** H2's page cache in KB unless the URL sets {@code CACHE_SIZE} (H2's own default: 16 MB). */
  static final int H2_CACHE_KB = 2048;

  /**
   * The URL the pool uses; for H2, with two settings added unless the URL sets them.
   *
   * <ul>
   *   <li>Result reuse off ({@code OPTIMIZE_REUSE_RESULTS=FALSE}): H2 2.x can answer a repeated
   *       parameterised subquery from the result of its previous run even after the session's own
   *       uncommitted changes (seen with 2.4.240: an {@code insert … where not exists} after a
   *       {@code delete} in the same transaction), and has had other stale-result bugs in that
   *       cache (h2database issues 1878, 3534, 3894). The store's statements are too cheap to need
   *       it.
   *   <li>A page cache of {@value #H2_CACHE_KB} KB ({@code CACHE_SIZE}). The cache is on the Java
   *       heap, and the pages written since the last young collection that it still holds are
   *       copied by that collection. The store writes at the right-hand end of its B-trees (meeting
   *       ids and quota grants in time order) and reads mostly what it has just written, so a small
   *       cache keeps what it needs; with H2's 16 MB, the collections during 5,000 meeting requests
   *       a second paused 22–34 ms, with 2 MB 12–19 ms (docs/PERFORMANCE.md, "Meeting links").
   * </ul>
   */
  static String jdbcUrl(String url) {
    if (!url.startsWith("jdbc:h2:")) {
      return url;
    }
    String upper = url.toUpperCase(Locale.ROOT);
    StringBuilder u = new StringBuilder(url);
    if (!upper.contains("OPTIMIZE_REUSE_RESULTS")) {
      u.append(";OPTIMIZE_REUSE_RESULTS=FALSE");
    }
    if (!upper.contains("CACHE_SIZE")) {
      u.append(";CACHE_SIZE=").append(H2_CACHE_KB);
    }
    return u.toString();
  }

  /**
   * Whether {@code url} opens an embedded H2 database — a file H2 locks for this process, or one in
   * memory — whose quota can then be kept in memory ({@link QuotaLedger}). Not H2 over TCP or TLS,
   * nor a file that other processes may reach through {@code AUTO_SERVER=TRUE}.
   */
  static boolean embeddedH2(String url) {
    String u = url.toLowerCase(Locale.ROOT);
    if (!u.startsWith("jdbc:h2:") || u.startsWith("jdbc:h2:tcp:") || u.startsWith("jdbc:h2:ssl:")) {
      return false;
    }
    for (String option : u.split(";")) {
      if (option.replace(" ", "").equals("auto_server=true")) {
        return false;
      }
    }
    return true;
  }

  private static DatabaseException connectFailure(ParleyConfig.Store settings, Throwable e) {
    SQLException sql = SqlErrors.sqlCause(e);
    String why = sql == null ? String.valueOf(e.getMessage()) : sql.getMessage();
    String url = settings.redactedUrl();
    String user = settings.user().isEmpty() ? "(none)" : "'" + settings.user() + "'";
    DatabaseException.Failure failure = SqlErrors.connectFailure(e);
    String message =
        switch (failure) {
          case UNREACHABLE -> "parley.store.url: cannot reach the database at " + url + ": " + why;
          case IN_USE ->
              "parley.store.url: the H2 database at "
                  + url
                  + " is in use by another process ("
                  + why
                  + "); H2 allows one process per database file: stop the other one, or use"
                  + " PostgreSQL";
          case INVALID_URL -> "parley.store.url: cannot open " + url + ": " + why;
          default ->
              "parley.store.url: the database at "
                  + url
                  + " refused the connection as user "
                  + user
                  + ": "
                  + why
                  + " (check parley.store.user, parley.store.password and that the database"
                  + " exists)";
        };
    return new DatabaseException(failure, scrub(settings, message));
  }

  private static Schema migrate(HikariDataSource pool) throws SQLException {
    Flyway flyway =
        Flyway.configure()
            .dataSource(pool)
            .locations(MIGRATIONS)
            .failOnMissingLocations(true)
            .cleanDisabled(true)
            .load();
    MigrateResult result = flyway.migrate();
    MigrationInfo current = flyway.info().current();
    String version =
        current == null || current.getVersion() == null
            ? "none"
            : current.getVersion().getVersion();
    String product;
    try (Connection connection = pool.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      product = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    }
    return new Schema(product, version, result.migrationsExecuted);
  }

  /**
   * {@code message} with the password masked, should a driver or a URL have echoed it (URLs may
   * carry {@code password=}).
   */
  private static String scrub(ParleyConfig.Store settings, String message) {
    String m = message.replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
    String password = settings.password();
    return password.length() >= 4 ? m.replace(password, "***") : m;
  }

  public Schema schema() {
    return schema;
  }

  public MeetingStore meetings() {
    return meetings;
  }

  /** Quota and reservation of a meeting request in one transaction. */
  public MeetingAdmissions admissions() {
    return admissions;
  }

  public QuotaStore quotas() {
    return quotas;
  }

  public LandingLinkStore landingLinks() {
    return landingLinks;
  }

  /**
   * Deletes meetings and landing links expired at {@code now}, and quota records older than {@code
   * quotaRetention} before {@code now} (pass the longest quota window in use: older records no
   * longer count). Running it again, or from several processes at once, deletes nothing twice.
   */
  public Pruned prune(Instant now, Duration quotaRetention) {
    return new Pruned(
        meetings.pruneExpired(now),
        quotas.pruneBefore(now.minus(quotaRetention)),
        landingLinks.pruneExpired(now));
  }

  /**
   * Runs {@link #prune} on {@code timer} now and then every {@code parley.store.prune-interval}, at
   * {@code clock}'s time, until {@link #close}. A failed run is logged and the next one goes ahead.
   * Calling it again returns the schedule already running. A run blocks its timer thread for as
   * long as the database takes (up to {@code parley.store.connect-timeout} when it is down).
   */
  public ScheduledFuture<?> schedulePruning(
      ScheduledExecutorService timer, Clock clock, Duration quotaRetention) {
    requireNonNull(clock, "clock");
    requireNonNull(quotaRetention, "quotaRetention");
    if (closed.get()) {
      throw new IllegalStateException("the database is closed");
    }
    long every = settings.pruneInterval().toMillis();
    ScheduledFuture<?> running = pruning.get();
    if (running != null) {
      return running;
    }
    ScheduledFuture<?> scheduled =
        timer.scheduleWithFixedDelay(
            () -> pruneLogged(clock, quotaRetention), 0, every, TimeUnit.MILLISECONDS);
    if (!pruning.compareAndSet(null, scheduled)) {
      scheduled.cancel(false);
      return requireNonNull(pruning.get());
    }
    if (closed.get()) {
      scheduled.cancel(false); // closed meanwhile
    }
    return scheduled;
  }

  private void pruneLogged(Clock clock, Duration quotaRetention) {
    try {
      Pruned p = prune(clock.instant(), quotaRetention);
      if (p.meetings() + p.quotaRequesters() + p.landingLinks() > 0) {
        LOG.debug(
            "store: pruned {} meetings, {} quota requesters, {} landing links",
            p.meetings(),
            p.quotaRequesters(),
            p.landingLinks());
      }
    } catch (StoreAccessException e) {
      LOG.warn(
          "store: pruning failed, retrying in {}: {}", settings.pruneInterval(), e.getMessage());
    }
  }

  /**
   * Whether the quota is decided in this process's memory ({@link QuotaLedger}: an embedded H2
   * database) rather than in the database's rows.
   */
  boolean quotaInMemory() {
    return ledger != null;
  }

  /** Stops pruning and closes the pool. Idempotent. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    ScheduledFuture<?> p = pruning.getAndSet(null);
    if (p != null) {
      p.cancel(false);
    }
    pool.close();
  }

  @Override
  public String toString() {
    return "Database[" + settings.redactedUrl() + ", " + schema.product() + "]";
  }
}
