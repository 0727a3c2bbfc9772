/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <reject id='…'/>}: an invitee declines the invite (XEP-0482 § 2.4). Other devices of the
 * same user see it through Carbons and stop ringing.
 *
 * @param dialect the namespace it came in
 * @param id the id of the invite (see {@link CallInvites#answerId})
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.4</a>
 */
public record Reject(Dialect dialect, String id, Extensions ext) implements CallInviteMessage {

  public Reject {
    requireNonNull(dialect, "dialect");
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Reject of(String inviteId) {
    return new Reject(Dialect.XEP_0482, inviteId, Extensions.NONE);
  }
}
