/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.ProviderContext;
import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.UriEncoding;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Builds the Galène provider ({@code parley.meetings.providers.galene}) in one of two modes:
 *
 * <ul>
 *   <li>{@code mode = api} ({@link GaleneApiProvider}): a group per meeting through Galène's
 *       administrative API, with stateful tokens; collisions are detected by Galène.
 *   <li>{@code mode = jwt} ({@link GaleneJwtProvider}): cryptographic tokens for automatic
 *       subgroups of a group configured once in Galène; no call to Galène at all.
 * </ul>
 *
 * Both hand out {@code base-url/group/<group>/?token=…}: the initiate link with {@code
 * initiate-permissions} (default: a group operator's, {@code op present message caption token})
 * until {@code linkExpires}, the invite link with {@code invite-permissions} (default {@code
 * present message}) until {@code meetingExpires}.
 */
public final class Galene {
  public static final String TYPE = "galene";

  /** Permissions a token may grant (Galène's individual permissions; {@code admin} excluded). */
  static final Set<String> PERMISSIONS =
      Set.of("op", "present", "message", "caption", "token", "record");

  /** Longest requested meeting id. */
  static final int MAX_ID_LENGTH = 64;

  private Galene() {}

  /**
   * Reads {@code galene}, whose {@code base-url} is set.
   *
   * @param timeout {@code parley.meetings.provider-timeout}
   */
  public static MeetingProvider fromConfig(
      ConfigReader galene, ProviderContext context, Duration timeout, SecureRandom random)
      throws InvalidConfigException {
    String baseUrl = UriEncoding.baseUrl(galene, "base-url");
    String mode = galene.oneOf("mode", List.of("api", "jwt"));
    List<String> initiate = permissions(galene, "initiate-permissions");
    List<String> invite = permissions(galene, "invite-permissions");
    if ("api".equals(mode)) {
      return GaleneApiProvider.fromConfig(
          galene.section("api"),
          baseUrl,
          new ApiCalls(context.http(), timeout, "Galène"),
          context.timer(),
          new MeetingIds(random),
          initiate,
          invite);
    }
    return GaleneJwtProvider.fromConfig(
        galene.section("jwt"), baseUrl, new MeetingIds(random), initiate, invite);
  }

  /** Requested ids: {@link MeetingIds#checkUnreserved}, 1 to 64 characters, case kept. */
  static String checkId(String requested) throws InvalidMeetingIdException {
    return MeetingIds.checkUnreserved(requested, 1, MAX_ID_LENGTH, "Galène");
  }

  /** The link a group's members open: {@code base/group/<g>/?token=<t>}. */
  static String groupUrl(String baseUrl, String group) {
    StringBuilder url = new StringBuilder(baseUrl).append("/group/");
    for (String segment : group.split("/", -1)) {
      url.append(UriEncoding.component(segment)).append('/');
    }
    return url.toString();
  }

  private static List<String> permissions(ConfigReader r, String key)
      throws InvalidConfigException {
    List<String> values = r.strings(key);
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (!PERMISSIONS.contains(v)) {
        throw r.invalid(
            key,
            "'" + v + "' is not a Galène permission a token may grant " + List.copyOf(sorted()));
      }
      if (out.contains(v)) {
        throw r.invalid(key, "lists '" + v + "' twice");
      }
      out.add(v);
    }
    return List.copyOf(out);
  }

  private static List<String> sorted() {
    return PERMISSIONS.stream().sorted().toList();
  }
}
