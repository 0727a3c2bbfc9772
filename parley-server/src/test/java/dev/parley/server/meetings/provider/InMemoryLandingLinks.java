/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import dev.parley.server.store.LandingLinkStore;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A test double of {@link LandingLinkStore} in memory, with the interface's contract: 128-bit
 * URL-safe tokens, found only until they expire.
 */
public final class InMemoryLandingLinks implements LandingLinkStore {
  private final Map<String, LandingLink> links = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  @Override
  public String create(String type, String meetingId, String role, Instant expires) {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    links.put(token, new LandingLink(token, type, meetingId, role, expires));
    return token;
  }

  @Override
  public Optional<LandingLink> find(String token, Instant now) {
    LandingLink link = links.get(token);
    return link == null || !now.isBefore(link.expires()) ? Optional.empty() : Optional.of(link);
  }

  @Override
  public int pruneExpired(Instant now) {
    List<String> expired =
        links.values().stream()
            .filter(l -> !now.isBefore(l.expires()))
            .map(LandingLink::token)
            .toList();
    expired.forEach(links::remove);
    return expired.size();
  }

  public List<LandingLink> all() {
    return List.copyOf(links.values());
  }
}
