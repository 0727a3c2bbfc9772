/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code <accept id='…'>}: an invitee accepts, naming the way it joins (XEP-0482 § 2.3).
 *
 * <pre>
 * &lt;accept xmlns='urn:xmpp:call-invites:0' id='…'&gt;
 *   &lt;jingle sid='…' [jid='…']/&gt;    the chosen method, copied from the invite with all its
 *                                   attributes and children (XEP-0483 copies both
 *                                   &lt;external&gt; and &lt;meeting&gt;)
 * &lt;/accept&gt;
 * </pre>
 *
 * <p>For {@code <jingle>} the entity at its {@code jid} then sends the session-initiate; for {@code
 * <external>} the accepter opens the URI. Dino's first implementation sent an accept without a
 * child: {@link #methods()} is then empty and means "the method offered" (the invite had one).
 *
 * @param dialect the namespace it came in
 * @param id the id of the invite (see {@link CallInvites#answerId})
 * @param methods the chosen method (XEP-0483: the external URI and its meeting), possibly empty
 * @param ext unknown attributes and children that are not a {@link CallMethod}
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.3</a>
 */
public record Accept(Dialect dialect, String id, List<CallMethod> methods, Extensions ext)
    implements CallInviteMessage {

  public Accept {
    requireNonNull(dialect, "dialect");
    requireNonNull(id, "id");
    methods = List.copyOf(methods);
    requireNonNull(ext, "ext");
  }

  /** An accept choosing these methods. */
  public static Accept of(String inviteId, CallMethod... methods) {
    return new Accept(Dialect.XEP_0482, inviteId, List.of(methods), Extensions.NONE);
  }

  /** The first chosen method of this type, or {@code null}. */
  public <T extends CallMethod> @Nullable T method(Class<T> type) {
    for (CallMethod m : methods) {
      if (type.isInstance(m)) {
        return type.cast(m);
      }
    }
    return null;
  }
}
