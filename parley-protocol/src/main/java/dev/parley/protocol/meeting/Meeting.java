/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.CallInvites;
import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;

/**
 * {@code <meeting xmlns='urn:xmpp:http:online-meetings:0' type='jitsi' desc='…'/>}: the XEP-0482
 * method naming the meeting provider of the {@code <external>} URL next to it (XEP-0483 § 6), so
 * that the client knows how to open it. Here {@code desc} is an attribute, not a child element.
 *
 * <p>Erratum 3: XEP-0483's accept example leaves {@code <meeting>} unqualified inside {@code
 * <accept xmlns='urn:xmpp:call-invites:0'>}, so it is in the call-invites namespace. That form is
 * read and remembered; Parley writes {@link OnlineMeetings#NAMESPACE}.
 *
 * @param type the meeting provider type, required
 * @param desc the meeting's description, or {@code null}
 * @param namespace {@link OnlineMeetings#NAMESPACE}, or {@link CallInvites#NAMESPACE} when received
 *     unqualified in an accept
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0483.html#meeting-invitation">XEP-0483 § 6</a>
 */
public record Meeting(String type, @Nullable String desc, String namespace, Extensions ext)
    implements CallMethod {

  public Meeting {
    requireNonNull(type, "type");
    requireNonNull(namespace, "namespace");
    if (!OnlineMeetings.NAMESPACE.equals(namespace) && !CallInvites.NAMESPACE.equals(namespace)) {
      throw new IllegalArgumentException("<meeting> cannot be in " + namespace);
    }
    requireNonNull(ext, "ext");
  }

  public static Meeting of(String type, @Nullable String desc) {
    return new Meeting(type, desc, OnlineMeetings.NAMESPACE, Extensions.NONE);
  }
}
