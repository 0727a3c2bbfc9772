/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import static dev.parley.server.meetings.provider.ProviderFixture.NOW;
import static dev.parley.server.meetings.provider.ProviderFixture.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetSequenceKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.provider.Outcomes;
import dev.parley.server.meetings.provider.ProviderFixture;
import dev.parley.server.meetings.provider.TestTls;
import java.net.URI;
import java.nio.file.Files;
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
 * Galène in {@code mode = jwt}: the tokens Parley signs are checked by {@link GaleneStandIn} (a
 * stand-in applying Galène's documented token rules, not Galène itself) against the {@code
 * authKeys} of an {@code auto-subgroups} group, as an operator would configure it.
 */
class GaleneJwtProviderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static GaleneStandIn galene;
  private final ProviderFixture fixture = new ProviderFixture();

  @BeforeAll
  static void start() {
    galene = new GaleneStandIn(TestTls.generate(dir, "galene-jwt").serverContext(), "a", "b", "c");
  }

  @AfterAll
  static void stop() {
    galene.close();
  }

  @AfterEach
  void close() {
    fixture.close();
  }

  private MeetingProvider provider(String group, String jwt) throws InvalidConfigException {
    return fixture.provider(
        "parley.meetings.providers.galene { base-url = \""
            + galene.baseUrl()
            + "\", mode = jwt, jwt { group = \""
            + group
            + "\", "
            + jwt
            + " } }",
        null);
  }

  /** Defines {@code group} in the stand-in with the public part of {@code key} as its authKeys. */
  private static void defineGroup(String group, JWK key) throws Exception {
    JWK published = key.toPublicJWK() == null ? key : key.toPublicJWK();
    galene.defineGroup(
        group,
        Map.of(
            "auto-subgroups",
            true,
            "authKeys",
            List.of(
                JSON.readValue(
                    published.toJSONString(), new TypeReference<Map<String, Object>>() {}))));
  }

  @Test
  void hs256TokensOpenTheMeetingSubgroupWithTheirPermissions() throws Exception {
    JWK key =
        new OctetSequenceKeyGenerator(256).algorithm(JWSAlgorithm.HS256).keyID("k1").generate();
    defineGroup("parley", key);
    MeetingProvider provider = provider("parley", "key = \"\"\"" + key.toJSONString() + "\"\"\"");
    assertThat(provider.reachable()).isTrue();
    String id = provider.newId();
    MeetingLinks links = Outcomes.value(provider.create(request("galene", id, null)));

    String group = "parley/" + id;
    String initiate = token(links.initiate(), group);
    String invite = token(links.invite(), group);
    assertThat(galene.permissions(group, initiate, NOW))
        .contains(List.of("op", "present", "message", "caption", "token"));
    assertThat(galene.permissions(group, invite, NOW)).contains(List.of("present", "message"));
    // Only for this meeting's subgroup, and only until the links expire.
    assertThat(galene.permissions("parley/another", invite, NOW)).isEmpty();
    assertThat(galene.permissions(group, initiate, NOW.plus(Duration.ofMinutes(6)))).isEmpty();
    assertThat(galene.permissions(group, invite, NOW.plus(Duration.ofMinutes(6)))).isPresent();
    assertThat(galene.permissions(group, invite, NOW.plus(Duration.ofHours(2)).plusSeconds(6)))
        .isEmpty();

    JWTClaimsSet claims = SignedJWT.parse(initiate).getJWTClaimsSet();
    assertThat(claims.getClaims().keySet())
        .containsExactlyInAnyOrder("aud", "sub", "permissions", "iat", "exp");
    assertThat(claims.getAudience())
        .containsExactly(galene.baseUrl() + "/group/parley/" + id + "/");
    assertThat(claims.getSubject()).isEqualTo("alice");
    assertThat(claims.getIssueTime().toInstant())
        .isEqualTo(Instant.ofEpochSecond(NOW.getEpochSecond()));
    assertThat(claims.getExpirationTime().toInstant())
        .isEqualTo(Instant.ofEpochSecond(NOW.plus(Duration.ofMinutes(5)).getEpochSecond()));
    assertThat(SignedJWT.parse(initiate).getHeader().getKeyID()).isEqualTo("k1");
    JWTClaimsSet inviteClaims = SignedJWT.parse(invite).getJWTClaimsSet();
    assertThat(inviteClaims.getSubject()).isNull();
    assertThat(inviteClaims.getExpirationTime().toInstant())
        .isEqualTo(Instant.ofEpochSecond(NOW.plus(Duration.ofHours(2)).getEpochSecond()));
  }

  @Test
  void es256KeysFromAFileSignTokensTheGroupsPublicKeyVerifies() throws Exception {
    JWK key = new ECKeyGenerator(Curve.P_256).algorithm(JWSAlgorithm.ES256).generate();
    defineGroup("teaching/rooms", key);
    Path file = Files.writeString(dir.resolve("es256.jwk"), key.toJSONString());
    MeetingProvider provider = provider("teaching/rooms", "key-file = \"" + file + "\"");
    MeetingLinks links = Outcomes.value(provider.create(request("galene", "Seminar", null)));
    String group = "teaching/rooms/Seminar";
    assertThat(galene.permissions(group, token(links.invite(), group), NOW)).isPresent();
    // Another group's key does not verify these tokens.
    defineGroup(
        "teaching/rooms", new ECKeyGenerator(Curve.P_256).algorithm(JWSAlgorithm.ES256).generate());
    assertThat(galene.permissions(group, token(links.invite(), group), NOW)).isEmpty();
  }

  @Test
  void rs256KeysWork() throws Exception {
    JWK key = new RSAKeyGenerator(2048).algorithm(JWSAlgorithm.RS256).keyID("rsa").generate();
    defineGroup("rsa", key);
    MeetingProvider provider = provider("rsa", "key = \"\"\"" + key.toJSONString() + "\"\"\"");
    MeetingLinks links = Outcomes.value(provider.create(request("galene", "m1", null)));
    assertThat(galene.permissions("rsa/m1", token(links.initiate(), "rsa/m1"), NOW)).isPresent();
  }

  @Test
  void aRequesterNameGaleneCannotUseIsLeftOut() {
    assertThat(GaleneJwtProvider.safeUsername("alice")).isEqualTo("alice");
    assertThat(GaleneJwtProvider.safeUsername("a\\b")).isNull();
    assertThat(GaleneJwtProvider.safeUsername("..")).isNull();
    assertThat(GaleneJwtProvider.safeUsername("")).isNull();
  }

  @Test
  void configurationErrorsNameTheirKeys() throws Exception {
    String prefix = "parley.meetings.providers.galene.jwt.";
    assertConfigError("jwt { group = \"\", key = x }", prefix + "group: is required");
    assertConfigError(
        "jwt { group = \"a//b\", key = x }", prefix + "group: 'a//b' is not a Galène group name");
    assertConfigError("jwt { group = \".hidden\", key = x }", prefix + "group: '.hidden' is not");
    assertConfigError("jwt { group = g }", prefix + "key: is required in mode = jwt");
    assertConfigError("jwt { group = g, key = \"not json\" }", prefix + "key: is not a JWK");
    assertConfigError("jwt { group = g, key = x, key-file = y }", prefix + "key-file: set either");
    assertConfigError(
        "jwt { group = g, key-file = \"" + dir.resolve("absent") + "\" }",
        prefix + "key-file: cannot read");
    assertConfigError(
        jwk(new OctetSequenceKeyGenerator(256).generate()),
        prefix + "key: the JWK must name its \"alg\"");
    assertConfigError(
        jwk(new OctetSequenceKeyGenerator(384).algorithm(JWSAlgorithm.HS256).generate()),
        prefix + "key: HS256 keys have 32 bytes for Galène, not 48");
    JWK ec = new ECKeyGenerator(Curve.P_256).algorithm(JWSAlgorithm.ES256).generate();
    assertConfigError(
        jwk(ec.toPublicJWK()),
        prefix + "key: holds a public key; Parley signs tokens and needs the private key");
    assertConfigError(
        jwk(new ECKeyGenerator(Curve.P_384).algorithm(JWSAlgorithm.ES256).generate()),
        prefix + "key: ES256 keys use the curve P-256 for Galène");
    assertConfigError(
        jwk(new ECKeyGenerator(Curve.P_384).algorithm(JWSAlgorithm.ES384).generate()),
        prefix + "key: Galène accepts oct keys with HS256/HS384/HS512");
    assertConfigError(
        jwk(ec) + ", invite-permissions = [admin]",
        "parley.meetings.providers.galene.invite-permissions: 'admin' is not a Galène permission");
  }

  /** A {@code jwt} section with group {@code g} and {@code key} inline. */
  private static String jwk(JWK key) {
    return "jwt { group = g, key = \"\"\"" + key.toJSONString() + "\"\"\" }";
  }

  private void assertConfigError(String galene, String message) {
    String hocon =
        "parley.meetings.providers.galene { base-url = \"https://galene.example.org\", mode = jwt, "
            + galene
            + " }";
    assertThatThrownBy(() -> fixture.provider(hocon, null))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining(message);
  }

  /** The token of a link to {@code group}, checking the link's shape. */
  private static String token(URI link, String group) {
    assertThat(link.toString()).startsWith(galene.baseUrl() + "/group/" + group + "/?token=");
    return link.getRawQuery().substring("token=".length());
  }
}
