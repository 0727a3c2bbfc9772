/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.JingleAction;
import java.util.List;

/**
 * An IQ-set this endpoint sent for the session that the peer has not answered yet. Results and
 * errors are matched to it by IQ id and by the peer's JID, never by their content (XEP-0251's
 * examples have the addresses of acknowledgements swapped; matching by id is what survives that).
 *
 * @param id the IQ id
 * @param action the action sent
 * @param contents the contents the action was about, if any
 */
public record PendingRequest(String id, JingleAction action, List<ContentKey> contents) {
  public PendingRequest {
    requireNonNull(id, "id");
    requireNonNull(action, "action");
    contents = List.copyOf(contents);
  }

  /** Whether the request was about this content. */
  public boolean concerns(ContentKey key) {
    return contents.contains(key);
  }
}
