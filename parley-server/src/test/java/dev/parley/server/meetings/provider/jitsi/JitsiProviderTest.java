/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import static dev.parley.server.meetings.provider.ProviderFixture.NOW;
import static dev.parley.server.meetings.provider.ProviderFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.provider.Outcomes;
import dev.parley.server.meetings.provider.ProviderFixture;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JitsiProviderTest {
  private static final String SECRET = "a shared app_secret of more than 32 bytes";

  @TempDir Path dir;
  private final ProviderFixture fixture = new ProviderFixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private MeetingProvider jitsi(String hocon) throws InvalidConfigException {
    return fixture.provider("parley.meetings.providers.jitsi { " + hocon + " }", null);
  }

  @Test
  void withoutTokensBothLinksAreTheRoomUrl() throws Exception {
    MeetingProvider jitsi = jitsi("base-url = \"https://meet.example.org/\"");
    assertThat(jitsi.type()).isEqualTo("jitsi");
    assertThat(jitsi.reachable()).isTrue();
    String id = jitsi.newId();
    assertThat(id).matches("[a-z2-7]{36}");
    MeetingLinks links = Outcomes.value(jitsi.create(request("jitsi", id, null)));
    assertThat(links.initiate()).isEqualTo(URI.create("https://meet.example.org/" + id));
    assertThat(links.invite()).isEqualTo(links.initiate());
  }

  @Test
  void aTenantPathWithNonAsciiCharactersIsPercentEncoded() throws Exception {
    MeetingProvider jitsi = jitsi("base-url = \"https://meet.example.org/équipe\"");
    MeetingLinks links = Outcomes.value(jitsi.create(request("jitsi", "jour-fixe", null)));
    assertThat(links.initiate().toString())
        .isEqualTo("https://meet.example.org/%C3%A9quipe/jour-fixe");
    assertThat(links.initiate().toString()).matches("[\\x21-\\x7e]+");
  }

  @Test
  void readableNamesUseTheConfiguredNumberOfWords() throws Exception {
    MeetingProvider jitsi =
        jitsi("base-url = \"https://meet.example.org\", room-names = words, words = 8");
    String id = jitsi.newId();
    assertThat(id.split("-")).hasSize(8).allMatch(WordList.load().words()::contains);
    assertThat(jitsi.checkId(id)).isEqualTo(id);
  }

  @Test
  void checkIdFollowsJitsisRules() throws Exception {
    MeetingProvider jitsi = jitsi("base-url = \"https://meet.example.org\"");
    assertThat(jitsi.checkId("Team-Sync")).isEqualTo("team-sync");
    assertThatThrownBy(() -> jitsi.checkId("team sync")).hasMessageContaining("a space");
  }

  @Test
  void hs256TokensCarryEveryClaimAndExpireWithTheirLink() throws Exception {
    MeetingProvider jitsi =
        jitsi(
            "base-url = \"https://meet.example.org\", jwt { app-id = parley-app, secret = \""
                + SECRET
                + "\" }");
    MeetingLinks links = Outcomes.value(jitsi.create(request("jitsi", "team-sync", "Weekly")));

    SignedJWT initiate = token(links.initiate(), "team-sync");
    assertThat(initiate.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.HS256);
    assertThat(initiate.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(initiate.getHeader().getKeyID()).isNull();
    assertThat(initiate.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
    JWTClaimsSet claims = initiate.getJWTClaimsSet();
    assertThat(claims.getClaims().keySet())
        .containsExactlyInAnyOrder("iss", "aud", "sub", "room", "iat", "nbf", "exp", "context");
    assertThat(claims.getIssuer()).isEqualTo("parley-app");
    assertThat(claims.getAudience()).containsExactly("jitsi");
    assertThat(claims.getSubject()).isEqualTo("*");
    assertThat(claims.getStringClaim("room")).isEqualTo("team-sync");
    assertThat(claims.getIssueTime().toInstant()).isEqualTo(seconds(NOW));
    assertThat(claims.getNotBeforeTime().toInstant()).isEqualTo(seconds(NOW).minusSeconds(60));
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(seconds(NOW.plus(Duration.ofMinutes(5))));
    assertThat(claims.getJSONObjectClaim("context"))
        .isEqualTo(
            Map.of(
                "user",
                Map.of(
                    "id", "alice@example.org",
                    "name", "alice",
                    "moderator", true,
                    "affiliation", "owner")));

    SignedJWT invite = token(links.invite(), "team-sync");
    assertThat(invite.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8)))).isTrue();
    JWTClaimsSet inviteClaims = invite.getJWTClaimsSet();
    assertThat(inviteClaims.getIssuer()).isEqualTo("parley-app");
    assertThat(inviteClaims.getStringClaim("room")).isEqualTo("team-sync");
    assertThat(inviteClaims.getExpirationTime().toInstant())
        .isEqualTo(seconds(NOW.plus(Duration.ofHours(2))));
    assertThat(inviteClaims.getJSONObjectClaim("context"))
        .isEqualTo(Map.of("user", Map.of("moderator", false, "affiliation", "member")));
    // A token signed with another secret does not verify.
    assertThat(
            invite.verify(
                new MACVerifier(
                    "another secret of more than 32 bytes!".getBytes(StandardCharsets.UTF_8))))
        .isFalse();
  }

  @Test
  void audienceAndSubjectAreConfigurable() throws Exception {
    MeetingProvider jitsi =
        jitsi(
            "base-url = \"https://meet.example.org/acme\", jwt { app-id = a, secret = \""
                + SECRET
                + "\", audience = my-audience, subject = acme }");
    MeetingLinks links = Outcomes.value(jitsi.create(request("jitsi", "room", null)));
    JWTClaimsSet claims = token(links.initiate(), "room").getJWTClaimsSet();
    assertThat(claims.getAudience()).containsExactly("my-audience");
    assertThat(claims.getSubject()).isEqualTo("acme");
    assertThat(links.initiate().getRawPath()).isEqualTo("/acme/room");
  }

  @Test
  void rs256TokensAreSignedWithThePemKeyAndNameItsKeyId() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    KeyPair pair = generator.generateKeyPair();
    Path pem = writePkcs8(pair, "jitsi.pem");
    MeetingProvider jitsi =
        jitsi(
            "base-url = \"https://meet.example.org\", jwt { app-id = parley, private-key-file = \""
                + pem
                + "\", key-id = \"parley/key-1\" }");
    MeetingLinks links = Outcomes.value(jitsi.create(request("jitsi", "room", null)));
    SignedJWT jwt = token(links.initiate(), "room");
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
    assertThat(jwt.getHeader().getKeyID()).isEqualTo("parley/key-1");
    assertThat(jwt.verify(new RSASSAVerifier((RSAPublicKey) pair.getPublic()))).isTrue();
    assertThat(
            token(links.invite(), "room")
                .verify(new RSASSAVerifier((RSAPublicKey) pair.getPublic())))
        .isTrue();
  }

  @Test
  void configurationErrorsNameTheirKeys() throws Exception {
    String base = "base-url = \"https://meet.example.org\", ";
    assertConfigError(
        "base-url = \"http://meet.example.org\"", "parley.meetings.providers.jitsi.base-url: ");
    assertConfigError(
        base + "room-names = fancy",
        "parley.meetings.providers.jitsi.room-names: 'fancy' is not one of");
    assertConfigError(
        base + "words = 3", "parley.meetings.providers.jitsi.words: 3 is below the minimum 4");
    assertConfigError(
        base + "words = 14", "parley.meetings.providers.jitsi.words: 14 is above the maximum 13");
    assertConfigError(
        base + "jwt.secret = \"" + SECRET + "\"",
        "parley.meetings.providers.jitsi.jwt.app-id: is required when secret is set");
    assertConfigError(
        base + "jwt.app-id = a", "parley.meetings.providers.jitsi.jwt.secret: is required (HS256)");
    assertConfigError(
        base + "jwt { app-id = a, secret = short }",
        "parley.meetings.providers.jitsi.jwt.secret: must be at least 32 bytes for HS256, not 5");
    assertConfigError(
        base + "jwt { app-id = a, secret = \"" + SECRET + "\", key-id = k }",
        "parley.meetings.providers.jitsi.jwt.key-id: applies to private-key-file");
    assertConfigError(
        base + "jwt { app-id = a, secret = \"" + SECRET + "\", private-key-file = x }",
        "parley.meetings.providers.jitsi.jwt.private-key-file: set either");
    assertConfigError(
        base + "jwt { app-id = a, audience = \"\", secret = \"" + SECRET + "\" }",
        "parley.meetings.providers.jitsi.jwt.audience: is required");

    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    Path pem = writePkcs8(generator.generateKeyPair(), "ok.pem");
    assertConfigError(
        base + "jwt { app-id = a, private-key-file = \"" + pem + "\" }",
        "parley.meetings.providers.jitsi.jwt.key-id: is required");
    assertConfigError(
        base
            + "jwt { app-id = a, key-id = k, private-key-file = \""
            + dir.resolve("none.pem")
            + "\" }",
        "parley.meetings.providers.jitsi.jwt.private-key-file: cannot read");
    Path pkcs1 =
        Files.writeString(
            dir.resolve("pkcs1.pem"),
            "-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----\n");
    assertConfigError(
        base + "jwt { app-id = a, key-id = k, private-key-file = \"" + pkcs1 + "\" }",
        "holds a PKCS#1 key, not PKCS#8; convert it with: openssl pkcs8 -topk8");
    generator.initialize(1024);
    Path small = writePkcs8(generator.generateKeyPair(), "small.pem");
    assertConfigError(
        base + "jwt { app-id = a, key-id = k, private-key-file = \"" + small + "\" }",
        "the key has 1024 bits; RS256 needs at least 2048");
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    Path ecPem = writePkcs8(ec.generateKeyPair(), "ec.pem");
    assertConfigError(
        base + "jwt { app-id = a, key-id = k, private-key-file = \"" + ecPem + "\" }",
        "does not hold an RSA private key");
  }

  private void assertConfigError(String hocon, String message) {
    assertThatThrownBy(() -> jitsi(hocon))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(message);
  }

  private Path writePkcs8(KeyPair pair, String name) throws Exception {
    String pem =
        "-----BEGIN PRIVATE KEY-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(pair.getPrivate().getEncoded())
            + "\n-----END PRIVATE KEY-----\n";
    return Files.writeString(dir.resolve(name), pem);
  }

  /** The {@code jwt} of a link to {@code room}, checking the link's shape on the way. */
  private static SignedJWT token(URI link, String room) throws Exception {
    assertThat(link.getScheme()).isEqualTo("https");
    assertThat(link.getRawPath()).endsWith("/" + room);
    assertThat(link.getRawQuery()).startsWith("jwt=").matches("jwt=[A-Za-z0-9_.-]+");
    return SignedJWT.parse(link.getRawQuery().substring(4));
  }

  private static Instant seconds(Instant i) {
    return Instant.ofEpochSecond(i.getEpochSecond());
  }
}
