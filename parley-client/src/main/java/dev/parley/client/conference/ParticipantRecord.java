/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * One participant session as the room's {@code parley:conference:participants} command lists it.
 *
 * @param jid the participant's full JID
 * @param name its display name, or {@code null}
 * @param status the RFC 4575 endpoint status ({@code connected}, {@code on-hold}, {@code
 *     muted-via-focus}…), or {@code ""}
 * @param muted whether the room mutes it or it muted itself
 * @param held whether it is on hold
 */
public record ParticipantRecord(
    Jid jid, @Nullable String name, String status, boolean muted, boolean held) {
  public ParticipantRecord {
    requireNonNull(jid, "jid");
    requireNonNull(status, "status");
  }
}
