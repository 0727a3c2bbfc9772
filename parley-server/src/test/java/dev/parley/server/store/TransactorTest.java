/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.server.config.ParleyConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Transactor}'s own duties, which the store contracts do not reach: the statements run past
 * the pool's connection wrapper, so a failed operation must be rolled back here (the pool would
 * commit it when it resets auto-commit), and statements of connections the pool closed must go.
 */
class TransactorTest {
  private final H2Databases databases = new H2Databases();
  private HikariDataSource pool;
  private Transactor tx;

  @BeforeEach
  void open() throws DatabaseException {
    ParleyConfig.Store settings = databases.fresh();
    Database.open(settings).close(); // the schema
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(settings.url());
    c.setUsername(settings.user());
    c.setPassword(settings.password());
    c.setMaximumPoolSize(1); // every operation on the same connection, while it lives
    pool = new HikariDataSource(c);
    tx = new Transactor(pool);
  }

  @AfterEach
  void close() {
    pool.close();
    databases.release();
  }

  @Test
  void aFailedOperationIsRolledBackAndItsConnectionServesTheNext() {
    assertThatThrownBy(
            () ->
                tx.inTransaction(
                    () -> "insert, then fail",
                    sql -> {
                      PreparedStatement insert = sql.get(Sql.QUOTA_INSERT);
                      insert.setBytes(1, new byte[8]);
                      Timestamps.set(insert, 2, StoreContract.T0);
                      insert.setLong(3, RequesterKey.of("a@example.org"));
                      insert.executeUpdate();
                      throw new IllegalStateException("after the insert");
                    }))
        .isInstanceOf(IllegalStateException.class);

    assertThat(quotaRowExists("a@example.org")).isFalse();
  }

  @Test
  void statementsOfConnectionsThePoolClosedAreForgotten() {
    assertThat(quotaRowExists("a@example.org")).isFalse();
    pool.getHikariPoolMXBean()
        .softEvictConnections(); // closes the idle connection; the next borrow opens another
    // Hikari closes evicted connections on its own thread: the next borrow prunes only those
    // already closed
    await().atMost(Duration.ofSeconds(10)).until(() -> tx.closedConnectionsWithStatements() == 1);

    assertThat(quotaRowExists("a@example.org")).isFalse();
    assertThat(tx.connectionsWithStatements()).isEqualTo(1);
  }

  private boolean quotaRowExists(String requester) {
    return tx.inTransaction(
        () -> "find quota row",
        sql -> {
          PreparedStatement select = sql.get(Sql.QUOTA_LOCK);
          select.setLong(1, RequesterKey.of(requester));
          try (ResultSet rs = select.executeQuery()) {
            return rs.next();
          }
        });
  }
}
