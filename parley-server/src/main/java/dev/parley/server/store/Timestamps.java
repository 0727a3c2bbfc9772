/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Instants in {@code timestamp with time zone} columns. Both databases keep microseconds, and round
 * finer values in ways of their own; the store truncates to the microsecond first, so what is read
 * back is exactly what was written, on either database. Values are bound and read as UTC {@link
 * OffsetDateTime} (JDBC 4.2), never through {@code java.sql.Timestamp} and the JVM's time zone.
 */
final class Timestamps {
  private Timestamps() {}

  /** {@code instant} as stored: truncated to the microsecond. */
  static Instant stored(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Sets parameter {@code index} of {@code statement} to {@code instant}, truncated. */
  static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
    Instant at = stored(instant);
    // Not instant.atOffset(UTC): that asks ZoneOffset.UTC for its rules, a new object every call.
    LocalDateTime utc =
        LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
    statement.setObject(index, OffsetDateTime.of(utc, ZoneOffset.UTC));
  }

  /** The instant in column {@code column}, which is not null. */
  static Instant read(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    if (value == null) {
      throw new SQLException("column " + column + " is null");
    }
    return value.toInstant();
  }
}
