/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.EndpointStatus;
import org.jspecify.annotations.Nullable;

/**
 * One participant of a conference as its focus describes it: an RFC 4575 endpoint of a user (a
 * device or session; Parley's bridge makes one per full JID), or a user listed without endpoint.
 *
 * @param user the user's entity ({@code xmpp:juliet@capulet.lit}), the key among users
 * @param endpoint the endpoint's entity ({@code xmpp:juliet@capulet.lit/balcony}), the key within
 *     the user, or {@code null} for a user without endpoint
 * @param displayText the endpoint's display text, else the user's, or {@code null}
 * @param status the endpoint status (RFC 4575 § 5.7.3: {@code connected}, {@code on-hold}, {@code
 *     muted-via-focus}…), or {@code null}
 * @param muted whether the participant's audio does not reach the conference: status {@code
 *     muted-via-focus}, or an audio stream whose status is {@code recvonly} (§ 5.8.5: the
 *     participant only receives)
 * @param held whether the participant is on hold: status {@code on-hold}
 * @param ssrc the {@code src-id} of its audio stream (the RTP SSRC), or {@code null}
 */
public record RosterEntry(
    String user,
    @Nullable String endpoint,
    @Nullable String displayText,
    @Nullable EndpointStatus status,
    boolean muted,
    boolean held,
    @Nullable String ssrc) {

  public RosterEntry {
    requireNonNull(user, "user");
  }

  /** What identifies the entry from one document to the next. */
  public String key() {
    return endpoint == null ? user : user + " " + endpoint;
  }

  /**
   * The participant's address without the {@code xmpp:} scheme: the endpoint's (a full JID on
   * Parley's bridge), else the user's.
   */
  public String address() {
    String entity = endpoint != null ? endpoint : user;
    return entity.startsWith("xmpp:") ? entity.substring("xmpp:".length()) : entity;
  }

  /** The status as written on the wire, or {@code ""}. */
  public String statusText() {
    return status == null ? "" : status.xml();
  }
}
