/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

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
import dev.parley.server.store.LandingLinkStore.LandingLink;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * BigBlueButton meetings against {@link BigBlueButtonStandIn} (a stand-in for BigBlueButton's
 * documented API, not BigBlueButton itself) over real TLS with {@code parley.meetings.tls}.
 */
class BigBlueButtonProviderTest {
  static final String SECRET = "8cd8ef52e8e101574e400365b55e11a6";
  static final String PUBLIC_URL = "https://parley.example.org/parley/";

  @TempDir static Path dir;
  static TestTls tls;
  static BigBlueButtonStandIn bbb;
  private final ProviderFixture fixture = new ProviderFixture();

  @BeforeAll
  static void start() {
    tls = TestTls.generate(dir, "bbb");
    bbb = new BigBlueButtonStandIn(tls.serverContext(), SECRET);
  }

  @AfterAll
  static void stop() {
    bbb.close();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private MeetingProvider provider(String settings) throws InvalidConfigException {
    return fixture.provider(
        tls.trustConfig()
            + "parley.meetings.provider-timeout = 5s\n"
            + "parley.meetings.providers.bigbluebutton { "
            + settings
            + " }",
        PUBLIC_URL);
  }

  private MeetingProvider provider() throws InvalidConfigException {
    return provider(
        "base-url = \""
            + bbb.bigBlueButtonUrl()
            + "\", secret = "
            + SECRET
            + ", probe-interval = 1h");
  }

  @Test
  void createsTheMeetingAndHandsOutLandingLinks() throws Exception {
    MeetingProvider provider = provider();
    assertThat(provider.type()).isEqualTo("bigbluebutton");
    String id = provider.newId();
    MeetingLinks links =
        Outcomes.value(provider.create(request("bigbluebutton", id, "Weekly sync")));

    BigBlueButtonStandIn.Meeting meeting = bbb.meeting(id).orElseThrow();
    assertThat(meeting.name()).isEqualTo("Weekly sync");
    assertThat(meeting.params()).containsEntry("meta_bbb-origin", "Parley");
    List<String> calls = bbb.calls();
    assertThat(calls.subList(calls.size() - 2, calls.size()))
        .containsExactly("getMeetingInfo", "create");

    assertThat(links.initiate().toString())
        .matches("https://parley\\.example\\.org/parley/meet/bbb/[A-Za-z0-9_-]{22}");
    assertThat(links.invite().toString()).startsWith("https://parley.example.org/parley/meet/bbb/");
    LandingLink initiate = landing(links.initiate().getPath());
    LandingLink invite = landing(links.invite().getPath());
    assertThat(initiate)
        .isEqualTo(
            new LandingLink(
                initiate.token(),
                "bigbluebutton",
                id,
                "MODERATOR",
                NOW.plus(Duration.ofMinutes(5))));
    assertThat(invite)
        .isEqualTo(
            new LandingLink(
                invite.token(), "bigbluebutton", id, "VIEWER", NOW.plus(Duration.ofHours(2))));
    assertThat(links.toString()).doesNotContain(SECRET).doesNotContain(meeting.moderatorPw());
  }

  @Test
  void withoutAUsableDescriptionTheConfiguredNameIsUsed() throws Exception {
    MeetingProvider provider =
        provider(
            "base-url = \""
                + bbb.bigBlueButtonUrl()
                + "\", secret = "
                + SECRET
                + ", meeting-name = \"Parley call\"");
    Outcomes.value(provider.create(request("bigbluebutton", "no-desc", null)));
    assertThat(bbb.meeting("no-desc").orElseThrow().name()).isEqualTo("Parley call");
    Outcomes.value(provider.create(request("bigbluebutton", "short-desc", " x\n")));
    assertThat(bbb.meeting("short-desc").orElseThrow().name()).isEqualTo("Parley call");
    Outcomes.value(provider.create(request("bigbluebutton", "long-desc", "é".repeat(70))));
    assertThat(bbb.meeting("long-desc").orElseThrow().name()).isEqualTo("é".repeat(64));
  }

  @Test
  void anExistingMeetingIsAnIdInUseAndIsNotJoined() throws Exception {
    bbb.preload("taken");
    int before = bbb.calls().size();
    MeetingProviderException e =
        failure(provider().create(request("bigbluebutton", "taken", null)));
    assertThat(e.reason()).isEqualTo(Reason.ID_IN_USE);
    assertThat(e).hasMessage("BigBlueButton already has a meeting with the id 'taken'");
    assertThat(bbb.calls().subList(before, bbb.calls().size())).containsExactly("getMeetingInfo");
    assertThat(fixture.landingLinks.all()).isEmpty();
  }

  @Test
  void aWrongSecretIsRefusedWithBigBlueButtonsAnswer() throws Exception {
    MeetingProvider provider =
        provider("base-url = \"" + bbb.bigBlueButtonUrl() + "\", secret = not-the-secret");
    MeetingProviderException e =
        failure(provider.create(request("bigbluebutton", "m-wrong", null)));
    assertThat(e.reason()).isEqualTo(Reason.REFUSED);
    assertThat(e)
        .hasMessage(
            "BigBlueButton refused getMeetingInfo: checksumError: You did not pass the checksum"
                + " security check");
    assertThat(bbb.meeting("m-wrong")).isEmpty();
  }

  @Test
  void sha1ChecksumsAreAcceptedToo() throws Exception {
    MeetingProvider provider =
        provider(
            "base-url = \""
                + bbb.bigBlueButtonUrl()
                + "\", secret = "
                + SECRET
                + ", checksum = sha1");
    Outcomes.value(provider.create(request("bigbluebutton", "sha1-room", null)));
    assertThat(bbb.meeting("sha1-room")).isPresent();
  }

  @Test
  void theApiUrlMayBeGivenWithItsApiSuffix() throws Exception {
    MeetingProvider provider =
        provider("base-url = \"" + bbb.bigBlueButtonUrl() + "api/\", secret = " + SECRET);
    Outcomes.value(provider.create(request("bigbluebutton", "api-suffix", null)));
    assertThat(bbb.meeting("api-suffix")).isPresent();
  }

  @Test
  void reachabilityFollowsTheApiRoot() throws Exception {
    MeetingProvider provider =
        provider(
            "base-url = \""
                + bbb.bigBlueButtonUrl()
                + "\", secret = "
                + SECRET
                + ", probe-interval = 50ms");
    await().atMost(Duration.ofSeconds(10)).until(provider::reachable);
  }

  @Test
  void aBigBlueButtonThatNeverAnswersIsATimeout() throws Exception {
    try (SilentStandIn silent = new SilentStandIn(tls.serverContext())) {
      MeetingProvider provider =
          fixture.provider(
              tls.trustConfig()
                  + "parley.meetings.provider-timeout = 300ms\n"
                  + "parley.meetings.providers.bigbluebutton { base-url = \""
                  + silent.baseUrl()
                  + "/bigbluebutton\", secret = s, probe-interval = 1h }",
              PUBLIC_URL);
      MeetingProviderException e = failure(provider.create(request("bigbluebutton", "slow", null)));
      assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
      assertThat(e)
          .hasMessage("BigBlueButton did not answer within 300 ms while calling getMeetingInfo");
    }
  }

  @Test
  void aRefusedConnectionIsUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    MeetingProvider provider =
        provider("base-url = \"https://127.0.0.1:" + port + "/bigbluebutton\", secret = s");
    MeetingProviderException e = failure(provider.create(request("bigbluebutton", "gone", null)));
    assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
  }

