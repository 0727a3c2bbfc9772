/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link QuotaStoreContract} on an H2 file database other processes may reach ({@code
 * AUTO_SERVER=TRUE}): the quota is kept in its rows under a lock ({@link RowQuota}), as on
 * PostgreSQL.
 */
class QuotaStoreH2SharedTest extends QuotaStoreContract {
  QuotaStoreH2SharedTest() {
    super(new H2Databases(";AUTO_SERVER=TRUE"));
  }

  @Test
  void theQuotaIsKeptInTheRows() {
    assertThat(db.quotaInMemory()).isFalse();
    assertThat(quotas().acquire(ALICE, 5, HOUR, T0)).isEqualTo(GRANTED);
    assertThat(TestDatabases.queryLong(settings, "select count(*) from quota_requester"))
        .isEqualTo(1);
    assertThat(TestDatabases.queryLong(settings, "select count(*) from quota_grant")).isZero();
  }
}
