/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.UriEncoding;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Galène in {@code mode = jwt}: each meeting is an automatic subgroup {@code <jwt.group>/<id>} of a
 * group configured once in Galène, entered with cryptographic tokens Parley signs ({@code
 * token/jwt.go}). Parley makes no call to Galène.
 *
 * <p>The Galène group {@code jwt.group} (a file {@code groups/<jwt.group>.json}) must have:
 *
 * <pre>{@code
 * {
 *   "auto-subgroups": true,
 *   "authKeys": [ <the public part of jwt.key, with its "alg" (and "kid" if it has one)> ]
 * }
 * }</pre>
 *
 * and no {@code users} or {@code wildcard-user} entries unless those people may enter every
 * meeting. Subgroups inherit the parent's description, so its keys verify every meeting's tokens; a
 * subgroup exists while someone is in it. If Galène sets {@code canonicalHost}, {@code base-url}
 * must use that host (Galène compares the token's audience host with it).
 *
 * <p>Claims: {@code aud} = the meeting's group URL ({@code https://host/group/<jwt.group>/<id>/}),
 * {@code permissions}, {@code iat} = the request time (Galène allows 5 s of skew), {@code exp}
 * (required by Galène) = the link's end. The requester's token has {@code sub} = the requester's
 * name, which Galène uses as the username; the invite token, shared by all invitees, has no {@code
 * sub}, so invitees join without a username (Galène has no way to ask for one with a cryptographic
 * token — use {@code mode = api} for named invitees).
 *
 * <p>Collisions: Galène cannot report that a subgroup is in use, so uniqueness rests on Parley's
 * meeting store and on unguessable ids; a requested id could name a subgroup people entered with
 * other credentials for the parent group.
 */
final class GaleneJwtProvider implements MeetingProvider {
  private static final Pattern GROUP =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");

  private final String baseUrl;
  private final String parent;
  private final GaleneKeys keys;
  private final MeetingIds ids;
  private final List<String> initiatePermissions;
  private final List<String> invitePermissions;

  private GaleneJwtProvider(
      String baseUrl,
      String parent,
      GaleneKeys keys,
      MeetingIds ids,
      List<String> initiatePermissions,
      List<String> invitePermissions) {
    this.baseUrl = baseUrl;
    this.parent = parent;
    this.keys = keys;
    this.ids = ids;
    this.initiatePermissions = initiatePermissions;
    this.invitePermissions = invitePermissions;
  }

  static GaleneJwtProvider fromConfig(
      ConfigReader r,
      String baseUrl,
      MeetingIds ids,
      List<String> initiatePermissions,
      List<String> invitePermissions)
      throws InvalidConfigException {
    String group = r.string("group", true);
    if (!GROUP.matcher(group).matches()) {
      throw r.invalid(
          "group",
          "'"
              + group
              + "' is not a Galène group name Parley can use (segments of a-z, A-Z, 0-9, '-', '.',"
              + " '_', '~' separated by '/', each starting with a letter or digit)");
    }
    return new GaleneJwtProvider(
        baseUrl, group, GaleneKeys.fromConfig(r), ids, initiatePermissions, invitePermissions);
  }

  @Override
  public String type() {
    return Galene.TYPE;
  }

  @Override
  public String newId() {
    return ids.random();
  }

  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    return Galene.checkId(requested);
  }

  /** Signs both tokens at once: no call to Galène. */
  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    String groupUrl = Galene.groupUrl(baseUrl, parent + "/" + request.id());
    String initiate =
        token(
            groupUrl,
            safeUsername(request.requesterName()),
            initiatePermissions,
            request.now(),
            request.linkExpires());
    String invite =
        token(groupUrl, null, invitePermissions, request.now(), request.meetingExpires());
    return CompletableFuture.completedFuture(
        new MeetingLinks(link(groupUrl, initiate), link(groupUrl, invite)));
  }

  private String token(
      String audience,
      @Nullable String username,
      List<String> permissions,
      Instant now,
      Instant expires) {
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .audience(audience)
            .claim("permissions", permissions)
            .issueTime(seconds(now))
            .expirationTime(seconds(expires));
    if (username != null) {
      claims.subject(username);
    }
    SignedJWT jwt = new SignedJWT(keys.header(), claims.build());
    try {
      jwt.sign(keys.signer());
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a Galène token", e);
    }
    return jwt.serialize();
  }

  /**
   * The requester's name if Galène accepts it as a username (its group-name rule: no backslash, no
   * {@code .}/{@code ..} path tricks), else none (Galène then joins the requester without one).
   */
  static @Nullable String safeUsername(String name) {
    if (name.isEmpty()
        || name.contains("\\")
        || name.contains("/")
        || name.equals(".")
        || name.equals("..")) {
      return null;
    }
    return name;
  }

  private static URI link(String groupUrl, String token) {
    return URI.create(groupUrl + "?token=" + UriEncoding.component(token));
  }

  private static Date seconds(Instant instant) {
    return Date.from(Instant.ofEpochSecond(instant.getEpochSecond()));
  }
}
