/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.MeetingRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JWTs for Jitsi Meet's token authentication (Prosody {@code authentication = "token"} with the MUC
 * {@code token_verification} module; {@code jitsi/lib-jitsi-meet:doc/tokens.md}).
 *
 * <p>Signed HS256 with {@code jwt.secret} (Prosody's {@code app_secret}; at least 32 bytes) or
 * RS256 with the PKCS#8 PEM key in {@code jwt.private-key-file} and its {@code jwt.key-id} (the
 * {@code kid} under which Prosody's {@code asap_key_server} publishes the public key). Claims:
 *
 * <ul>
 *   <li>{@code iss} = {@code jwt.app-id}, {@code aud} = {@code jwt.audience} (default {@code
 *       jitsi}), {@code sub} = {@code jwt.subject} (default {@code *}: any domain or tenant);
 *   <li>{@code room} = the room name (the canonical name, which is the MUC node: {@link
 *       JitsiRoomNames});
 *   <li>{@code iat} = the request time, {@code nbf} = one minute earlier (a Prosody clock slightly
 *       behind Parley's must not refuse a fresh token), {@code exp} = the link's end, rounded down
 *       to the second;
 *   <li>{@code context.user}: {@code moderator} (boolean, as JaaS and moderation modules read it)
 *       and {@code affiliation} ({@code owner} or {@code member}, as the jitsi-contrib {@code
 *       token_affiliation} module reads it); for the requester's token also {@code id} (the
 *       requester's bare JID) and {@code name}.
 * </ul>
 *
 * <p>The initiate link carries a moderator token that expires at {@code linkExpires}. The invite
 * link carries one non-moderator token that expires at {@code meetingExpires}, shared by everyone
 * invited: XEP-0483 gives the requester a single invite URL, which the requester's client sends in
 * an XEP-0482 invitation (to a contact, a group chat, or onwards) — after answering the request the
 * server plays no further part and never learns who the invitees are, so it cannot mint a token per
 * invitee. The invite token therefore names no user (each participant enters a name in Jitsi Meet)
 * and is a bearer capability for that one room until the meeting expires.
 */
public final class JitsiTokens {
  /** How far {@code nbf} lies before the request, for clock skew between Parley and Prosody. */
  public static final Duration CLOCK_SKEW = Duration.ofMinutes(1);

  /** The shortest HS256 secret accepted: 256 bits, the algorithm's own key size (RFC 7518). */
  public static final int MIN_SECRET_BYTES = 32;

  private final String appId;
  private final String audience;
  private final String subject;
  private final JWSHeader header;
  private final JWSSigner signer;

  JitsiTokens(String appId, String audience, String subject, JWSHeader header, JWSSigner signer) {
    this.appId = appId;
    this.audience = audience;
    this.subject = subject;
    this.header = header;
    this.signer = signer;
  }

  /**
   * Reads {@code jwt} ({@code parley.meetings.providers.jitsi.jwt}); {@code null} when {@code
   * app-id} is not set (links without tokens).
   */
  static @Nullable JitsiTokens fromConfig(ConfigReader jwt) throws InvalidConfigException {
    String appId = jwt.optionalString("app-id");
    String secret = jwt.optionalString("secret");
    String keyFile = jwt.optionalString("private-key-file");
    if (appId == null) {
      if (secret != null || keyFile != null) {
        throw jwt.invalid(
            "app-id",
            "is required when " + (secret != null ? "secret" : "private-key-file") + " is set");
      }
      return null;
    }
    String audience = jwt.string("audience", true);
    String subject = jwt.string("subject", true);
    if (secret != null && keyFile != null) {
      throw jwt.invalid(
          "private-key-file",
          "set either " + jwt.keyName("secret") + " (HS256) or this key (RS256), not both");
    }
    if (secret == null && keyFile == null) {
      throw jwt.invalid(
          "secret", "is required (HS256), or set " + jwt.keyName("private-key-file") + " (RS256)");
    }
    if (secret != null) {
      if (jwt.optionalString("key-id") != null) {
        throw jwt.invalid("key-id", "applies to private-key-file (RS256) only");
      }
      byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
      if (bytes.length < MIN_SECRET_BYTES) {
        throw jwt.invalid(
            "secret",
            "must be at least " + MIN_SECRET_BYTES + " bytes for HS256, not " + bytes.length);
      }
      try {
        return new JitsiTokens(
            appId,
            audience,
            subject,
            new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(),
            new MACSigner(bytes));
      } catch (JOSEException e) {
        throw jwt.invalid("secret", e.getMessage());
      }
    }
    String keyId = jwt.string("key-id", true);
    return new JitsiTokens(
        appId,
        audience,
        subject,
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID(keyId).build(),
        new RSASSASigner(PemKeys.rsaPrivateKey(jwt, "private-key-file")));
  }

  /** The requester's moderator token for the initiate link, valid until {@code linkExpires}. */
  public String moderator(MeetingRequest request, String room) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("id", request.requester().toString());
    user.put("name", request.requesterName());
    user.put("moderator", true);
    user.put("affiliation", "owner");
    return sign(request, room, user, request.linkExpires());
  }

  /** The shared participant token for the invite link, valid until {@code meetingExpires}. */
  public String participant(MeetingRequest request, String room) {
    Map<String, Object> user = new LinkedHashMap<>();
    user.put("moderator", false);
    user.put("affiliation", "member");
    return sign(request, room, user, request.meetingExpires());
  }

  private String sign(
      MeetingRequest request, String room, Map<String, Object> user, Instant expires) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(appId)
            .audience(audience)
            .subject(subject)
            .claim("room", room)
            .issueTime(seconds(request.now()))
            .notBeforeTime(seconds(request.now().minus(CLOCK_SKEW)))
            .expirationTime(seconds(expires))
            .claim("context", Map.of("user", user))
            .build();
    SignedJWT jwt = new SignedJWT(header, claims);
    try {
      jwt.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a Jitsi token", e);
    }
    return jwt.serialize();
  }

  /** An instant rounded down to the second, as JWT NumericDate values are. */
  static Date seconds(Instant instant) {
    return Date.from(Instant.ofEpochSecond(instant.getEpochSecond()));
  }
}
