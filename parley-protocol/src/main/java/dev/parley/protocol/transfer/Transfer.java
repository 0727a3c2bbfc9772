/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * {@code <transfer xmlns='urn:xmpp:jingle:transfer:0' [from] [sid] [to]/>} (XEP-0251 § 2, § 3): an
 * empty element whose attributes are all optional. It appears
 *
 * <ul>
 *   <li>in the attendant's {@code session-info} to the caller: the request to transfer, {@code to}
 *       the target ({@link #unattended}), plus {@code from} and {@code sid} of the attendant's
 *       session with the target for an attended transfer ({@link #attended});
 *   <li>in the caller's new {@code session-initiate} to the target, after the contents: {@code
 *       from} names the attendant ({@link #referredBy}, like SIP's Referred-By), and for an
 *       attended transfer the same {@code from sid to} tell the target which session to replace.
 * </ul>
 *
 * <p>Deployed senders differ: Jitsi sends no {@code from} for unattended transfers; Yate's new
 * initiate carries {@code from} only, even after an attended request, and Yate's request may carry
 * a {@code <subject>} child, kept in {@code ext}.
 *
 * @param from the attendant (transferor), or {@code null}
 * @param sid the attendant's session with the target, to be replaced (attended transfer), or {@code
 *     null}
 * @param to the target, or {@code null} (required by the caller in a transfer request: Yate answers
 *     {@code bad-request} without it)
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0251.html#unattended">XEP-0251 § 2</a>
 */
public record Transfer(@Nullable Jid from, @Nullable String sid, @Nullable Jid to, Extensions ext)
    implements XmlElement {
  /** {@code urn:xmpp:jingle:transfer:0}. */
  public static final String NAMESPACE = "urn:xmpp:jingle:transfer:0";

  /** The disco feature, the namespace itself; MUST be advertised (XEP-0251 § 4). */
  public static final String FEATURE = NAMESPACE;

  public Transfer {
    requireNonNull(ext, "ext");
  }

  /** The attendant's request for an unattended transfer: {@code <transfer to='C'/>}. */
  public static Transfer unattended(Jid to) {
    return new Transfer(null, null, requireNonNull(to, "to"), Extensions.NONE);
  }

  /**
   * An attended transfer: {@code <transfer from='B' sid='S2' to='C'/>}, both in the attendant's
   * request and in the caller's new initiate.
   */
  public static Transfer attended(Jid from, String sid, Jid to) {
    return new Transfer(
        requireNonNull(from, "from"),
        requireNonNull(sid, "sid"),
        requireNonNull(to, "to"),
        Extensions.NONE);
  }

  /** The caller's new initiate after an unattended transfer: {@code <transfer from='B'/>}. */
  public static Transfer referredBy(Jid from) {
    return new Transfer(requireNonNull(from, "from"), null, null, Extensions.NONE);
  }

  /** Whether this names a session to replace, which makes the transfer attended. */
  public boolean isAttended() {
    return sid != null;
  }
}
