/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.bigbluebutton;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.ProviderContext;
import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.ReachabilityProbe;
import dev.parley.server.meetings.provider.UriEncoding;
import dev.parley.server.store.LandingLinkStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/**
 * BigBlueButton links ({@code parley.meetings.providers.bigbluebutton}), for BigBlueButton 2.4 or
 * newer (joins name a {@code role}).
 *
 * <p>Creating a meeting: {@code getMeetingInfo} first — {@code create} on an existing meetingID
 * returns that meeting instead of failing, so without the check a requested id could join someone
 * else's meeting; {@code SUCCESS} there is {@link Reason#ID_IN_USE}. The check runs for generated
 * ids too (the request does not say which kind it holds; one round trip). Then {@code create} with
 * the id, a name (the request's description, else {@code meeting-name}), Parley's own passwords
 * ({@link BigBlueButtonApi#password}) and {@code meta_bbb-origin=Parley}; a {@code
 * duplicateWarning} or {@code idNotUnique} answer (someone created it meanwhile) is also ID_IN_USE.
 *
 * <p>Links: BigBlueButton's join URLs are signed and per user, but XEP-0483 wants one link anyone
 * invited can open. So both links are landing pages on Parley's HTTP server ({@link
 * BigBlueButtonLanding}), {@code <parley.http.public-url>/meet/bbb/<token>}, with tokens from the
 * landing-link store: the initiate token joins as {@code MODERATOR} until {@code linkExpires}, the
 * invite token as {@code VIEWER} until {@code meetingExpires}. The shared secret stays in Parley.
 *
 * <p>{@link #reachable()} probes the unsigned API root every {@code probe-interval}.
 */
public final class BigBlueButtonProvider implements MeetingProvider {
  public static final String TYPE = "bigbluebutton";

  static final String MODERATOR = "MODERATOR";
  static final String VIEWER = "VIEWER";

  /** BigBlueButton meeting ids have 2 to 256 characters; Parley accepts up to 64. */
  static final int MAX_ID_LENGTH = 64;

  /** BigBlueButton meeting names have 2 to 64 characters. */
  static final int MAX_NAME_LENGTH = 64;

  private final BigBlueButtonApi api;
  private final String meetingName;
  private final String landingBase;
  private final LandingLinkStore landingLinks;
  private final MeetingIds ids;
  private final ReachabilityProbe probe;

  private BigBlueButtonProvider(
      BigBlueButtonApi api,
      String meetingName,
      String landingBase,
      ProviderContext context,
      MeetingIds ids,
      Duration probeInterval) {
    this.api = api;
    this.meetingName = meetingName;
    this.landingBase = landingBase;
    this.landingLinks = context.landingLinks();
    this.ids = ids;
    this.probe =
        new ReachabilityProbe("BigBlueButton", context.timer(), probeInterval, () -> version(api));
  }

