/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * {@code <jingle sid='…' [jid='…']/>}: join by a Jingle session (XEP-0482 § 2.1). After the invitee
 * accepts with this element, the entity at {@code jid} sends a {@code session-initiate} with this
 * {@code sid}. The prose calls {@code jid} an "element"; every example and implementation uses an
 * attribute.
 *
 * @param dialect the namespace it came in (Dino's legacy {@code urn:xmpp:call-message:1} propose
 *     carries {@code <jingle>} in that namespace)
 * @param sid the Jingle session id the session-initiate will carry
 * @param jid the full JID that will send the session-initiate, or {@code null} for the sender of
 *     the invite message
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.1</a>
 */
public record JingleMethod(Dialect dialect, String sid, @Nullable Jid jid, Extensions ext)
    implements CallMethod {

  public JingleMethod {
    requireNonNull(dialect, "dialect");
    requireNonNull(sid, "sid");
    requireNonNull(ext, "ext");
  }

  /** A method whose session will come from the sender of the invite. */
  public static JingleMethod of(String sid) {
    return new JingleMethod(Dialect.XEP_0482, sid, null, Extensions.NONE);
  }

  /** A method whose session will come from {@code jid} (a mixer, another device). */
  public static JingleMethod of(String sid, Jid jid) {
    return new JingleMethod(Dialect.XEP_0482, sid, jid, Extensions.NONE);
  }

  /** {@link #jid()}, defaulting to the sender of the message that carried this element. */
  public Jid effectiveJid(Jid messageSender) {
    return jid == null ? messageSender : jid;
  }
}
