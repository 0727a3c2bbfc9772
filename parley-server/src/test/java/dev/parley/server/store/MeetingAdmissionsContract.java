/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.server.store.MeetingAdmissions.Admission;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;

/** {@link MeetingAdmissions}' contract, run on each database by the subclasses. */
abstract class MeetingAdmissionsContract extends StoreContract {
  static final Duration HOUR = Duration.ofHours(1);
  static final BareJid ALICE = jid("alice@example.org");
  static final URI INITIATE = URI.create("https://meet.example.org/r?moderator");
  static final URI INVITE = URI.create("https://meet.example.org/r");

  MeetingAdmissionsContract(TestDatabases databases) {
    super(databases);
  }

  private Admission admit(
      BareJid who, int limit, String id, Instant now, URI initiate, URI invite) {
    return db.admissions()
        .admit(who, limit, HOUR, "jitsi", id, "desc", now, now.plus(HOUR), initiate, invite);
  }

  @Test
  void admitsCountsAndStoresKnownLinksInOneStep() {
    assertThat(admit(ALICE, 5, "r", T0, INITIATE, INVITE)).isEqualTo(new Admission.Admitted());
    MeetingStore.StoredMeeting m = db.meetings().find("jitsi", "r", T0).orElseThrow();
    assertThat(m.initiate()).isEqualTo(INITIATE);
    assertThat(m.invite()).isEqualTo(INVITE);
    assertThat(m.description()).isEqualTo("desc");
    assertThat((Object) db.meetings().find("jitsi", "r", T0).orElseThrow().requester())
        .isEqualTo(ALICE);
  }

  @Test
  void withoutLinksTheReservationAwaitsCompletion() {
    assertThat(admit(ALICE, 5, "pending", T0, null, null)).isEqualTo(new Admission.Admitted());
    assertThat(db.meetings().find("jitsi", "pending", T0).orElseThrow().invite()).isNull();
    db.meetings().complete("jitsi", "pending", INITIATE, INVITE);
    assertThat(db.meetings().find("jitsi", "pending", T0).orElseThrow().invite()).isEqualTo(INVITE);
  }

  @Test
  void anIdInUseStillCountsAgainstTheQuota() {
    assertThat(admit(ALICE, 2, "same", T0, INITIATE, INVITE)).isEqualTo(new Admission.Admitted());
    assertThat(admit(ALICE, 2, "same", T0.plusSeconds(1), INITIATE, INVITE))
        .isEqualTo(new Admission.IdInUse());
    assertThat(admit(ALICE, 2, "other", T0.plusSeconds(2), INITIATE, INVITE))
        .isEqualTo(new Admission.QuotaExceeded(T0.plus(HOUR)));
  }

  @Test
  void overQuotaNothingIsReserved() {
    assertThat(admit(ALICE, 1, "first", T0, INITIATE, INVITE)).isEqualTo(new Admission.Admitted());
    assertThat(admit(ALICE, 1, "second", T0.plusSeconds(1), INITIATE, INVITE))
        .isInstanceOf(Admission.QuotaExceeded.class);
    assertThat(db.meetings().find("jitsi", "second", T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void anExpiredIdCanBeAdmittedAgain() {
    assertThat(admit(ALICE, 10, "reuse", T0, INITIATE, INVITE)).isEqualTo(new Admission.Admitted());
    assertThat(admit(ALICE, 10, "reuse", T0.plus(HOUR), INITIATE, INVITE))
        .isEqualTo(new Admission.Admitted());
  }

  @Test
  void ofConcurrentAdmissionsOfOneIdExactlyOneWins() throws Exception {
    List<Admission> results =
        Race.run(
            12,
            i ->
                () ->
                    admit(jid("user" + i + "@example.org"), 5, "contested", T0, INITIATE, INVITE));
    assertThat(results).filteredOn(Admission.Admitted.class::isInstance).hasSize(1);
    assertThat(results).filteredOn(Admission.IdInUse.class::isInstance).hasSize(11);
  }

  @Test
  void concurrentAdmissionsOfOneRequesterNeverExceedTheLimit() throws Exception {
    List<Admission> results =
        Race.run(12, i -> () -> admit(ALICE, 4, "id" + i, T0, INITIATE, INVITE));
    assertThat(results).filteredOn(Admission.Admitted.class::isInstance).hasSize(4);
    assertThat(results).filteredOn(Admission.QuotaExceeded.class::isInstance).hasSize(8);
  }
}
