/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * A validated, reserved meeting request handed to a provider.
 *
 * @param type the meeting type
 * @param id the canonical meeting id (requested and checked, or generated)
 * @param description the requester's {@code <desc>}, or {@code null}
 * @param requester who asked (bare JID)
 * @param requesterName a display name for tokens (the requester's local part), never {@code null}
 * @param now when the request was handled
 * @param linkExpires until when the initiate link must work ({@code now +
 *     parley.meetings.link-ttl})
 * @param meetingExpires until when the meeting and its invite link must work ({@code now +
 *     parley.meetings.meeting-ttl})
 */
public record MeetingRequest(
    String type,
    String id,
    @Nullable String description,
    BareJid requester,
    String requesterName,
    Instant now,
    Instant linkExpires,
    Instant meetingExpires) {
  public MeetingRequest {
    requireNonNull(type, "type");
    requireNonNull(id, "id");
    requireNonNull(requester, "requester");
    requireNonNull(requesterName, "requesterName");
    requireNonNull(now, "now");
    requireNonNull(linkExpires, "linkExpires");
    requireNonNull(meetingExpires, "meetingExpires");
  }
}
