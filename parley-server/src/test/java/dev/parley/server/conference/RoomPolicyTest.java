/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.ConfigFactory;
import dev.parley.server.conference.RoomPolicy.Verdict;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.AccessPolicy;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

class RoomPolicyTest {
  static BareJid jid(String s) {
    return JidCreate.bareFromOrThrowUnchecked(s);
  }

  static AccessPolicy access(String... entries) throws InvalidConfigException {
    return AccessPolicy.parse(List.of(entries), new ConfigReader(ConfigFactory.empty()), "x");
  }

  final BareJid alice = jid("alice@example.org");
  final BareJid remote = jid("romeo@montague.lit");
  final BareJid owner = jid("owner@example.org");
  final BareJid admin = jid("admin@example.org");

  RoomPolicy policy() throws InvalidConfigException {
    return new RoomPolicy(access("example.org"), access("*"), Set.of(owner), Set.of(admin));
  }

  @Test
  void localUsersCreateFederatedUsersOnlyJoin() throws Exception {
    RoomPolicy p = policy();
    assertThat(p.admit(alice, false, null, false)).isEqualTo(Verdict.CREATE);
    assertThat(p.admit(remote, false, null, false)).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(p.admit(remote, true, alice, false)).isEqualTo(Verdict.JOIN);
  }

  @Test
  void aJoinPolicyCanKeepStrangersOut() throws Exception {
    RoomPolicy p = new RoomPolicy(access("example.org"), access("friends.lit"), Set.of(), Set.of());
    assertThat(p.admit(remote, true, alice, false)).isEqualTo(Verdict.NOT_ALLOWED);
    assertThat(p.admit(jid("juliet@friends.lit"), true, alice, false)).isEqualTo(Verdict.JOIN);
    // who may create may also join
    assertThat(p.admit(jid("bob@example.org"), true, alice, false)).isEqualTo(Verdict.JOIN);
  }

  @Test
  void lockedRoomsLetOnlyModeratorsIn() throws Exception {
    RoomPolicy p = policy();
    assertThat(p.admit(remote, true, alice, true)).isEqualTo(Verdict.LOCKED);
    assertThat(p.admit(jid("bob@example.org"), true, alice, true)).isEqualTo(Verdict.LOCKED);
    assertThat(p.admit(alice, true, alice, true)).isEqualTo(Verdict.JOIN);
    assertThat(p.admit(owner, true, alice, true)).isEqualTo(Verdict.JOIN);
    assertThat(p.admit(admin, true, alice, true)).isEqualTo(Verdict.JOIN);
  }

  @Test
  void theCreatorOwnersAndAdministratorsModerate() throws Exception {
    RoomPolicy p = policy();
    assertThat(p.mayModerate(alice, alice)).isTrue();
    assertThat(p.mayModerate(owner, alice)).isTrue();
    assertThat(p.mayModerate(admin, null)).isTrue();
    assertThat(p.mayModerate(jid("bob@example.org"), alice)).isFalse();
    assertThat(p.mayModerate(alice, null)).isFalse();
    // operators may create rooms even outside create.allow
    RoomPolicy closed = new RoomPolicy(access(), access("*"), Set.of(owner), Set.of());
    assertThat(closed.admit(owner, false, null, false)).isEqualTo(Verdict.CREATE);
    assertThat(closed.admit(alice, false, null, false)).isEqualTo(Verdict.NOT_ALLOWED);
  }
}