  @Test
  void requestedIdsHaveTwoTo64UnreservedCharacters() throws Exception {
    MeetingProvider provider = provider();
    assertThat(provider.checkId("Room-42")).isEqualTo("Room-42");
    assertThatThrownBy(() -> provider.checkId("a"))
        .hasMessage("BigBlueButton meeting ids have 2 to 64 characters, not 1");
    assertThatThrownBy(() -> provider.checkId("a,b"))
        .hasMessageStartingWith("',' is not allowed in BigBlueButton meeting ids");
  }

  @Test
  void configurationErrorsNameTheirKeys() {
    String base = "base-url = \"https://bbb.example.org/bigbluebutton\", ";
    String key = "parley.meetings.providers.bigbluebutton.";
    assertConfigError(base + "secret = \"\"", PUBLIC_URL, key + "secret: is required");
    assertConfigError(
        base + "secret = s, checksum = md5",
        PUBLIC_URL,
        key + "checksum: 'md5' is not one of [sha256, sha1]");
    assertConfigError(
        base + "secret = s, meeting-name = x",
        PUBLIC_URL,
        key + "meeting-name: BigBlueButton meeting names have 2 to 64 characters");
    assertConfigError(
        "base-url = \"http://bbb.example.org\", secret = s",
        PUBLIC_URL,
        key + "base-url: 'http://bbb.example.org' must be an https:// URL");
    assertConfigError(
        base + "secret = s",
        null,
        "parley.http.public-url: must be set to the https address of Parley's HTTP server");
    assertConfigError(
        base + "secret = s", "http://parley.example.org", "parley.http.public-url: must be set");
  }

  private void assertConfigError(String settings, String publicUrl, String message) {
    assertThatThrownBy(
            () ->
                fixture.provider(
                    "parley.meetings.providers.bigbluebutton { " + settings + " }", publicUrl))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageStartingWith(message);
  }

  private LandingLink landing(String path) {
    String token = path.substring(path.lastIndexOf('/') + 1);
    return fixture.landingLinks.find(token, NOW).orElseThrow();
  }
}
