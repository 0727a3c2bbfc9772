/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a store operation in one transaction (READ COMMITTED, set on the pool), running it again
 * when the database reports a transient conflict (a deadlock, a lock wait that timed out), and
 * turning every other database failure into a {@link StoreAccessException} naming the operation.
 */
final class Transactor {
  private static final Logger LOG = LoggerFactory.getLogger(Transactor.class);

  /** Attempts of one operation before a transient conflict is reported as a failure. */
  static final int MAX_ATTEMPTS = 5;

  private final Jdbi jdbi;

  Transactor(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** Runs {@code work} in a transaction. */
  <T> T inTransaction(String operation, HandleCallback<T, RuntimeException> work) {
    return run(operation, work, null);
  }

  /**
   * Runs {@code work} in a transaction; when a unique constraint refuses a row, the transaction is
   * rolled back and {@code onUniqueViolation} returned.
   */
  <T> T inTransaction(
      String operation, HandleCallback<T, RuntimeException> work, T onUniqueViolation) {
    return run(operation, work, onUniqueViolation);
  }

  private <T> T run(
      String operation, HandleCallback<T, RuntimeException> work, @Nullable T onUniqueViolation) {
    for (int attempt = 1; ; attempt++) {
      try {
        return jdbi.inTransaction(work);
      } catch (JdbiException e) {
        if (onUniqueViolation != null && SqlErrors.isUniqueViolation(e)) {
          return onUniqueViolation;
        }
        if (attempt < MAX_ATTEMPTS && SqlErrors.isTransient(e)) {
          LOG.debug("{}: transient conflict, attempt {}: {}", operation, attempt, e.getMessage());
          continue;
        }
        throw failure(operation, e);
      }
    }
  }

  /** A failure of {@code operation}, with the database's own message (not the SQL). */
  static StoreAccessException failure(String operation, JdbiException e) {
    java.sql.SQLException sql = SqlErrors.sqlCause(e);
    String why = sql == null ? e.getMessage() : sql.getMessage();
    return new StoreAccessException("store: " + operation + " failed: " + why, e);
  }
}
