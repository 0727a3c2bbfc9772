/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a store operation in one transaction (READ COMMITTED, set on the pool) on plain JDBC,
 * running it again when the database reports a transient conflict (a deadlock, a lock wait that
 * timed out), and turning every other database failure into a {@link StoreAccessException} naming
 * the operation.
 *
 * <p>The operation gets the {@link Statements} of the connection it runs on: prepared once per
 * connection and reused, so that a transaction costs the database's own work and little else. They
 * are kept per driver connection (the pool's wrapper changes with every borrow; neither driver's
 * connection overrides {@code equals}, so the map is by identity) and forgotten once the pool has
 * closed their connection: each time a connection is seen for the first time, the entries of closed
 * ones are dropped, so the map holds about the pool's size.
 */
final class Transactor {
  private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

  /** Attempts of one operation before a transient conflict is reported as a failure. */
  static final int MAX_ATTEMPTS = 5;

  /** A transaction's statements; a thrown exception rolls it back. */
  @FunctionalInterface
  interface Work<T> {
    T run(Statements sql) throws SQLException;
  }

  private final HikariDataSource pool;
  private final ConcurrentHashMap<Connection, Statements> statements = new ConcurrentHashMap<>();

  Transactor(HikariDataSource pool) {
    this.pool = pool;
  }

  /** Runs {@code work} in a transaction; {@code operation} names it in failures. */
  <T> T inTransaction(Supplier<String> operation, Work<T> work) {
    return run(operation, work, null);
  }

  /**
   * Runs {@code work} in a transaction; when a unique constraint refuses a row, the transaction is
   * rolled back and {@code onUniqueViolation} returned.
   */
  <T> T inTransaction(Supplier<String> operation, Work<T> work, T onUniqueViolation) {
    return run(operation, work, onUniqueViolation);
  }

  /**
   * Runs {@code work} in a transaction; when a unique constraint refuses a row that a concurrent
   * transaction inserted first, rolls back and runs it again (the next attempt sees that row), up
   * to {@link #MAX_ATTEMPTS} times.
   */
  <T> T inTransactionRetrying(Supplier<String> operation, Work<T> work) {
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      Optional<T> result = run(operation, sql -> Optional.of(work.run(sql)), Optional.<T>empty());
      if (result.isPresent()) {
        return result.get();
      }
    }
    throw new IllegalStateException(
        operation.get() + ": a unique key refused a row " + MAX_ATTEMPTS + " times");
  }

  private <T> T run(Supplier<String> operation, Work<T> work, @Nullable T onUniqueViolation) {
    for (int attempt = 1; ; attempt++) {
      try {
        return once(work);
      } catch (SQLException e) {
        if (onUniqueViolation != null && SqlErrors.isUniqueViolation(e)) {
          return onUniqueViolation;
        }
        if (attempt < MAX_ATTEMPTS && SqlErrors.isTransient(e)) {
          LOG.debug(
              "{}: transient conflict, attempt {}: {}", operation.get(), attempt, e.getMessage());
          continue;
        }
        throw new StoreAccessException(
            "store: " + operation.get() + " failed: " + e.getMessage(), e);
      }
    }
  }

  private <T> T once(Work<T> work) throws SQLException {
    // The pool sets auto-commit back when the connection returns.
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      boolean committed = false;
      try {
        T result = work.run(statementsOf(c));
        c.commit();
        committed = true;
        return result;
      } finally {
        if (!committed) {
          rollback(c);
        }
      }
    }
  }

  /**
   * Rolls back after a failure. The statements ran on the driver's connection, past the pool's
   * wrapper, so the pool cannot tell whether the transaction is still open: it must be ended here,
   * or the auto-commit reset on return would commit it. A connection that cannot even roll back is
   * evicted.
   */
  private void rollback(Connection c) {
    try {
      c.rollback();
    } catch (SQLException e) {
      LOG.debug("store: rollback failed, evicting the connection: {}", e.getMessage());
      pool.evictConnection(c);
    }
  }

  /** How many connections' statements are kept (for tests: about the pool's size). */
  int connectionsWithStatements() {
    return statements.size();
  }

  /** How many of those connections are closed, to be forgotten at the next new one (tests). */
  long closedConnectionsWithStatements() {
    return statements.values().stream().filter(Statements::closed).count();
  }

  private Statements statementsOf(Connection pooled) throws SQLException {
    Connection connection = pooled.unwrap(Connection.class);
    Statements s = statements.get(connection);
    if (s == null) {
      // A connection the pool opened since the last one: forget those it closed meanwhile.
      statements.values().removeIf(Statements::closed);
      s = new Statements(connection);
      statements.put(connection, s);
    }
    return s;
  }
}
