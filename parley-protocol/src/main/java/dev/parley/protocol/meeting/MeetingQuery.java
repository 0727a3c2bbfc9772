/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;

/**
 * A request for a new meeting (XEP-0483 § 4), sent in an IQ {@code get} (or {@code set}) to the
 * service; also echoed in its error replies.
 *
 * <pre>
 * &lt;query xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' [id='my_meeting']&gt;
 *   [&lt;desc&gt;Meeting room for Open Standards discussion&lt;/desc&gt;]
 * &lt;/query&gt;
 * </pre>
 *
 * <p>{@code type} is required: a query without it (and without {@code <initiate>} or {@code
 * <invite>}, which would make it a result) is invalid, so the service answers {@code bad-request}.
 * An unusable or colliding {@code id} is the service's to refuse with {@code not-acceptable}; an
 * unsupported type with {@code service-unavailable}.
 *
 * @param namespace the namespace it came in: {@code …:0} (every example, what Parley emits), or
 *     {@code …:invite:0} / {@code …:initiate:0} (erratum 1); {@link #result} answers in the same
 *     one
 * @param type the meeting provider type ({@code jitsi}, {@code galene}…), never empty
 * @param id the meeting id asked for, or {@code null} for any
 * @param desc a human-readable description, opaque to the service, which SHOULD echo it; {@code
 *     null} when absent
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0483.html#request">XEP-0483 § 4</a>
 */
public record MeetingQuery(
    String namespace, String type, @Nullable String id, @Nullable String desc, Extensions ext)
    implements OnlineMeetingQuery {

  public MeetingQuery {
    requireNonNull(namespace, "namespace");
    if (!OnlineMeetings.isQueryNamespace(namespace)) {
      throw new IllegalArgumentException("not an XEP-0483 query namespace: " + namespace);
    }
    requireNonNull(type, "type");
    if (type.isEmpty()) {
      throw new IllegalArgumentException("empty meeting type");
    }
    requireNonNull(ext, "ext");
  }

  /** A request for a meeting of this type. */
  public static MeetingQuery of(String type) {
    return new MeetingQuery(OnlineMeetings.NAMESPACE, type, null, null, Extensions.NONE);
  }

  /** A request for a meeting of this type, with an id and a description (each may be null). */
  public static MeetingQuery of(String type, @Nullable String id, @Nullable String desc) {
    return new MeetingQuery(OnlineMeetings.NAMESPACE, type, id, desc, Extensions.NONE);
  }

  /**
   * The result answering this request, in the namespace the request came in. At least one of the
   * two must be given.
   */
  public MeetingResult result(@Nullable Initiate initiate, @Nullable Invite invite) {
    return new MeetingResult(namespace, initiate, invite, Extensions.NONE);
  }
}
