/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/** XEP-0482 namespaces and the rules that are not about one element. */
public final class CallInvites {
  /** {@code urn:xmpp:call-invites:0}. XEP-0482 defines no disco feature. */
  public static final String NAMESPACE = "urn:xmpp:call-invites:0";

  /**
   * {@code urn:xmpp:call-message:1}, Dino's pre-XEP protocol ({@link Dialect#DINO_CALL_MESSAGE}).
   */
  public static final String DINO_NAMESPACE = "urn:xmpp:call-message:1";

  private CallInvites() {}

  /**
   * The call-invite message to act on among a message's payloads: the first in {@link
   * Dialect#XEP_0482}, else the first in Dino's legacy dialect, else {@code null}. Dino 0.5 sends
   * every message twice in one stanza ({@code <invite>} and a legacy {@code <propose>}, {@code
   * <left>} and {@code <finish>}…); both carry the same id, and Dino itself reads them in this
   * order.
   */
  public static @Nullable CallInviteMessage primary(List<? extends XmlElement> payloads) {
    CallInviteMessage legacy = null;
    for (XmlElement p : payloads) {
      if (p instanceof CallInviteMessage m) {
        if (m.dialect() == Dialect.XEP_0482) {
          return m;
        }
        if (legacy == null) {
          legacy = m;
        }
      }
    }
    return legacy;
  }

  /**
   * The id that a retract, accept, reject or left must carry to refer to an invite (XEP-0482 § 3.1
   * "Using the correct ID"), or {@code null} when the invite cannot be referred to. In order:
   *
   * <ol>
   *   <li>the invite's own {@code id} attribute, when it has one: Dino and QXmpp put it there and
   *       correlate answers by it only (a deployed variant, not in the XEP);
   *   <li>for a {@code groupchat} message, the XEP-0359 {@code <stanza-id>} whose {@code by} is the
   *       room (the bare JID of the message's {@code from}); never the message id, which other
   *       occupants cannot trust to be unique. {@code null} when the room added none: XEP-0482 says
   *       to invite only in rooms that do;
   *   <li>otherwise the XEP-0359 {@code <origin-id>} if present, else the message {@code id}
   *       ({@code null} when neither exists, as in Converse olmeet's invites).
   * </ol>
   *
   * <p>Plain values keep this independent of the XEP-0359 records: callers pass the {@code
   * <origin-id id>} and every {@code <stanza-id by id>} of the message.
   *
   * @param inviteId the {@code id} attribute of the {@code <invite>} or {@code <propose>}, or
   *     {@code null}
   * @param type the message type, {@code null} when absent ({@code normal})
   * @param from the message's {@code from}, or {@code null}
   * @param messageId the message's {@code id} attribute, or {@code null}
   * @param originId the {@code id} of the message's {@code <origin-id>}, or {@code null}
   * @param stanzaIdsByBy the {@code id} of each {@code <stanza-id>}, keyed by its {@code by}
   * @see <a href="https://xmpp.org/extensions/xep-0482.html#business-id">XEP-0482 § 3.1</a>
   */
  public static @Nullable String answerId(
      @Nullable String inviteId,
      Message.@Nullable Type type,
      @Nullable Jid from,
      @Nullable String messageId,
      @Nullable String originId,
      Map<String, String> stanzaIdsByBy) {
    if (inviteId != null) {
      return inviteId;
    }
    if (type == Message.Type.GROUPCHAT) {
      return from == null ? null : stanzaIdBy(from.asBareJid(), stanzaIdsByBy);
    }
    return originId != null ? originId : messageId;
  }

  private static @Nullable String stanzaIdBy(BareJid room, Map<String, String> stanzaIdsByBy) {
    String exact = stanzaIdsByBy.get(room.toString());
    if (exact != null) {
      return exact;
    }
    // 'by' is a JID: compare normalised forms, so that a room that writes its own JID with upper
    // case still matches.
    for (Map.Entry<String, String> e : stanzaIdsByBy.entrySet()) {
      try {
        if (room.equals(JidCreate.bareFrom(e.getKey()))) {
          return e.getValue();
        }
      } catch (XmppStringprepException | IllegalArgumentException notAJid) {
        // A 'by' that is not a bare JID cannot name the room.
      }
    }
    return null;
  }
}
