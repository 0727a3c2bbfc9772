/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * An entity that creates meetings: it advertises {@code urn:xmpp:http:online-meetings:initiate:0}
 * (XEP-0483 § 3.1), and one {@code urn:xmpp:http:online-meetings#<type>} feature per meeting type
 * it offers.
 *
 * @param jid where to send requests: the user's server, or an item of its disco#items (Parley's
 *     component)
 * @param name the name of its first disco identity, or {@code null}
 * @param types the meeting types it advertises ({@code jitsi}, {@code galene}…), in disco order;
 *     may be empty (a service that lists no type may still answer for some)
 */
public record MeetingService(Jid jid, @Nullable String name, List<String> types) {
  public MeetingService {
    requireNonNull(jid, "jid");
    types = List.copyOf(types);
  }

  /** Whether the service advertises this meeting type. */
  public boolean offers(String type) {
    return types.contains(type);
  }
}
