/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.DisconnectionMethod;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * How a member left (RFC 4575 § 5.6.6–5.6.7): {@code departed} when it hung up, {@code booted} when
 * a moderator removed it, {@code failed} when it vanished (no media, unavailable presence) or its
 * session failed, {@code busy} when a dialled user declined.
 *
 * @param method the disconnection method
 * @param when when it happened
 * @param reason a human-readable reason (the Jingle reason's condition and text), or {@code null}
 * @param by who removed the member ({@code booted}), or {@code null}
 */
public record Departure(
    DisconnectionMethod method, Instant when, @Nullable String reason, @Nullable BareJid by) {
  public Departure {
    requireNonNull(method, "method");
    requireNonNull(when, "when");
  }
}
