/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <left id='…'/>}: the sender has left the call (XEP-0482 § 2.5). It must not end the call
 * for the others (Dino issue #1634); compare {@link Retract}.
 *
 * <p>In Dino's {@link Dialect#DINO_CALL_MESSAGE} the element is named {@code <finish>}; Dino reacts
 * only to that name, so a receiver that wants Dino to notice should send both (as Dino does).
 *
 * @param dialect the namespace it came in, which also fixes the name ({@code left} or {@code
 *     finish})
 * @param id the id of the invite (see {@link CallInvites#answerId})
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.5</a>
 */
public record Left(Dialect dialect, String id, Extensions ext) implements CallInviteMessage {

  public Left {
    requireNonNull(dialect, "dialect");
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Left of(String inviteId) {
    return new Left(Dialect.XEP_0482, inviteId, Extensions.NONE);
  }

  /** The element name in this dialect. */
  public String localName() {
    return dialect == Dialect.XEP_0482 ? "left" : "finish";
  }
}
