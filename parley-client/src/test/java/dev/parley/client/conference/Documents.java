/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import java.util.List;

/** Conference documents shaped as Parley's bridge describes a room (BRIDGE-CONTRACTS). */
public final class Documents {
  public static final String ROOM = "xmpp:standup@parley.localhost";

  private Documents() {}

  /** A participant: user {@code xmpp:<bare>}, endpoint {@code xmpp:<bare>/<resource>}. */
  public static User user(String bare, EndpointStatus status, MediaStatus media, long ssrc) {
    return User.builder("xmpp:" + bare)
        .displayText(bare.substring(0, bare.indexOf('@')))
        .endpoints(
            Endpoint.builder("xmpp:" + bare + "/phone")
                .status(status)
                .media(Media.of("audio", "audio", Long.toString(ssrc), media))
                .build())
        .build();
  }

  public static User connected(String bare, long ssrc) {
    return user(bare, EndpointStatus.CONNECTED, MediaStatus.SENDRECV, ssrc);
  }

  /** A full document of this version listing these users. */
  public static ConferenceInfo full(long version, User... users) {
    return ConferenceInfo.builder(ROOM)
        .state(State.FULL)
        .version(version)
        .description(ConferenceDescription.subject("Stand-up"))
        .users(Users.full(List.of(users)))
        .build();
  }

  /** The conference ended. */
  public static ConferenceInfo deleted(long version) {
    return ConferenceInfo.builder(ROOM).state(State.DELETED).version(version).build();
  }
}
