/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A XEP-0482 message payload: an invite, or one of the four answers that reference it by id.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2</a>
 */
public sealed interface CallInviteMessage extends XmlElement
    permits Invite, Retract, Accept, Reject, Left {

  /** The namespace the element came in. */
  Dialect dialect();

  /**
   * The id of the invite this message refers to. Required on answers; on an {@link Invite} it is
   * the non-standard attribute some clients add, usually {@code null}.
   */
  @Nullable String id();

  Extensions ext();
}
