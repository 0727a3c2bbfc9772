/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <retract id='…'/>}: the inviter withdraws the invite; nobody should join any more
 * (XEP-0482 § 2.2). Unlike {@link Left}, it ends the invitation, not anyone's participation (Dino
 * issue #1634).
 *
 * @param dialect the namespace it came in
 * @param id the id of the invite (see {@link CallInvites#answerId})
 * @param ext unknown attributes and children (Dino 0.3 – 0.4 add a {@code <reason>} in {@code
 *     urn:xmpp:call-message:1})
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.2</a>
 */
public record Retract(Dialect dialect, String id, Extensions ext) implements CallInviteMessage {

  public Retract {
    requireNonNull(dialect, "dialect");
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Retract of(String inviteId) {
    return new Retract(Dialect.XEP_0482, inviteId, Extensions.NONE);
  }
}
