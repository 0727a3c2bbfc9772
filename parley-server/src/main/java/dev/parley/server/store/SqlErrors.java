/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * Classification of database errors by SQLSTATE, for the two databases Parley supports. PostgreSQL
 * codes: https://www.postgresql.org/docs/current/errcodes-appendix.html; H2 uses the standard
 * classes where one exists and its own five-digit codes otherwise (org.h2.api.ErrorCode).
 */
final class SqlErrors {
  private SqlErrors() {}

  /** The first {@link SQLException} in the cause chain, or {@code null}. */
  static @Nullable SQLException sqlCause(@Nullable Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException e) {
        return e;
      }
    }
    return null;
  }

  private static String state(@Nullable Throwable t) {
    SQLException e = sqlCause(t);
    return e == null || e.getSQLState() == null ? "" : e.getSQLState();
  }

  /** A unique or primary key constraint refused a row (23505 on both databases). */
  static boolean isUniqueViolation(@Nullable Throwable t) {
    return "23505".equals(state(t));
  }

  /**
   * A failure that running the same transaction again may cure: a serialization failure or deadlock
   * (40001, 40P01), a lock wait that timed out (PostgreSQL 55P03, H2 HYT00), or H2's
   * concurrent-update error (90131).
   */
  static boolean isTransient(@Nullable Throwable t) {
    String s = state(t);
    return s.equals("40001")
        || s.equals("40P01")
        || s.equals("55P03")
        || s.equals("HYT00")
        || s.equals("90131");
  }

  /**
   * Why opening a connection failed: the server was not reachable or not accepting connections
   * (class 08, 57P03 starting up, 53300 too many connections), refused the credentials or the
   * database (class 28, 3D000 no such database, 42501 no privilege, H2 90013 no such database with
   * IFEXISTS), or is an H2 file locked by another process (90020).
   */
  static DatabaseException.Failure connectFailure(@Nullable Throwable t) {
    String s = state(t);
    if (s.startsWith("08") || s.equals("57P03") || s.equals("53300")) {
      return DatabaseException.Failure.UNREACHABLE;
    }
    if (s.equals("90020")) {
      return DatabaseException.Failure.IN_USE;
    }
    if (s.equals("90046")) {
      return DatabaseException.Failure.INVALID_URL;
    }
    return DatabaseException.Failure.REFUSED;
  }
}
