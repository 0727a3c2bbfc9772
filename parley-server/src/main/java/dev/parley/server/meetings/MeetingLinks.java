/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import static java.util.Objects.requireNonNull;

import java.net.URI;

/**
 * The two links of a meeting (XEP-0483 § 3): {@code initiate} for the requester, who opens it first
 * and may become moderator (valid for {@code link-ttl} where the provider can enforce it), and
 * {@code invite} for everyone invited (valid until the meeting expires). Both are https (or a
 * configured {@code web+…:} handler), RFC 3986 with non-ASCII percent-encoded.
 */
public record MeetingLinks(URI initiate, URI invite) {
  public MeetingLinks {
    requireNonNull(initiate, "initiate");
    requireNonNull(invite, "invite");
  }
}
