/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider.jitsi;

import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.provider.MeetingIds;
import dev.parley.server.meetings.provider.UriEncoding;
import java.net.URI;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Jitsi Meet links ({@code parley.meetings.providers.jitsi}): {@code base-url/room}, plus {@code
 * ?jwt=…} when tokens are configured ({@link JitsiTokens}).
 *
 * <p>Jitsi has no API to create a room (it exists from the first join), so there is no collision
 * check at Jitsi: rooms are kept apart by unguessable names. {@code room-names = random} (the
 * default) gives 128 random bits ({@link MeetingIds#random}); {@code room-names = words} gives
 * {@code words} words from {@link WordList}, {@code 10 × words} bits (60 for the default six).
 * Requested names follow {@link JitsiRoomNames}.
 */
public final class JitsiProvider implements MeetingProvider {
  public static final String TYPE = "jitsi";

  /** Fewest words in a readable room name: 40 bits. */
  public static final int MIN_WORDS = 4;

  /** Most words in a readable room name: 130 bits. */
  public static final int MAX_WORDS = 13;

  private final String baseUrl;
  private final SecureRandom random;
  private final MeetingIds ids;
  private final @Nullable WordList words;
  private final int wordCount;
  private final @Nullable JitsiTokens tokens;

  JitsiProvider(
      String baseUrl,
      SecureRandom random,
      @Nullable WordList words,
      int wordCount,
      @Nullable JitsiTokens tokens) {
    this.baseUrl = baseUrl;
    this.random = random;
    this.ids = new MeetingIds(random);
    this.words = words;
    this.wordCount = wordCount;
    this.tokens = tokens;
  }

  /**
   * Reads {@code jitsi} ({@code parley.meetings.providers.jitsi}), whose {@code base-url} is set.
   */
  public static JitsiProvider fromConfig(ConfigReader jitsi, SecureRandom random)
      throws InvalidConfigException {
    String baseUrl = UriEncoding.baseUrl(jitsi, "base-url");
    String roomNames = jitsi.oneOf("room-names", List.of("random", "words"));
    int wordCount = jitsi.intAtLeast("words", MIN_WORDS);
    if (wordCount > MAX_WORDS) {
      throw jitsi.invalid("words", wordCount + " is above the maximum " + MAX_WORDS);
    }
    JitsiTokens tokens = JitsiTokens.fromConfig(jitsi.section("jwt"));
    return new JitsiProvider(
        baseUrl, random, "words".equals(roomNames) ? WordList.load() : null, wordCount, tokens);
  }

  /** Links are computed from the request alone: nothing is created at the provider. */
  @Override
  public boolean createsAtProvider() {
    return false;
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String newId() {
    return words == null ? ids.random() : words.name(wordCount, random);
  }

  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    return JitsiRoomNames.canonical(requested);
  }

  /** Builds the links at once: Jitsi needs no call. */
  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    String room = request.id();
    if (tokens == null) {
      URI link = link(room, null);
      return CompletableFuture.completedFuture(new MeetingLinks(link, link));
    }
    return CompletableFuture.completedFuture(
        new MeetingLinks(
            link(room, tokens.moderator(request, room)),
            link(room, tokens.participant(request, room))));
  }

  private URI link(String room, @Nullable String jwt) {
    return URI.create(
        baseUrl
            + "/"
            + UriEncoding.component(room)
            + (jwt == null ? "" : "?jwt=" + UriEncoding.component(jwt)));
  }
}
