/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import dev.parley.server.config.ParleyConfig;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** A source of new, empty databases for the store's tests: H2 files, or a real PostgreSQL. */
public interface TestDatabases {
  /** Which database this is, for messages. */
  String name();

  /**
   * Settings of a new, empty database that an ordinary user (not a superuser) owns, with a
   * password.
   */
  ParleyConfig.Store fresh();

  /** Frees what this source created for one test class. */
  default void release() {}

  static ParleyConfig.Store settings(String url, String user, String password) {
    return new ParleyConfig.Store(
        url, user, password, 8, Duration.ofSeconds(10), Duration.ofMinutes(5));
  }

  static ParleyConfig.Store withPassword(ParleyConfig.Store s, String password) {
    return new ParleyConfig.Store(
        s.url(), s.user(), password, s.poolSize(), s.connectTimeout(), s.pruneInterval());
  }

  static ParleyConfig.Store withUrl(ParleyConfig.Store s, String url) {
    return new ParleyConfig.Store(
        url, s.user(), s.password(), s.poolSize(), s.connectTimeout(), s.pruneInterval());
  }

  static ParleyConfig.Store withPruneInterval(ParleyConfig.Store s, Duration every) {
    return new ParleyConfig.Store(
        s.url(), s.user(), s.password(), s.poolSize(), s.connectTimeout(), every);
  }

  /** The single {@code long} that {@code sql} selects, on a connection of its own. */
  static long queryLong(ParleyConfig.Store s, String sql) {
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      if (!rs.next()) {
        throw new AssertionError("no row from " + sql);
      }
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  /** The rows {@code sql} selects, each as a list of strings, on a connection of its own. */
  static java.util.List<java.util.List<String>> rows(ParleyConfig.Store s, String sql) {
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      java.util.List<java.util.List<String>> rows = new java.util.ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        java.util.List<String> row = new java.util.ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    } catch (SQLException e) {
      throw new AssertionError(sql + ": " + e.getMessage(), e);
    }
  }

  /** Runs statements on a connection of its own. */
  static void execute(ParleyConfig.Store s, String... sql) {
    try (Connection c = DriverManager.getConnection(s.url(), s.user(), s.password());
        Statement st = c.createStatement()) {
      for (String each : sql) {
        st.execute(each);
      }
    } catch (SQLException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  /** Deletes every row of the store's tables. */
  static void clear(ParleyConfig.Store s) {
    execute(
        s,
        "delete from meeting",
        "delete from quota_requester",
        "delete from quota_grant",
        "delete from landing_link");
  }
}
