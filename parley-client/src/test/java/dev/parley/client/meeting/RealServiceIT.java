/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.ParleyService;
import dev.parley.testkit.ProsodyExtension;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The SDK against Parley's real meeting service, as {@code parley serve} assembles it: the Jitsi
 * provider with HS256 tokens, the H2 store, the quota — through a real Prosody, between real Smack
 * clients. Nothing is sent to Jitsi: the provider only mints links, which the test checks
 * (including the token's signature and claims).
 */
class RealServiceIT {
  private static final String DOMAIN = "parley.localhost";
  private static final String SECRET = "a-jitsi-app-secret-of-at-least-32-bytes!";

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").component(DOMAIN).accounts("alice", "bob").build();

  @TempDir static Path data;
  private static ParleyService service;
  private static Meetings alice;
  private static Meetings bob;

  @BeforeAll
  static void start() throws Exception {
    ParleySmack.install();
    Map<String, Object> config =
        Map.of(
            "parley.meetings.providers.jitsi.base-url",
            "https://meet.example.org",
            "parley.meetings.providers.jitsi.jwt.app-id",
            "parley-test",
            "parley.meetings.providers.jitsi.jwt.secret",
            SECRET,
            "parley.meetings.quota.requests",
            3);
    service = ParleyService.start(TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, config));
    service.parley().firstConnections().get(20, TimeUnit.SECONDS);
    XMPPTCPConnection a = PROSODY.get().login("alice", "real");
    XMPPTCPConnection b = PROSODY.get().login("bob", "real");
    alice = Meetings.builder(a).types("jitsi").build();
    bob = Meetings.builder(b).types("jitsi").build();
  }

  @AfterAll
  static void stop() {
    alice.close();
    bob.close();
    service.close();
  }

  private static JWTClaimsSet verified(String url, String room) throws Exception {
    URI uri = URI.create(url);
    assertThat(uri.getScheme()).isEqualTo("https");
    assertThat(uri.getPath()).isEqualTo("/" + room);
    String token = uri.getQuery().substring("jwt=".length());
    SignedJWT jwt = SignedJWT.parse(token);
    assertThat(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8))))
        .as("signed with the configured secret")
        .isTrue();
    JWTClaimsSet claims = jwt.getJWTClaimsSet();
    assertThat(claims.getIssuer()).isEqualTo("parley-test");
    assertThat(claims.getStringClaim("room")).isEqualTo(room);
    return claims;
  }

  @Test
  void findRequestInviteAcceptAndLeave() throws Exception {
    List<MeetingService> services = alice.findServices().get(10, TimeUnit.SECONDS);
    MeetingService meetings =
        services.stream().filter(s -> s.offers("jitsi")).findFirst().orElseThrow();
    assertThat(meetings.jid().toString()).isEqualTo(DOMAIN);

    MeetingLink link =
        alice
            .request(meetings.jid(), "jitsi", "Sprint-Review", "Sprint review")
            .get(10, TimeUnit.SECONDS);
    assertThat(link.desc()).isEqualTo("Sprint review");
    Instant now = Instant.now();
    JWTClaimsSet initiate = verified(link.initiateUrl(), "sprint-review");
    assertThat(initiate.getExpirationTime().toInstant())
        .isBetween(now.plus(Duration.ofSeconds(280)), now.plus(Duration.ofSeconds(310)));
    JWTClaimsSet invite = verified(link.inviteUri(), "sprint-review");
    assertThat(invite.getExpirationTime().toInstant()).isAfter(now.plus(Duration.ofHours(23)));

    BlockingQueue<IncomingInvite> received = new ArrayBlockingQueue<>(2);
    BlockingQueue<InviteAnswer> answers = new ArrayBlockingQueue<>(4);
    try (AutoCloseable r = bob.onInvite(received::add);
        AutoCloseable a = alice.onAnswer(answers::add)) {
      OutgoingInvite sent =
          alice.invite(link, JidCreate.entityBareFrom("bob@localhost")).get(10, TimeUnit.SECONDS);
      IncomingInvite invitation = received.poll(10, TimeUnit.SECONDS);
      assertThat(invitation).isNotNull();
      assertThat(invitation.uri()).isEqualTo(link.inviteUri());
      assertThat(invitation.meeting().type()).isEqualTo("jitsi");
      assertThat(invitation.meeting().desc()).isEqualTo("Sprint review");
      assertThat(invitation.invite().audio()).isTrue();
      assertThat(invitation.invite().video()).isTrue();
      invitation.accept().get(10, TimeUnit.SECONDS);
      InviteAnswer accepted = answers.poll(10, TimeUnit.SECONDS);
      assertThat(accepted.kind()).isEqualTo(InviteAnswer.Kind.ACCEPTED);
      assertThat(accepted.inviteId()).isEqualTo(sent.id());
      assertThat(accepted.from().asBareJid().toString()).isEqualTo("bob@localhost");
      invitation.left().get(10, TimeUnit.SECONDS);
      assertThat(answers.poll(10, TimeUnit.SECONDS).kind()).isEqualTo(InviteAnswer.Kind.LEFT);
    }

    assertThatThrownBy(() -> alice.request(meetings.jid(), "jitsi", "sprint-review", null).join())
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            MeetingRequestException.class,
            e -> assertThat(e.condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE));
    alice.request(meetings.jid(), "jitsi", null, null).get(10, TimeUnit.SECONDS);
    assertThatThrownBy(() -> alice.request(meetings.jid(), "jitsi", null, null).join())
        .cause()
        .isInstanceOfSatisfying(
            MeetingRequestException.class,
            e -> {
              assertThat(e.condition()).isEqualTo(StanzaError.Condition.RESOURCE_CONSTRAINT);
              assertThat(e.retryAt()).isAfter(Instant.now().plus(Duration.ofMinutes(59)));
            });
  }
}
