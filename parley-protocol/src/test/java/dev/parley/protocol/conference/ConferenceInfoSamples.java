/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import java.util.ArrayList;
import java.util.List;

/**
 * Realistic conference documents of any size, for tests and for the benchmarks (which use the
 * protocol module's test-jar). A user looks like what Parley's bridge sends about a participant: an
 * {@code xmpp:} entity, a display name, one endpoint (a full JID) that dialled in, one audio stream
 * with its SSRC. Everything is deterministic.
 *
 * <pre>{@code
 * ConferenceInfo before = ConferenceInfoSamples.document(1_000, 41);
 * ConferenceInfo after = ConferenceInfoSamples.next(before, 3, 1, 1); // 3 muted, 1 left, 1 joined
 * Optional<ConferenceInfo> notification = ConferenceInfos.diff(before, after);
 * }</pre>
 */
public final class ConferenceInfoSamples {
  /** The conference URI of every sample. */
  public static final String CONFERENCE = "xmpp:standup@mixer.parley.example";

  private ConferenceInfoSamples() {}

  /** Participant number {@code i}, connected, sending and receiving audio. */
  public static User user(int i) {
    return user("participant" + i, "Participant " + i, i);
  }

  private static User user(String node, String name, long seed) {
    String jid = node + "@example.com";
    Media audio = Media.of("audio-1", "audio", String.valueOf(ssrc(seed)), MediaStatus.SENDRECV);
    Endpoint endpoint =
        Endpoint.builder("xmpp:" + jid + "/phone-" + Long.toHexString(seed * 7919))
            .state(State.FULL)
            .status(EndpointStatus.CONNECTED)
            .joiningMethod(JoiningMethod.DIALED_IN)
            .media(audio)
            .build();
    return User.builder("xmpp:" + jid)
        .state(State.FULL)
        .displayText(name)
        .endpoints(endpoint)
        .build();
  }

  /** Participants {@code 0 … n-1}. */
  public static List<User> users(int n) {
    List<User> users = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      users.add(user(i));
    }
    return users;
  }

  /** A full document with {@code n} participants, explicit states, as Parley sends it. */
  public static ConferenceInfo document(int n, long version) {
    return ConferenceInfo.builder(CONFERENCE)
        .state(State.FULL)
        .version(version)
        .sid("pc1d0b5e")
        .description(ConferenceDescription.subject("Standup"))
        .conferenceState(ConferenceState.userCount(n))
        .users(Users.full(users(n)))
        .build();
  }

  /**
   * The next version of {@code document}: the first {@code muted} remaining participants muted
   * (their audio {@code recvonly}), the last {@code left} participants gone, {@code joined} new
   * ones appended (named after the new version, so never the same as one who left); the user count
   * follows. Unchanged users are the same instances, as in a bridge that updates its document
   * incrementally.
   */
  public static ConferenceInfo next(ConferenceInfo document, int muted, int left, int joined) {
    List<User> users = new ArrayList<>(document.userList());
    long version = document.version() + 1;
    users.subList(Math.max(0, users.size() - left), users.size()).clear();
    for (int i = 0; i < Math.min(muted, users.size()); i++) {
      users.set(i, mute(users.get(i)));
    }
    for (int i = 0; i < joined; i++) {
      String node = "joiner" + version + "-" + i;
      users.add(user(node, "Joiner " + version + "-" + i, version * 1_000 + i));
    }
    return document.toBuilder()
        .version(version)
        .conferenceState(ConferenceState.userCount(users.size()))
        .users(Users.full(users))
        .build();
  }

  /** The user with every stream of every endpoint {@code recvonly}. */
  public static User mute(User user) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint e : user.endpoints()) {
      List<Media> media = new ArrayList<>();
      for (Media m : e.media()) {
        media.add(m.withStatus(MediaStatus.RECVONLY));
      }
      endpoints.add(e.toBuilder().media(media).build());
    }
    return user.toBuilder().endpoints(endpoints).build();
  }

  private static long ssrc(long i) {
    return (i * 2654435761L) & 0xFFFF_FFFFL;
  }
}
