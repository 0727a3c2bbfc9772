/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.testing;

import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceState;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.Execution;
import dev.parley.protocol.conference.JoiningMethod;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;

/**
 * A bridge room's conference document as the bridge keeps it (BRIDGE-CONTRACTS): for each
 * participant a user {@code xmpp:<bare JID>} with a display name and one endpoint per session
 * {@code xmpp:<full JID>} (status, joining method {@code dialed-in}, joining time, one audio stream
 * {@code audio} with its SSRC and direction), plus the room's name and user count. Updated
 * incrementally: users that did not change stay the same instances, as in the bridge.
 *
 * <pre>{@code
 * RoomDocuments room = new RoomDocuments("standup@conference.example.com");
 * room.join(jid, "Romeo", 1234, now);
 * publisher.update(room.document(), now);
 * }</pre>
 */
public final class RoomDocuments {
  private final String entity;
  private final ConferenceDescription description;
  private final boolean userCount;
  private final Map<String, User> users = new LinkedHashMap<>();

  /** A room {@code room@component}, without participants, whose documents carry a user count. */
  public RoomDocuments(String roomJid) {
    this(roomJid, true);
  }

  /**
   * A room {@code room@component}, without participants; {@code userCount} says whether its
   * documents carry {@code <conference-state><user-count>} (optional in RFC 4575 § 5.5).
   */
  public RoomDocuments(String roomJid, boolean userCount) {
    this.entity = "xmpp:" + roomJid;
    this.description = ConferenceDescription.builder().displayText(roomJid).build();
    this.userCount = userCount;
  }

  /** The session {@code jid} joined: connected, sending and receiving audio with {@code ssrc}. */
  public void join(FullJid jid, String name, long ssrc, Instant when) {
    Endpoint endpoint =
        Endpoint.builder(endpointEntity(jid))
            .status(EndpointStatus.Known.CONNECTED)
            .joiningMethod(JoiningMethod.DIALED_IN)
            .joiningInfo(Execution.of(when, null, null))
            .media(Media.of("audio", "audio", Long.toString(ssrc), MediaStatus.Known.SENDRECV))
            .build();
    String user = userEntity(jid);
    User existing = users.get(user);
    if (existing == null) {
      users.put(user, User.builder(user).displayText(name).endpoints(endpoint).build());
      return;
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint e : existing.endpoints()) {
      if (!e.entity().equals(endpoint.entity())) {
        endpoints.add(e);
      }
    }
    endpoints.add(endpoint);
    users.put(user, existing.toBuilder().endpoints(endpoints).build());
  }

  /** The session {@code jid} left; its user goes with its last session. */
  public void leave(Jid jid) {
    String user = userEntity(jid);
    User existing = users.get(user);
    if (existing == null) {
      return;
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint e : existing.endpoints()) {
      if (!e.entity().equals(endpointEntity(jid))) {
        endpoints.add(e);
      }
    }
    if (endpoints.isEmpty()) {
      users.remove(user);
    } else {
      users.put(user, existing.toBuilder().endpoints(endpoints).build());
    }
  }

  /**
   * The session {@code jid}'s endpoint status and audio direction changed (hold, mute by the focus,
   * senders); nothing when it is not in the room.
   */
  public void status(Jid jid, EndpointStatus status, MediaStatus media) {
    User existing = users.get(userEntity(jid));
    if (existing == null) {
      return;
    }
    List<Endpoint> endpoints = new ArrayList<>();
    for (Endpoint e : existing.endpoints()) {
      if (e.entity().equals(endpointEntity(jid))) {
        List<Media> streams = new ArrayList<>();
        for (Media m : e.media()) {
          streams.add(m.withStatus(media));
        }
        e = e.toBuilder().status(status).media(streams).build();
      }
      endpoints.add(e);
    }
    users.put(existing.entity(), existing.toBuilder().endpoints(endpoints).build());
  }

  /** The user of {@code jid} is now called {@code name}; nothing when it is not in the room. */
  public void rename(Jid jid, String name) {
    User existing = users.get(userEntity(jid));
    if (existing != null) {
      users.put(existing.entity(), existing.toBuilder().displayText(name).build());
    }
  }

  /** The number of users (bare JIDs) in the room. */
  public int size() {
    return users.size();
  }

  /** The current full document (no version: the publisher numbers documents per recipient). */
  public ConferenceInfo document() {
    return ConferenceInfo.builder(entity)
        .state(State.FULL)
        .description(description)
        .conferenceState(userCount ? ConferenceState.userCount(users.size()) : null)
        .users(Users.full(List.copyOf(users.values())))
        .build();
  }

  /** The document that ends the conference. */
  public ConferenceInfo deleted() {
    return ConferenceInfo.builder(entity).state(State.DELETED).build();
  }

  private static String userEntity(Jid jid) {
    return "xmpp:" + jid.asBareJid();
  }

  private static String endpointEntity(Jid jid) {
    return "xmpp:" + jid;
  }
}
