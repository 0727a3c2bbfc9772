/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import static dev.parley.server.meetings.provider.Outcomes.failure;
import static dev.parley.server.meetings.provider.ProviderFixture.NOW;
import static dev.parley.server.meetings.provider.ProviderFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import dev.parley.server.meetings.provider.Outcomes;
import dev.parley.server.meetings.provider.ProviderFixture;
import dev.parley.server.meetings.provider.SilentStandIn;
import dev.parley.server.meetings.provider.TestTls;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Galène in {@code mode = api}, against {@link GaleneStandIn} (a stand-in for Galène's documented
 * administrative API, not Galène itself) over real TLS with {@code parley.meetings.tls}.
 */
class GaleneApiProviderTest {
  private static final List<String> OPERATOR =
      List.of("op", "present", "message", "caption", "token");
  private static final List<String> PARTICIPANT = List.of("present", "message");

  @TempDir static Path dir;
  static TestTls tls;
  static GaleneStandIn galene;
  private final ProviderFixture fixture = new ProviderFixture();

  @BeforeAll
  static void start() {
    tls = TestTls.generate(dir, "galene");
    galene = new GaleneStandIn(tls.serverContext(), "admin", "admin-pw", "admin-bearer");
  }

  @AfterAll
  static void stop() {
    galene.close();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private MeetingProvider provider(String base, String api) throws InvalidConfigException {
    return fixture.provider(
        tls.trustConfig()
            + "parley.meetings.provider-timeout = 5s\n"
            + "parley.meetings.providers.galene { base-url = \""
            + base
            + "\", api { "
            + api
            + " } }",
        null);
  }

  private MeetingProvider provider() throws InvalidConfigException {
    return provider(galene.baseUrl(), "user = admin, password = admin-pw, probe-interval = 1h");
  }

  @Test
  void createsAGroupAndAStatefulTokenPerLink() throws Exception {
    MeetingProvider provider = provider();
    assertThat(provider.type()).isEqualTo("galene");
    String id = provider.newId();
    MeetingLinks links = Outcomes.value(provider.create(request("galene", id, "Weekly sync")));

    Map<String, Object> group = galene.group(id).orElseThrow();
    assertThat(group)
        .containsEntry("displayName", "Weekly sync")
        .containsEntry("expires", "2026-11-21T12:00:00Z")
        .containsEntry("comment", "XEP-0483 meeting created by Parley for alice@example.org");

    String initiate = token(links.initiate(), id);
    String invite = token(links.invite(), id);
    assertThat(initiate).isNotEqualTo(invite);
    assertThat(galene.tokens(id)).hasSize(2);
    GaleneStandIn.StatefulToken stored =
        galene.tokens(id).stream()
            .filter(t -> t.token().equals(initiate))
            .findFirst()
            .orElseThrow();
    assertThat(stored.json())
        .containsEntry("issuedBy", "alice@example.org")
        .containsEntry("issuedAt", "2026-11-21T10:00:00Z")
        .doesNotContainKey("username");

    // The requester's token is an operator's until the link expires; the invite token a
    // participant's until the meeting ends; neither works in another group.
    assertThat(galene.permissions(id, initiate, NOW)).contains(OPERATOR);
    assertThat(galene.permissions(id, invite, NOW)).contains(PARTICIPANT);
    Instant afterLink = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1);
    assertThat(galene.permissions(id, initiate, afterLink)).isEmpty();
    assertThat(galene.permissions(id, invite, afterLink)).contains(PARTICIPANT);
    assertThat(galene.permissions(id, invite, NOW.plus(Duration.ofHours(2)).plusSeconds(1)))
        .isEmpty();
    galene.defineGroup("elsewhere", Map.of());
    assertThat(galene.permissions("elsewhere", initiate, NOW)).isEmpty();
    assertThat(galene.permissions("elsewhere", invite, NOW)).isEmpty();
  }

  @Test
  void anExistingGroupIsAnIdInUseAndIsLeftAlone() throws Exception {
    galene.defineGroup("taken", Map.of("displayName", "Someone else's"));
    MeetingProviderException e = failure(provider().create(request("galene", "taken", "Mine")));
    assertThat(e.reason()).isEqualTo(Reason.ID_IN_USE);
    assertThat(e).hasMessage("Galène already has a group named 'taken'");
    assertThat(galene.group("taken")).contains(Map.of("displayName", "Someone else's"));
    assertThat(galene.tokens("taken")).isEmpty();
  }

  @Test
  void anUpdateOfAnExistingGroupIsAnIdInUseToo() throws Exception {
    galene.defineGroup("updated", Map.of());
    galene.ignorePreconditions(true);
    try {
      MeetingProviderException e = failure(provider().create(request("galene", "updated", null)));
      assertThat(e.reason()).isEqualTo(Reason.ID_IN_USE);
      assertThat(galene.tokens("updated")).isEmpty();
    } finally {
      galene.ignorePreconditions(false);
    }
  }

  @Test
  void aBearerTokenAuthenticatesToo() throws Exception {
    MeetingProvider provider = provider(galene.baseUrl(), "token = admin-bearer");
    MeetingLinks links = Outcomes.value(provider.create(request("galene", "bearer-room", null)));
    assertThat(galene.permissions("bearer-room", token(links.invite(), "bearer-room"), NOW))
        .contains(PARTICIPANT);
  }

