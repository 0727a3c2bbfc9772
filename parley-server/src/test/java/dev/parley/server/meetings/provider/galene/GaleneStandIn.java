/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.galene;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import dev.parley.server.meetings.provider.StandInServer;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * A stand-in for Galène (not Galène itself, which cannot run here), implementing the documented
 * semantics of its administrative API ({@code galene-api.md}) as {@code webserver/api.go} at {@code
 * jech/galene} 9e03b36 does, and its token checks ({@code token/stateful.go}, {@code
 * token/jwt.go}):
 *
 * <ul>
 *   <li>every API request needs an administrator: HTTP Basic with the admin user, or the admin
 *       bearer token; otherwise 401 with {@code WWW-Authenticate: basic realm="/galene-api/"};
 *   <li>{@code PUT /galene-api/v0/.groups/<g>} takes {@code application/json} only (415), answers
 *       412 when {@code If-None-Match: *} is sent and the group exists, refuses descriptions with
 *       users or keys, and answers 201 (created) or 204 (updated); {@code GET} and {@code DELETE}
 *       work on existing groups (404 otherwise);
 *   <li>{@code POST …/.groups/<g>/.tokens/} needs an existing group (404), refuses bodies naming a
 *       token or group (400), makes a token of 8 random bytes in base64url and answers 201 with the
 *       token in {@code Location};
 *   <li>{@code GET /galene-api/v0/.stats} answers 200 with JSON;
 *   <li>{@link #permissions}: what a token grants in a group — stateful tokens only in their group,
 *       until they expire; cryptographic tokens verified with the group's {@code authKeys} (a
 *       subgroup of an {@code auto-subgroups} group uses its parent's), with {@code exp} required,
 *       {@code iat} checked with 5 s of leeway, and the audience's path naming the group.
 * </ul>
 */
public final class GaleneStandIn extends StandInServer {
  /** A stateful token as Galène stores it. */
  public record StatefulToken(
      String token,
      String group,
      List<String> permissions,
      Instant expires,
      Map<String, Object> json) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration LEEWAY = Duration.ofSeconds(5);

  private final String adminUser;
  private final String adminPassword;
  private final String adminToken;
  private final Map<String, Map<String, Object>> groups = new ConcurrentHashMap<>();
  private final Map<String, StatefulToken> tokens = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final AtomicBoolean failTokens = new AtomicBoolean();
  private final AtomicBoolean ignorePreconditions = new AtomicBoolean();
  private final AtomicInteger refusedStatsRequests = new AtomicInteger();

  public GaleneStandIn(SSLContext tls, String adminUser, String adminPassword, String adminToken) {
    super(tls);
    this.adminUser = adminUser;
    this.adminPassword = adminPassword;
    this.adminToken = adminToken;
  }

  /** Defines a group as an operator would in {@code groups/<name>.json}. */
  public void defineGroup(String name, Map<String, Object> description) {
    groups.put(name, Map.copyOf(description));
  }

  public Optional<Map<String, Object>> group(String name) {
    return Optional.ofNullable(groups.get(name));
  }

  public List<StatefulToken> tokens(String group) {
    return tokens.values().stream().filter(t -> t.group().equals(group)).toList();
  }

  /** How many {@code .stats} requests (reachability probes) were refused for bad credentials. */
  public int refusedStatsRequests() {
    return refusedStatsRequests.get();
  }

  /** Makes group updates ignore {@code If-None-Match} (a misbehaving server, not Galène's API). */
  public void ignorePreconditions(boolean ignore) {
    ignorePreconditions.set(ignore);
  }

  /** Makes token creation fail with 500 (a broken Galène), to test cleanup. */
  public void failTokenCreation(boolean fail) {
    failTokens.set(fail);
  }

  /** What {@code token} grants in {@code group} at {@code now}, if anything. */
  public Optional<List<String>> permissions(String group, String token, Instant now) {
    if (token.chars().filter(c -> c == '.').count() == 2) {
      return jwtPermissions(group, token, now);
    }
    StatefulToken t = tokens.get(token);
    if (t == null || !t.group().equals(group) || now.isAfter(t.expires())) {
      return Optional.empty();
    }
    return Optional.of(t.permissions());
  }

  @Override
  protected void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String prefix = "/galene-api/v0/";
    if (!path.startsWith(prefix)) {
      send(exchange, 404, "text/plain", "404 page not found\n");
      return;
    }
    if (!authorised(exchange)) {
      if (path.equals(prefix + ".stats")) {
        refusedStatsRequests.incrementAndGet();
      }
      exchange.getResponseHeaders().set("WWW-Authenticate", "basic realm=\"/galene-api/\"");
      send(exchange, 401, "text/plain; charset=utf-8", "Haha!\n");
      return;
    }
    String rest = path.substring(prefix.length());
    if (rest.equals(".stats")) {
      send(exchange, 200, "application/json", "[]\n");
    } else if (rest.startsWith(".groups/")) {
      String groupPath = rest.substring(".groups/".length());
      int tokensAt = groupPath.indexOf("/.tokens/");
      if (tokensAt >= 0) {
        tokens(exchange, groupPath.substring(0, tokensAt), groupPath.substring(tokensAt + 9));
      } else {
        group(exchange, groupPath);
      }
    } else {
      send(exchange, 404, "text/plain", "404 page not found\n");
    }
  }

  private boolean authorised(HttpExchange exchange) {
    String header = exchange.getRequestHeaders().getFirst("Authorization");
    if (header == null) {
      return false;
    }
    if (header.startsWith("Bearer ")) {
      return header.substring(7).equals(adminToken);
    }
    if (header.startsWith("Basic ")) {
      String decoded =
          new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
      return decoded.equals(adminUser + ":" + adminPassword);
    }
    return false;
  }

  private void group(HttpExchange exchange, String name) throws IOException {
    switch (exchange.getRequestMethod()) {
      case "PUT" -> {
        boolean exists = groups.containsKey(name);
        if ("*".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))
            && exists
            && !ignorePreconditions.get()) {
          send(exchange, 412, null, "");
          return;
        }
        if (!isJson(exchange)) {
          exchange.getResponseHeaders().set("Accept", "application/json");
          send(exchange, 415, "text/plain", "unsupported content type\n");
          return;
        }
        Map<String, Object> description = readJson(exchange);
        if (description == null) {
          send(exchange, 500, "text/plain", "Internal server error\n");
          return;
        }
        if (description.containsKey("users")
            || description.containsKey("wildcard-user")
            || description.containsKey("authKeys")) {
          send(exchange, 500, "text/plain", "Internal server error\n");
          return;
        }
        groups.put(name, description);
        send(exchange, exists ? 204 : 201, null, "");
      }
      case "GET" -> {
        Map<String, Object> description = groups.get(name);
        if (description == null) {
          send(exchange, 404, "text/html", "<p>Not found</p>\n");
        } else {
          send(exchange, 200, "application/json", JSON.writeValueAsString(description));
        }
      }
      case "DELETE" -> {
        if (groups.remove(name) == null) {
          send(exchange, 404, "text/html", "<p>Not found</p>\n");
        } else {
          send(exchange, 204, null, "");
        }
      }
      default -> {
        exchange.getResponseHeaders().set("Allow", "OPTIONS, HEAD, GET, PUT, DELETE");
        send(exchange, 405, "text/plain", "method not allowed\n");
      }
    }
  }

  private void tokens(HttpExchange exchange, String group, String rest) throws IOException {
    if (!groups.containsKey(group)) {
      send(exchange, 404, "text/html", "<p>Not found</p>\n");
      return;
    }
    if (!rest.isEmpty() || !"POST".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "OPTIONS, HEAD, GET, POST");
      send(exchange, 405, "text/plain", "method not allowed\n");
      return;
    }
    if (!isJson(exchange)) {
      send(exchange, 415, "text/plain", "unsupported content type\n");
      return;
    }
    Map<String, Object> body = readJson(exchange);
    if (body == null) {
      send(exchange, 500, "text/plain", "Internal server error\n");
      return;
    }
    if (body.containsKey("token") || body.containsKey("group")) {
      send(exchange, 400, "text/plain", "overspecified token\n");
      return;
    }
    if (failTokens.get()) {
      send(exchange, 500, "text/plain", "Internal server error\n");
      return;
    }
    byte[] bytes = new byte[8];
    random.nextBytes(bytes);
    String name = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    @SuppressWarnings("unchecked")
    List<String> permissions = (List<String>) body.getOrDefault("permissions", List.of());
    Object expires = body.get("expires");
    tokens.put(
        name,
        new StatefulToken(
            name,
            group,
            List.copyOf(permissions),
            expires == null ? Instant.MIN : Instant.parse((String) expires),
            Map.copyOf(body)));
    exchange.getResponseHeaders().set("Location", name);
    send(exchange, 201, null, "");
  }

  private Optional<List<String>> jwtPermissions(String group, String token, Instant now) {
    Map<String, Object> description = groups.get(group);
    if (description == null) {
      int slash = group.lastIndexOf('/');
      Map<String, Object> parent = slash < 0 ? null : groups.get(group.substring(0, slash));
      if (parent == null || !Boolean.TRUE.equals(parent.get("auto-subgroups"))) {
        return Optional.empty();
      }
      description = parent;
    }
    try {
      SignedJWT jwt = SignedJWT.parse(token);
      if (!verified(jwt, description.get("authKeys"))) {
        return Optional.empty();
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (claims.getExpirationTime() == null
          || now.minus(LEEWAY).isAfter(claims.getExpirationTime().toInstant())) {
        return Optional.empty();
      }
      if (claims.getIssueTime() != null
          && claims.getIssueTime().toInstant().isAfter(now.plus(LEEWAY))) {
        return Optional.empty();
      }
      boolean audience =
          claims.getAudience().stream()
              .anyMatch(a -> URI.create(a).getPath().equals("/group/" + group + "/"));
      if (!audience) {
        return Optional.empty();
      }
      List<String> permissions = claims.getStringListClaim("permissions");
      return Optional.of(permissions == null ? List.of() : permissions);
    } catch (ParseException | JOSEException e) {
      return Optional.empty();
    }
  }

  private static boolean verified(SignedJWT jwt, Object authKeys)
      throws ParseException, JOSEException {
    if (!(authKeys instanceof List<?> keys)) {
      return false;
    }
    String alg = jwt.getHeader().getAlgorithm().getName();
    String kid = jwt.getHeader().getKeyID();
    for (Object k : keys) {
      JWK key = JWK.parse(JSON.convertValue(k, new TypeReference<Map<String, Object>>() {}));
      if (key.getAlgorithm() == null || !alg.equals(key.getAlgorithm().getName())) {
        continue;
      }
      if (kid != null && !kid.equals(key.getKeyID())) {
        continue;
      }
      JWSVerifier verifier = null;
      if (key instanceof OctetSequenceKey oct) {
        verifier = new MACVerifier(oct);
      } else if (key instanceof ECKey ec) {
        verifier = new ECDSAVerifier(ec);
      } else if (key instanceof RSAKey rsa) {
        verifier = new RSASSAVerifier(rsa);
      }
      if (verifier != null && jwt.verify(verifier)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isJson(HttpExchange exchange) {
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    return type != null && type.split(";")[0].strip().equalsIgnoreCase("application/json");
  }

  private static Map<String, Object> readJson(HttpExchange exchange) throws IOException {
    try {
      return JSON.readValue(body(exchange), new TypeReference<Map<String, Object>>() {});
    } catch (JsonProcessingException e) {
      return null;
    }
  }
}
