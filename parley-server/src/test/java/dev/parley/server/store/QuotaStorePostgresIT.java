/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link QuotaStoreContract} on a real PostgreSQL, whose quota is kept in its rows. */
@ExtendWith(PostgresServer.Extension.class)
class QuotaStorePostgresIT extends QuotaStoreContract {
  QuotaStorePostgresIT(PostgresServer postgres) {
    super(postgres);
  }

  @Test
  void theQuotaIsKeptInTheRows() {
    assertThat(db.quotaInMemory()).isFalse();
  }
}
