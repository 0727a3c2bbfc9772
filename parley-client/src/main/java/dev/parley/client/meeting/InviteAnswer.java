/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.stanza.Message;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;

/**
 * Someone answered an invite (XEP-0482 § 2.2 – 2.5): accepted, rejected or left it, or — the
 * inviter — retracted it.
 *
 * @param kind what they did
 * @param inviteId the id the answer refers to
 * @param from who sent it: the contact's full JID, or the occupant ({@code room@service/nick})
 * @param conversation the contact's bare JID, or the room
 * @param type {@code chat} (or whatever the contact used), or {@code groupchat}
 * @param invitation the invite of this session it refers to: one we sent ({@link OutgoingInvite}),
 *     or one we received ({@link IncomingInvite}: a retraction, or another occupant answering in a
 *     room); {@code null} when this session does not know the id (an invite sent by another client
 *     of the same account, or before this session started)
 * @param methods for an accept, the way of joining chosen (copied from the invite: {@code
 *     <external>} and {@code <meeting>} for a meeting); empty otherwise, and for Dino's first
 *     accepts, which meant "the method offered"
 */
public record InviteAnswer(
    Kind kind,
    String inviteId,
    Jid from,
    EntityBareJid conversation,
    Message.Type type,
    @Nullable Invitation invitation,
    List<CallMethod> methods) {

  public InviteAnswer {
    requireNonNull(kind, "kind");
    requireNonNull(inviteId, "inviteId");
    requireNonNull(from, "from");
    requireNonNull(conversation, "conversation");
    requireNonNull(type, "type");
    methods = List.copyOf(methods);
  }

  /** What an answer does. */
  public enum Kind {
    /** {@code <accept/>}: the sender joins, by the method it copied. */
    ACCEPTED,
    /** {@code <reject/>}: the sender declines. */
    REJECTED,
    /**
     * {@code <retract/>}: the inviter withdraws the invite; nobody should join any more. Unlike
     * {@link #LEFT}, it ends the invitation (Dino issue #1634).
     */
    RETRACTED,
    /** {@code <left/>} (Dino's {@code <finish/>}): the sender left the call; it goes on. */
    LEFT
  }
}
