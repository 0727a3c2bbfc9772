/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Connections from the JDBC driver that accepts a URL, with the credentials passed as properties.
 * The pool gets this data source instead of the URL so that no library logs the URL: a URL may
 * carry a password ({@code ;PASSWORD=…} for H2, {@code ?password=…} for PostgreSQL), and HikariCP
 * masks only some spellings of it in its debug output. {@link #toString} shows the URL masked.
 *
 * <p>For PostgreSQL, {@code parley.store.connect-timeout} becomes the driver's {@code
 * connectTimeout} and {@code loginTimeout} unless the URL sets them.
 */
final class UrlDataSource implements DataSource {
  private final Driver driver;
  private final String url;
  private final String redactedUrl;
  private final Properties properties = new Properties();
  private volatile int loginTimeoutSeconds;

  /**
   * @throws SQLException when no driver accepts {@code url}
   */
  UrlDataSource(String url, String redactedUrl, String user, String password, int timeoutSeconds)
      throws SQLException {
    this.driver = DriverManager.getDriver(url);
    this.url = url;
    this.redactedUrl = redactedUrl;
    if (!user.isEmpty()) {
      properties.setProperty("user", user);
    }
    if (!password.isEmpty()) {
      properties.setProperty("password", password);
    }
    if (url.startsWith("jdbc:postgresql:")) {
      String seconds = Integer.toString(Math.max(1, timeoutSeconds));
      if (!url.contains("connectTimeout=")) {
        properties.setProperty("connectTimeout", seconds);
      }
      if (!url.contains("loginTimeout=")) {
        properties.setProperty("loginTimeout", seconds);
      }
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection c = driver.connect(url, properties);
    if (c == null) {
      throw new SQLException("the driver does not accept " + redactedUrl, "08001");
    }
    return c;
  }

  /** Not used: the credentials are the configured ones. */
  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    throw new SQLFeatureNotSupportedException("credentials come from parley.store.*");
  }

  @Override
  public @Nullable PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {}

  @Override
  public void setLoginTimeout(int seconds) {
    loginTimeoutSeconds = seconds;
  }

  @Override
  public int getLoginTimeout() {
    return loginTimeoutSeconds;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new SQLException("not a wrapper of " + type.getName());
  }

  @Override
  public boolean isWrapperFor(Class<?> type) {
    return type.isInstance(this);
  }

  @Override
  public String toString() {
    return "UrlDataSource[" + redactedUrl + "]";
  }
}
