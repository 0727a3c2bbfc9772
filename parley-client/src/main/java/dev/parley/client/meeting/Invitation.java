/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.stanza.Message;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;

/** An XEP-0482 invite this session sent or received. */
public sealed interface Invitation permits IncomingInvite, OutgoingInvite {
  /**
   * The id the answers refer to (XEP-0482 § 3.1): the room's stanza id in a group chat, else the
   * origin id or message id — or the {@code id} attribute Dino and QXmpp put on the invite. {@code
   * null} only for a received invite that carries none of these (Converse olmeet's).
   */
  @Nullable String id();

  /** Where the invite was sent: the contact's bare JID, or the room. */
  EntityBareJid conversation();

  /** {@code chat} (or whatever a contact used), or {@code groupchat} for a room. */
  Message.Type type();

  /** The invite element. */
  Invite invite();
}
