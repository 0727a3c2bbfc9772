/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.client.testing.TestMeetingService;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Parley;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Finding the meeting service and asking it for meetings: a real Prosody lists Parley's component,
 * Parley (in-process, with the {@link TestMeetingService} test double) answers, real Smack clients
 * ask.
 */
class MeetingsIT {
  private static final String DOMAIN = "parley.localhost";
  private static final Instant RETRY = Instant.parse("2030-01-02T03:04:05Z");

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(DOMAIN)
          .muc("conference.localhost")
          .accounts("alice")
          .build();

  @TempDir static Path data;
  private static Parley parley;
  private static Meetings meetings;
  private static final TestMeetingService SERVICE =
      TestMeetingService.builder()
          .links("jitsi", "https://meet.example", "https://meet.example")
          .quota("full", RETRY)
          .refuse("private", StanzaError.of(StanzaError.Condition.FORBIDDEN, "Members only"))
          .takenId("taken")
          .build();

  @BeforeAll
  static void start() throws Exception {
    ParleySmack.install();
    parley =
        Parley.start(
            TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, Map.of()), List.of(SERVICE));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
    XMPPTCPConnection alice = PROSODY.get().login("alice", "meetings");
    meetings = Meetings.of(alice);
  }

  @AfterAll
  static void stop() {
    if (meetings != null) {
      meetings.close();
    }
    if (parley != null) {
      parley.close();
    }
  }

  private static Jid service() throws Exception {
    return JidCreate.from(DOMAIN);
  }

  private static MeetingRequestException refusal(MeetingQuery q) throws Exception {
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class,
            () -> meetings.request(service(), q).get(10, TimeUnit.SECONDS));
    assertThat(e.getCause()).isInstanceOf(MeetingRequestException.class);
    return (MeetingRequestException) e.getCause();
  }

  /** Prosody lists its subdomain components (Parley, the MUC) in disco#items by itself. */
  @Test
  void findsParleyAmongTheServersItemsWithItsTypes() throws Exception {
    List<MeetingService> found = meetings.findServices().get(10, TimeUnit.SECONDS);
    assertThat(found).hasSize(1);
    MeetingService s = found.get(0);
    assertThat(s.jid().toString()).isEqualTo(DOMAIN);
    assertThat(s.name()).isEqualTo("Parley");
    assertThat(s.types()).containsExactly("full", "jitsi", "private");
    assertThat(s.offers("jitsi")).isTrue();
    assertThat(s.offers("galene")).isFalse();
  }

  @Test
  void requestReturnsTheLinksTheServiceMade() throws Exception {
    MeetingLink link =
        meetings.request(service(), "jitsi", "Standup", "Daily stand-up").get(10, TimeUnit.SECONDS);
    assertThat(link.service().toString()).isEqualTo(DOMAIN);
    assertThat(link.type()).isEqualTo("jitsi");
    assertThat(link.initiateUrl()).isEqualTo("https://meet.example/Standup?role=moderator");
    assertThat(link.inviteUri()).isEqualTo("https://meet.example/Standup");
    assertThat(link.desc()).isEqualTo("Daily stand-up");
    assertThat(link.invitation().externals())
        .containsExactly(External.of("https://meet.example/Standup"));
    assertThat(link.invitation().method(Meeting.class))
        .isEqualTo(Meeting.of("jitsi", "Daily stand-up"));
    assertThat(SERVICE.requests()).contains(MeetingQuery.of("jitsi", "Standup", "Daily stand-up"));
  }

  @Test
  void unsupportedTypeIsServiceUnavailable() throws Exception {
    MeetingRequestException e = refusal(MeetingQuery.of("galene"));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(e.type()).isEqualTo(StanzaError.Type.CANCEL);
    assertThat(e.text()).isEqualTo("no meetings of type galene here");
    assertThat(e.retryAt()).isNull();
    assertThat(e.service().toString()).isEqualTo(DOMAIN);
  }

  @Test
  void takenIdIsNotAcceptable() throws Exception {
    MeetingRequestException e = refusal(MeetingQuery.of("jitsi", "taken", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(e.type()).isEqualTo(StanzaError.Type.MODIFY);
    assertThat(e.text()).isEqualTo("the meeting id taken is taken");
  }

  @Test
  void quotaCarriesTheRetryStamp() throws Exception {
    MeetingRequestException e = refusal(MeetingQuery.of("full"));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.RESOURCE_CONSTRAINT);
    assertThat(e.type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(e.text()).isEqualTo("You have created too many meetings");
    assertThat(e.retryAt()).isEqualTo(RETRY);
  }

  @Test
  void forbiddenIsAnAuthError() throws Exception {
    MeetingRequestException e = refusal(MeetingQuery.of("private"));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.FORBIDDEN);
    assertThat(e.type()).isEqualTo(StanzaError.Type.AUTH);
    assertThat(e.text()).isEqualTo("Members only");
    assertThat(e.getMessage()).contains("forbidden (auth): Members only");
  }

  @Test
  void aServerWithoutMeetingServiceFindsNone() throws Exception {
    // The MUC service is an item of the server too, and is no meeting service.
    assertThat(meetings.findServices().get(10, TimeUnit.SECONDS))
        .extracting(s -> s.jid().toString())
        .doesNotContain("conference.localhost", "localhost");
    assertThatThrownBy(
            () ->
                meetings
                    .request(JidCreate.from("localhost"), MeetingQuery.of("jitsi"))
                    .get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(MeetingRequestException.class)
        .cause()
        .satisfies(
            c ->
                assertThat(((MeetingRequestException) c).condition())
                    .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE));
  }
}
