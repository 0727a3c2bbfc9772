/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingProviderException.Reason;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.provider.ApiCalls;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.ReachabilityProbe;
import dev.parley.server.meetings.provider.UriEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Galène in {@code mode = api}: each meeting is a Galène group created through the administrative
 * API ({@code galene-api.md}, {@code webserver/api.go}), entered with stateful tokens.
 *
 * <ol>
 *   <li>{@code PUT /galene-api/v0/.groups/<id>} with {@code If-None-Match: *} and a group
 *       description ({@code expires} = the meeting's end, {@code displayName} = the description):
 *       201 creates it; 412 means the group exists, answered as {@link Reason#ID_IN_USE} (and so is
 *       204, the answer to an update, should a Galène ignore the precondition).
 *   <li>{@code POST /galene-api/v0/.groups/<id>/.tokens/} twice, with {@code permissions}, {@code
 *       expires} and {@code issuedBy} (the requester): 201 with the new token in {@code Location}.
 *       Tokens name no user, so Galène asks each participant for a name.
 * </ol>
 *
 * If a token cannot be created, the new group is deleted again (best effort), so that the id is not
 * left taken at Galène while Parley frees it.
 *
 * <p>Galène must allow API writes ({@code "writableGroups": true} in {@code data/config.json}) and
 * know the API user: {@code api.user}/{@code api.password} (HTTP Basic, a user with the {@code
 * admin} permission in Galène's configuration) or {@code api.token} (a bearer token with {@code
 * admin}). {@link #reachable()} probes {@code GET /galene-api/v0/.stats} (admin only, so wrong
 * credentials count as unreachable) every {@code api.probe-interval}.
 */
final class GaleneApiProvider implements MeetingProvider {
  private static final Logger LOG = LoggerFactory.getLogger(GaleneApiProvider.class);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String baseUrl;
  private final ApiCalls api;
  private final String authorization;
  private final MeetingIds ids;
  private final List<String> initiatePermissions;
  private final List<String> invitePermissions;
  private final ReachabilityProbe probe;

  private GaleneApiProvider(
      String baseUrl,
      ApiCalls api,
      String authorization,
      MeetingIds ids,
      List<String> initiatePermissions,
      List<String> invitePermissions,
      ScheduledExecutorService timer,
      Duration probeInterval) {
    this.baseUrl = baseUrl;
    this.api = api;
    this.authorization = authorization;
    this.ids = ids;
    this.initiatePermissions = initiatePermissions;
    this.invitePermissions = invitePermissions;
    this.probe = new ReachabilityProbe("Galène at " + baseUrl, timer, probeInterval, this::probe);
  }