  /**
   * Reads {@code bbb}, whose {@code base-url} is set, and registers the landing pages.
   *
   * @throws InvalidConfigException also naming {@code parley.http.public-url} when it is not set:
   *     the landing pages need a public https address
   */
  public static BigBlueButtonProvider fromConfig(
      ConfigReader bbb, ProviderContext context, Duration timeout, SecureRandom random)
      throws InvalidConfigException {
    String baseUrl = UriEncoding.baseUrl(bbb, "base-url");
    String secret = bbb.string("secret", true);
    BigBlueButtonApi.Checksum checksum =
        BigBlueButtonApi.Checksum.valueOf(
            bbb.oneOf("checksum", List.of("sha256", "sha1")).toUpperCase(Locale.ROOT));
    String meetingName = bbb.string("meeting-name", true);
    if (meetingName.codePointCount(0, meetingName.length()) < 2
        || meetingName.codePointCount(0, meetingName.length()) > MAX_NAME_LENGTH) {
      throw bbb.invalid("meeting-name", "BigBlueButton meeting names have 2 to 64 characters");
    }
    Duration probeInterval = bbb.positiveDuration("probe-interval");
    URI publicUrl = context.publicUrl();
    if (publicUrl == null || !"https".equalsIgnoreCase(publicUrl.getScheme())) {
      throw new InvalidConfigException(
          "parley.http.public-url",
          "must be set to the https address of Parley's HTTP server: BigBlueButton links are"
              + " landing pages there ("
              + bbb.keyName("base-url")
              + " is set)");
    }
    String apiBase = baseUrl.endsWith("/api") ? baseUrl : baseUrl + "/api";
    BigBlueButtonApi api =
        new BigBlueButtonApi(
            apiBase, secret, checksum, new ApiCalls(context.http(), timeout, "BigBlueButton"));
    String landingBase = stripSlashes(publicUrl.toASCIIString()) + BigBlueButtonLanding.PREFIX;
    BigBlueButtonProvider provider =
        new BigBlueButtonProvider(
            api, meetingName, landingBase, context, new MeetingIds(random), probeInterval);
    BigBlueButtonLanding landing =
        new BigBlueButtonLanding(
            provider, context.landingLinks(), context.clock(), origin(apiBase));
    context.routes().accept(landing::register);
    return provider;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String newId() {
    return ids.random();
  }

  /** {@link MeetingIds#checkUnreserved}, 2 to 64 characters (no comma, as BigBlueButton asks). */
  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    return MeetingIds.checkUnreserved(requested, 2, MAX_ID_LENGTH, "BigBlueButton");
  }

  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    String id = request.id();
    return api.call("getMeetingInfo", Map.of("meetingID", id))
        .thenCompose(
            info -> {
              if (info.success()) {
                throw inUse(id);
              }
              if (!"notFound".equals(info.messageKey())) {
                throw refused("getMeetingInfo", info);
              }
              return api.call("create", createParams(id, name(request.description())));
            })
        .thenApply(
            created -> {
              if ("idNotUnique".equals(created.messageKey())
                  || (created.success() && "duplicateWarning".equals(created.messageKey()))) {
                throw inUse(id);
              }
              if (!created.success()) {
                throw refused("create", created);
              }
              String initiate = landingLinks.create(TYPE, id, MODERATOR, request.linkExpires());
              String invite = landingLinks.create(TYPE, id, VIEWER, request.meetingExpires());
              return new MeetingLinks(landing(initiate), landing(invite));
            })
        .whenComplete((links, failure) -> observe(failure));
  }

  /**
   * Makes sure the meeting runs (creating it again if BigBlueButton ended it: {@code create} is
   * idempotent with Parley's passwords) and returns a freshly signed join URL for one person.
   */
  CompletableFuture<URI> join(String meetingId, String fullName, String role) {
    return api.call("create", createParams(meetingId, meetingName))
        .thenApply(
            created -> {
              if (!created.success()) {
                throw refused("create", created);
              }
              String createTime = created.fields().get("createTime");
              Map<String, String> params = new LinkedHashMap<>();
              params.put("fullName", fullName);
              params.put("meetingID", meetingId);
              params.put("role", role);
              if (createTime != null && !createTime.isEmpty()) {
                params.put("createTime", createTime);
              }
              params.put("redirect", "true");
              return api.url("join", params);
            });
  }

  private Map<String, String> createParams(String id, String name) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("meetingID", id);
    params.put("name", name);
    params.put("attendeePW", api.password("attendee", id));
    params.put("moderatorPW", api.password("moderator", id));
    params.put("meta_bbb-origin", "Parley");
    return params;
  }

  /**
   * The description as a meeting name (2–64 characters, no control characters), else the default.
   */
  String name(@Nullable String description) {
    if (description == null) {
      return meetingName;
    }
    String name = description.replaceAll("\\p{Cntrl}", " ").strip();
    if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME_LENGTH)).strip();
    }
    return name.codePointCount(0, name.length()) < 2 ? meetingName : name;
  }

  private URI landing(String token) {
    return URI.create(landingBase + UriEncoding.component(token));
  }

  @Override
  public boolean reachable() {
    return probe.reachable();
  }

  @Override
  public void close() {
    probe.close();
  }

  private void observe(@Nullable Throwable failure) {
    if (failure == null) {
      probe.observed(true);
    } else if (ApiCalls.unwrap(failure) instanceof MeetingProviderException e) {
      probe.observed(e.reason() == Reason.ID_IN_USE);
    }
  }

  private static CompletableFuture<?> version(BigBlueButtonApi api) {
    return api.version()
        .thenAccept(
            answer -> {
              if (!answer.success()) {
                throw refused("the API version query", answer);
              }
            });
  }

  private static CompletionException inUse(String id) {
    return new CompletionException(
        new MeetingProviderException(
            Reason.ID_IN_USE, "BigBlueButton already has a meeting with the id '" + id + "'"));
  }

  private static CompletionException refused(String call, BigBlueButtonApi.Response answer) {
    return new CompletionException(
        new MeetingProviderException(
            Reason.REFUSED, "BigBlueButton refused " + call + ": " + answer.problem()));
  }

  /** {@code https://host[:port]}, for the landing page's content security policy. */
  private static String origin(String url) {
    URI uri = URI.create(url);
    return uri.getScheme() + "://" + uri.getRawAuthority();
  }

  private static String stripSlashes(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '/') {
      end--;
    }
    return s.substring(0, end);
  }
}