  @Test
  void refusedCredentialsAreRefusedWithGalenesAnswer() throws Exception {
    MeetingProvider provider = provider(galene.baseUrl(), "user = admin, password = wrong");
    MeetingProviderException e = failure(provider.create(request("galene", "nope", null)));
    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
    assertThat(e).hasMessage("Galène answered 401 to creating the group: Haha!");
    assertThat(galene.group("nope")).isEmpty();
  }

  @Test
  void aGroupWhoseTokensFailIsDeletedAgain() throws Exception {
    galene.failTokenCreation(true);
    try {
      MeetingProviderException e = failure(provider().create(request("galene", "half", null)));
      assertThat(e.reason()).isEqualTo(Reason.REFUSED);
      assertThat(e).hasMessage("Galène answered 500 to creating a token: Internal server error");
      await().atMost(Duration.ofSeconds(10)).until(() -> galene.group("half").isEmpty());
    } finally {
      galene.failTokenCreation(false);
    }
  }

  @Test
  void reachabilityFollowsTheApiProbe() throws Exception {
    MeetingProvider good =
        provider(galene.baseUrl(), "user = admin, password = admin-pw, probe-interval = 50ms");
    await().atMost(Duration.ofSeconds(10)).until(good::reachable);
    int refused = galene.refusedStatsRequests();
    MeetingProvider bad =
        provider(galene.baseUrl(), "user = admin, password = wrong, probe-interval = 50ms");
    // A probe starts only after the previous one recorded its outcome: once a second probe with
    // the wrong credentials reached Galène, the first one's refusal has been taken into account.
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> galene.refusedStatsRequests() >= refused + 2);
    assertThat(bad.reachable()).isFalse();
    assertThat(good.reachable()).isTrue();
  }

  @Test
  void aGaleneThatNeverAnswersIsATimeout() throws Exception {
    try (SilentStandIn silent = new SilentStandIn(tls.serverContext())) {
      MeetingProvider provider =
          fixture.provider(
              tls.trustConfig()
                  + "parley.meetings.provider-timeout = 300ms\n"
                  + "parley.meetings.providers.galene { base-url = \""
                  + silent.baseUrl()
                  + "\", api { user = admin, password = admin-pw, probe-interval = 1h } }",
              null);
      MeetingProviderException e = failure(provider.create(request("galene", "slow", null)));
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e).hasMessage("Galène did not answer within 300 ms while creating the group");
      assertThat(provider.reachable()).isFalse();
    }
  }

  @Test
  void aRefusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MeetingProvider provider =
        provider(
            "https://127.0.0.1:" + port, "user = admin, password = admin-pw, probe-interval = 1h");
    MeetingProviderException e = failure(provider.create(request("galene", "gone", null)));
    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
    assertThat(e).hasMessage("could not connect to Galène while creating the group");
  }

  @Test
  void requestedIdsFollowTheCommonRule() throws Exception {
    MeetingProvider provider = provider();
    assertThat(provider.checkId("Team-Sync")).isEqualTo("Team-Sync");
    assertThatThrownBy(() -> provider.checkId("a/b"))
        .hasMessageStartingWith("'/' is not allowed in Galène");
    assertThatThrownBy(() -> provider.checkId(".stats"))
        .hasMessage("Galène meeting ids start with a letter or a digit");
  }

  @Test
  void configurationErrorsNameTheirKeys() {
    String base = "base-url = \"https://galene.example.org\", ";
    assertConfigError(
        base + "mode = ldap",
        "parley.meetings.providers.galene.mode: 'ldap' is not one of [api, jwt]");
    assertConfigError(
        base + "api.password = x", "parley.meetings.providers.galene.api.user: is required");
    assertConfigError(
        base + "api.user = admin",
        "parley.meetings.providers.galene.api.password: is required but missing");
    assertConfigError(
        base + "api { user = a, password = b, token = c }",
        "parley.meetings.providers.galene.api.token: set either this key or");
    assertConfigError(
        base + "api { token = c, probe-interval = 0s }",
        "parley.meetings.providers.galene.api.probe-interval: must be a positive duration");
    assertConfigError(
        base + "api.token = c, invite-permissions = [present, admin]",
        "parley.meetings.providers.galene.invite-permissions: 'admin' is not a Galène permission");
    assertConfigError(
        base + "api.token = c, initiate-permissions = [op, op]",
        "parley.meetings.providers.galene.initiate-permissions: lists 'op' twice");
    assertConfigError(
        base + "api.token = c, initiate-permissions = op",
        "parley.meetings.providers.galene.initiate-permissions: must be a list of strings");
    assertConfigError(
        "base-url = \"http://galene.example.org\", api.token = c",
        "parley.meetings.providers.galene.base-url: 'http://galene.example.org' must be an https:// URL");
  }

  private void assertConfigError(String galene, String message) {
    assertThatThrownBy(
            () -> fixture.provider("parley.meetings.providers.galene { " + galene + " }", null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(message);
  }

  /** The token of a link to {@code group}, checking the link's shape. */
  private static String token(URI link, String group) {
    assertThat(link.toString()).startsWith(galene.baseUrl() + "/group/" + group + "/?token=");
    return link.getRawQuery().substring("token=".length());
  }
}