  static GaleneApiProvider fromConfig(
      ConfigReader r,
      String baseUrl,
      ApiCalls api,
      ScheduledExecutorService timer,
      MeetingIds ids,
      List<String> initiatePermissions,
      List<String> invitePermissions)
      throws InvalidConfigException {
    String user = r.optionalString("user");
    String password = r.optionalString("password");
    String token = r.optionalString("token");
    String authorization;
    if (token != null) {
      if (user != null || password != null) {
        throw r.invalid(
            "token", "set either this key or " + r.keyName("user") + "/password, not both");
      }
      authorization = "Bearer " + token;
    } else {
      if (user == null) {
        throw r.invalid(
            "user", "is required (an admin of Galène's API), or set " + r.keyName("token"));
      }
      if (password == null) {
        throw r.missing("password");
      }
      authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
    return new GaleneApiProvider(
        baseUrl,
        api,
        authorization,
        ids,
        initiatePermissions,
        invitePermissions,
        timer,
        r.positiveDuration("probe-interval"));
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

  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    String group = request.id();
    return api.send(createGroup(request), "creating the group")
        .thenCompose(
            response -> {
              if (response.statusCode() == 412 || response.statusCode() == 204) {
                // 204 is an update: a Galène that ignored If-None-Match had the group already.
                throw new CompletionException(
                    new MeetingProviderException(
                        Reason.ID_IN_USE, "Galène already has a group named '" + group + "'"));
              }
              if (response.statusCode() != 201) {
                throw new CompletionException(api.refused("creating the group", response));
              }
              CompletableFuture<String> initiate =
                  token(request, initiatePermissions, request.linkExpires());
              CompletableFuture<String> invite =
                  token(request, invitePermissions, request.meetingExpires());
              return initiate
                  .thenCombine(invite, (i, v) -> new MeetingLinks(link(group, i), link(group, v)))
                  .whenComplete(
                      (links, failure) -> {
                        if (failure != null) {
                          deleteGroup(group);
                        }
                      });
            })
        .whenComplete((links, failure) -> observe(failure));
  }

  private HttpRequest.Builder createGroup(MeetingRequest request) {
    Map<String, Object> description = new LinkedHashMap<>();
    if (request.description() != null) {
      description.put("displayName", request.description());
    }
    description.put("comment", "XEP-0483 meeting created by Parley for " + request.requester());
    description.put("expires", time(request.meetingExpires()));
    return HttpRequest.newBuilder(groupApi(request.id()))
        .header("Authorization", authorization)
        .header("Content-Type", "application/json")
        .header("If-None-Match", "*")
        .PUT(HttpRequest.BodyPublishers.ofString(json(description)));
  }

  private CompletableFuture<String> token(
      MeetingRequest request, List<String> permissions, Instant expires) {
    Map<String, Object> token = new LinkedHashMap<>();
    token.put("permissions", permissions);
    token.put("expires", time(expires));
    token.put("issuedBy", request.requester().toString());
    token.put("issuedAt", time(request.now()));
    HttpRequest.Builder post =
        HttpRequest.newBuilder(URI.create(groupApi(request.id()) + "/.tokens/"))
            .header("Authorization", authorization)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json(token)));
    return api.send(post, "creating a token").thenApply(this::tokenName);
  }

  private String tokenName(HttpResponse<String> response) {
    if (response.statusCode() != 201) {
      throw new CompletionException(api.refused("creating a token", response));
    }
    String location = response.headers().firstValue("Location").orElse("");
    String name = location.substring(location.lastIndexOf('/') + 1);
    if (name.isEmpty()) {
      throw new CompletionException(
          new MeetingProviderException(
              Reason.REFUSED, "Galène created a token but did not say its name (no Location)"));
    }
    return name;
  }

  private void deleteGroup(String group) {
    api.send(
            HttpRequest.newBuilder(groupApi(group)).header("Authorization", authorization).DELETE(),
            "deleting the group")
        .whenComplete(
            (response, failure) -> {
              if (failure != null || response.statusCode() / 100 != 2) {
                LOG.warn(
                    "Galène group '{}' was created but its tokens were not, and deleting it failed"
                        + " ({}); delete it by hand",
                    group,
                    failure != null
                        ? ApiCalls.unwrap(failure).getMessage()
                        : "status " + response.statusCode());
              }
            });
  }

  private CompletableFuture<?> probe() {
    HttpRequest.Builder get =
        HttpRequest.newBuilder(URI.create(baseUrl + "/galene-api/v0/.stats"))
            .header("Authorization", authorization)
            .GET();
    return api.send(get, "probing the API")
        .thenAccept(
            response -> {
              if (response.statusCode() != 200) {
                throw new CompletionException(api.refused("probing the API", response));
              }
            });
  }

  @Override
  public boolean reachable() {
    return probe.reachable();
  }

  @Override
  public void close() {
    probe.close();
  }

  private URI groupApi(String group) {
    return URI.create(baseUrl + "/galene-api/v0/.groups/" + UriEncoding.component(group));
  }

  private URI link(String group, String token) {
    return URI.create(Galene.groupUrl(baseUrl, group) + "?token=" + UriEncoding.component(token));
  }

  /**
   * Updates reachability from a create's outcome, by the probe's measure: usable when it worked or
   * Galène reported the id in use, not when it failed to answer or answered with an error.
   */
  private void observe(Throwable failure) {
    if (failure == null) {
      probe.observed(true);
    } else if (ApiCalls.unwrap(failure) instanceof MeetingProviderException e) {
      probe.observed(e.reason() == Reason.ID_IN_USE);
    }
  }

  /** RFC 3339 to the second, as Go's {@code time.Time} reads it. */
  private static String time(Instant instant) {
    return instant.truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON for Galène", e);
    }
  }
}
