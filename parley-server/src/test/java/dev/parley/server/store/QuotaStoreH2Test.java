/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@link QuotaStoreContract} on an embedded H2 file database, whose quota is kept in memory ({@link
 * QuotaLedger}).
 */
class QuotaStoreH2Test extends QuotaStoreContract {
  QuotaStoreH2Test() {
    super(new H2Databases());
  }

  @Test
  void eachGrantAppendsARowAndNothingIsRewritten() {
    assertThat(db.quotaInMemory()).isTrue();
    for (int i = 0; i < 3; i++) {
      assertThat(quotas().acquire(ALICE, 5, HOUR, T0.plusSeconds(i))).isEqualTo(GRANTED);
    }
    quotas().acquire(BOB, 5, HOUR, T0);

    assertThat(TestDatabases.queryLong(settings, "select count(*) from quota_grant")).isEqualTo(4);
    assertThat(TestDatabases.queryLong(settings, "select count(*) from quota_requester")).isZero();
  }

  @Test
  void grantsAreAppendedInKeyOrderEvenWhenTheClockStepsBack() throws DatabaseException {
    quotas().acquire(ALICE, 5, HOUR, T0.plusSeconds(10));
    closeDatabase();
    try (Database restarted = Database.open(settings)) {
      assertThat(restarted.quotas().acquire(BOB, 5, HOUR, T0)).isEqualTo(GRANTED);
      assertThat(restarted.quotas().acquire(BOB, 5, HOUR, T0)).isEqualTo(GRANTED);
    }

    assertThat(
            TestDatabases.rows(
                settings, "select requester_key, granted from quota_grant order by grant_key"))
        .extracting(row -> Long.parseLong(row.get(0)))
        .as("the row written first has the lowest key, whatever its instant")
        .containsExactly(
            RequesterKey.of(ALICE.toString()),
            RequesterKey.of(BOB.toString()),
            RequesterKey.of(BOB.toString()));
  }
}
