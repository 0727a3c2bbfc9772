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
 * The service's answer to a {@link MeetingQuery} (XEP-0483 § 4), in an IQ {@code result}.
 *
 * <pre>
 * &lt;query xmlns='urn:xmpp:http:online-meetings:0'&gt;
 *   &lt;initiate type='jitsi'&gt;                      {@link Initiate}: open this first (optional)
 *     &lt;url&gt;https://meet.example/Room&lt;/url&gt;
 *     &lt;desc&gt;…&lt;/desc&gt;
 *   &lt;/initiate&gt;
 *   &lt;invite xmlns='urn:xmpp:call-invites:0'&gt;     what to send the invitees
 *     &lt;external uri='https://meet.example/Room'/&gt;
 *     &lt;meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='…'/&gt;
 *   &lt;/invite&gt;
 * &lt;/query&gt;
 * </pre>
 *
 * <p>The service MAY omit {@code <initiate>} only when it created the meeting itself; including it
 * tells the requester to join first, to become creator or moderator. The {@code <initiate>}
 * children are written in the query's namespace, so a result in {@code …:invite:0} (erratum 1) is
 * consistently in that namespace; the invite keeps its own.
 *
 * @param namespace the namespace of the query (that of the request it answers)
 * @param initiate the URL to create the meeting, or {@code null}
 * @param invite the invite to forward, or {@code null} (the XEP says the result has one or two
 *     children; Openfire sends both)
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0483.html#request">XEP-0483 § 4</a>
 */
public record MeetingResult(
    String namespace, @Nullable Initiate initiate, @Nullable Invite invite, Extensions ext)
    implements OnlineMeetingQuery {

  public MeetingResult {
    requireNonNull(namespace, "namespace");
    if (!OnlineMeetings.isQueryNamespace(namespace)) {
      throw new IllegalArgumentException("not an XEP-0483 query namespace: " + namespace);
    }
    // Without either child the query would read back as a request lacking its type.
    if (initiate == null && invite == null) {
      throw new IllegalArgumentException("a meeting result carries <initiate>, <invite> or both");
    }
    requireNonNull(ext, "ext");
  }

  /** A result in {@link OnlineMeetings#NAMESPACE}. */
  public static MeetingResult of(@Nullable Initiate initiate, @Nullable Invite invite) {
    return new MeetingResult(OnlineMeetings.NAMESPACE, initiate, invite, Extensions.NONE);
  }
}
