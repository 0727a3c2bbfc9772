/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * The prepared statements of one database connection: each {@link Sql} statement is prepared the
 * first time it is needed and then reused for as long as the connection lives, so that a
 * transaction builds no statement objects and the database parses nothing again.
 *
 * <p>Holds the driver's own connection, not the pool's wrapper (whose statements the pool closes
 * when the connection goes back). Used by one thread at a time — the one that borrowed the
 * connection from the pool; the pool's hand-over orders one borrower's uses before the next one's.
 * A result set must be closed before its statement is used again.
 */
final class Statements {
  private final Connection connection;
  private final @Nullable PreparedStatement[] prepared = new PreparedStatement[Sql.values().length];

  Statements(Connection connection) {
    this.connection = connection;
  }

  /** {@code sql} prepared on this connection, its parameters cleared. */
  PreparedStatement get(Sql sql) throws SQLException {
    PreparedStatement s = prepared[sql.ordinal()];
    if (s == null) {
      s = connection.prepareStatement(sql.text());
      prepared[sql.ordinal()] = s;
    } else {
      // Every caller sets every parameter; clearing makes a forgotten one fail, not reuse a value.
      s.clearParameters();
    }
    return s;
  }

  /** Whether the connection was closed (by the pool, retiring or evicting it). */
  boolean closed() {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }
}
