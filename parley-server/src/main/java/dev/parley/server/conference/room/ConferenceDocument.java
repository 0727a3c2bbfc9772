/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.ConferenceState;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.Execution;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.parts.Localpart;

/**
 * The room's authoritative RFC 4575 document, a pure function of its {@link RoomState}. The {@code
 * CoinPublisher} turns it into each participant's notifications (its own version, partial or full);
 * this class only says what the conference looks like.
 *
 * <ul>
 *   <li>Root: {@code entity='xmpp:room@component'}, {@code state='full'}; {@code
 *       conference-description} with the room's name as {@code display-text} (RFC 4575 § 5.2 makes
 *       the description mandatory in a full document) and {@code conference-state} with {@code
 *       user-count} (users with a member present) and {@code locked}. No {@code active}: every
 *       recipient is itself a connected participant, so it would always say {@code true}, and since
 *       {@code conference-state} is atomic (it has no {@code state} attribute) every join's partial
 *       notification would repeat it with the new {@code user-count} — 21 bytes per notice.
 *   <li>One {@code <user entity='xmpp:bare JID' state='full'>} per user, in order of arrival, with
 *       one {@code <endpoint entity='xmpp:full JID' state='full'>} per device (BRIDGE-CONTRACTS):
 *       {@code status}, {@code joining-method} and {@code joining-info/when} (and {@code by} for a
 *       dial-out), {@code referred} (when, reason, by: XEP-0251's attendant) for a participant
 *       transferred into the room, {@code disconnection-method} and {@code disconnection-info}
 *       (when, reason, by) once it left, and one {@code <media id='audio'>} with {@code type},
 *       {@code src-id} (the SSRC the participant declared, when it did) and {@code status}.
 *   <li>Explicit {@code state} on users and endpoints, since Dino drops full documents whose users
 *       lack it (docs/PROTOCOLS.md).
 * </ul>
 */
public final class ConferenceDocument {
  /** The media id of the one audio stream of a participant. */
  public static final String AUDIO = "audio";

  private ConferenceDocument() {}

  /** The full document of this state (no version and no sid: those are per recipient). */
  public static ConferenceInfo of(RoomState room) {
    Map<BareJid, List<Member>> byUser = new LinkedHashMap<>();
    for (Member m : room.members()) {
      byUser.computeIfAbsent(m.id().user(), u -> new ArrayList<>(1)).add(m);
    }
    List<User> users = new ArrayList<>(byUser.size());
    long present = 0;
    for (Map.Entry<BareJid, List<Member>> e : byUser.entrySet()) {
      List<Endpoint> endpoints = new ArrayList<>(e.getValue().size());
      boolean userPresent = false;
      for (Member m : e.getValue()) {
        endpoints.add(endpoint(m));
        userPresent |= m.present();
      }
      present += userPresent ? 1 : 0;
      Localpart name = e.getKey().getLocalpartOrNull();
      users.add(
          User.builder("xmpp:" + e.getKey())
              .state(State.FULL)
              .displayText(name == null ? null : name.toString())
              .endpoints(endpoints)
              .build());
    }
    return ConferenceInfo.builder(room.entity())
        .state(State.FULL)
        .description(
            ConferenceDescription.builder()
                .displayText(room.room().getLocalpartOrThrow().toString())
                .build())
        .conferenceState(new ConferenceState(present, null, room.locked(), Extensions.NONE))
        .users(Users.full(users))
        .build();
  }

  /** The deleted document that ends the conference (RFC 4575 § 4.3, XEP-0298). */
  public static ConferenceInfo deleted(RoomState room) {
    return ConferenceInfo.builder(room.entity()).state(State.DELETED).build();
  }

  private static Endpoint endpoint(Member m) {
    Endpoint.Builder b =
        Endpoint.builder("xmpp:" + m.endpoint())
            .state(State.FULL)
            .status(m.status())
            .joiningMethod(m.joining())
            .joiningInfo(
                Execution.of(
                    m.joinedAt(), null, m.joinedBy() == null ? null : "xmpp:" + m.joinedBy()));
    Referral r = m.referred();
    if (r != null) {
      b.referred(Execution.of(r.when(), r.reason(), "xmpp:" + r.by()));
    }
    Departure d = m.departure();
    if (d != null) {
      b.disconnectionMethod(d.method())
          .disconnectionInfo(
              Execution.of(d.when(), d.reason(), d.by() == null ? null : "xmpp:" + d.by()));
    }
    return b.media(
            Media.of(
                AUDIO, "audio", m.ssrc() == null ? null : Long.toString(m.ssrc()), m.mediaStatus()))
        .build();
  }
}
