/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.server.store.QuotaStore.Decision;
import dev.parley.server.store.QuotaStore.Decision.Granted;
import dev.parley.server.store.QuotaStore.Decision.Refused;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;

/** {@link QuotaStore}'s contract, run on each database by the subclasses. */
abstract class QuotaStoreContract extends StoreContract {
  static final Duration HOUR = Duration.ofHours(1);
  static final Duration MICRO = Duration.ofNanos(1_000);
  static final BareJid ALICE = jid("alice@example.org");
  static final BareJid BOB = jid("bob@example.org");
  static final Decision GRANTED = new Granted();

  QuotaStoreContract(TestDatabases databases) {
    super(databases);
  }

  QuotaStore quotas() {
    return db.quotas();
  }

  /** How many requesters have requests recorded in the database. */
  long storedRequesters() {
    return TestDatabases.queryLong(
        settings,
        db.quotaInMemory()
            ? "select count(distinct requester_key) from quota_grant"
            : "select count(*) from quota_requester");
  }

  /**
   * How many of {@code requester}'s requests after {@code since} the database holds: the grants
   * appended since then (in memory), or the length of its row's log (which keeps the window only).
   */
  long storedRequests(BareJid requester, Instant since) {
    long key = RequesterKey.of(requester.toString());
    return TestDatabases.queryLong(
        settings,
        db.quotaInMemory()
            ? "select count(*) from quota_grant where requester_key = "
                + key
                + " and granted > timestamp with time zone '"
                + since.toString().replace('T', ' ').replace("Z", "+00")
                + "'"
            : "select octet_length(requests) / 8 from quota_requester where requester_key = "
                + key);
  }

  @Test
  void theWindowsOutliveTheProcess() throws DatabaseException {
    assertThat(quotas().acquire(ALICE, 2, HOUR, T0)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 2, HOUR, T0.plusSeconds(1))).isEqualTo(GRANTED);
    assertThat(quotas().acquire(BOB, 2, HOUR, T0.plusSeconds(2))).isEqualTo(GRANTED);
    closeDatabase();

    try (Database restarted = Database.open(settings)) {
      assertThat(restarted.quotas().acquire(ALICE, 2, HOUR, T0.plusSeconds(3)))
          .isEqualTo(new Refused(T0.plus(HOUR)));
      assertThat(restarted.quotas().acquire(BOB, 2, HOUR, T0.plusSeconds(3))).isEqualTo(GRANTED);
      assertThat(restarted.quotas().acquire(BOB, 2, HOUR, T0.plusSeconds(4)))
          .isEqualTo(new Refused(T0.plusSeconds(2).plus(HOUR)));
    }
  }

  @Test
  void grantsUpToTheLimitThenRefusesUntilTheOldestRequestLeavesTheWindow() {
    Instant t1 = T0;
    Instant t2 = T0.plus(Duration.ofMinutes(10));
    Instant t3 = T0.plus(Duration.ofMinutes(20));
    assertThat(quotas().acquire(ALICE, 3, HOUR, t1)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 3, HOUR, t2)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 3, HOUR, t3)).isEqualTo(GRANTED);

    Instant retry = t1.plus(HOUR);
    assertThat(quotas().acquire(ALICE, 3, HOUR, t3.plusSeconds(1))).isEqualTo(new Refused(retry));
    assertThat(quotas().acquire(ALICE, 3, HOUR, retry.minus(MICRO)))
        .as("refusals record nothing: the retry instant does not move")
        .isEqualTo(new Refused(retry));

    assertThat(quotas().acquire(ALICE, 3, HOUR, retry)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 3, HOUR, retry.plus(MICRO)))
        .isEqualTo(new Refused(t2.plus(HOUR)));
  }

  @Test
  void requestersHaveTheirOwnWindows() {
    assertThat(quotas().acquire(ALICE, 1, HOUR, T0)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(BOB, 1, HOUR, T0)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 1, HOUR, T0.plusSeconds(1)))
        .isEqualTo(new Refused(T0.plus(HOUR)));
  }

  @Test
  void afterTheLimitWasLoweredTheRetryInstantIsWhenOneMoreFits() {
    for (int i = 0; i < 4; i++) {
      assertThat(quotas().acquire(ALICE, 10, HOUR, T0.plusSeconds(i))).isEqualTo(GRANTED);
    }
    // 4 counted, limit now 2: three must leave the window before a fifth fits.
    assertThat(quotas().acquire(ALICE, 2, HOUR, T0.plusSeconds(10)))
        .isEqualTo(new Refused(T0.plusSeconds(2).plus(HOUR)));
  }

  @Test
  void instantsAreCountedToTheMicrosecond() {
    Instant at = Instant.parse("2026-11-21T10:00:00.123456789Z");
    assertThat(quotas().acquire(ALICE, 1, HOUR, at)).isEqualTo(GRANTED);
    assertThat(quotas().acquire(ALICE, 1, HOUR, at))
        .isEqualTo(new Refused(Instant.parse("2026-11-21T11:00:00.123456Z")));
  }

  @Test
  void pruningDeletesRecordsOutsideTheWindowOnly() {
    quotas().acquire(ALICE, 5, HOUR, T0);
    quotas().acquire(ALICE, 5, HOUR, T0.plusSeconds(60));
    quotas().acquire(BOB, 5, HOUR, T0.plusSeconds(120));

    assertThat(quotas().pruneBefore(T0.plusSeconds(61)))
        .as("alice has no request left in the window, bob has one")
        .isEqualTo(1);
    assertThat(storedRequesters()).isEqualTo(1);
    assertThat(other.quotas().pruneBefore(T0.plusSeconds(61))).isZero();

    // Alice starts afresh; Bob's remaining record still counts.
    assertThat(quotas().acquire(ALICE, 1, HOUR, T0.plusSeconds(180))).isEqualTo(GRANTED);
    assertThat(quotas().acquire(BOB, 1, HOUR, T0.plusSeconds(180)))
        .isEqualTo(new Refused(T0.plusSeconds(120).plus(HOUR)));
  }

  @Test
  void invalidArgumentsAreRefused() {
    assertThatThrownBy(() -> quotas().acquire(ALICE, 0, HOUR, T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> quotas().acquire(ALICE, 1, Duration.ZERO, T0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * Twenty requests of one requester at once, half through each pool (two processes), against a
   * limit of five: exactly five are granted, and every refusal names the same retry instant. The
   * first round also races to create the requester's row.
   */
  @RepeatedTest(3)
  void concurrentRequestsNeverExceedTheLimit() throws InterruptedException {
    int n = 20;
    int limit = 5;
    for (int round = 0; round < 2; round++) {
      Instant now = T0.plus(HOUR.multipliedBy(2L * round));
      List<Decision> decisions =
          Race.run(
              n, i -> () -> (i % 2 == 0 ? db : other).quotas().acquire(ALICE, limit, HOUR, now));

      assertThat(decisions).filteredOn(GRANTED::equals).hasSize(limit);
      assertThat(decisions)
          .filteredOn(d -> d instanceof Refused)
          .containsOnly(new Refused(now.plus(HOUR)));
      assertThat(storedRequests(ALICE, now.minus(HOUR)))
          .as("the database holds the granted requests of this window only")
          .isEqualTo(limit);
    }
  }
}
