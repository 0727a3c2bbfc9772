/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.stanza.Message;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jxmpp.jid.EntityBareJid;

/**
 * An invite this session sent. Answers to it arrive as {@link InviteAnswer}s whose {@link
 * InviteAnswer#invitation()} is this object.
 *
 * <p>Immutable; the futures complete on the session's serial executor once Smack has taken the
 * message.
 */
public final class OutgoingInvite implements Invitation {
  private final String id;
  private final String messageId;
  private final EntityBareJid conversation;
  private final Message.Type type;
  private final Invite invite;
  private final MeetingLink link;
  private final Answerer answerer;

  OutgoingInvite(
      String id,
      String messageId,
      EntityBareJid conversation,
      Message.Type type,
      Invite invite,
      MeetingLink link,
      Answerer answerer) {
    this.id = requireNonNull(id, "id");
    this.messageId = requireNonNull(messageId, "messageId");
    this.conversation = requireNonNull(conversation, "conversation");
    this.type = requireNonNull(type, "type");
    this.invite = requireNonNull(invite, "invite");
    this.link = requireNonNull(link, "link");
    this.answerer = requireNonNull(answerer, "answerer");
  }

  /**
   * The id answers refer to: the message's id (also its origin id) for a contact, the room's stanza
   * id for a room.
   */
  @Override
  public String id() {
    return id;
  }

  /** The id of the message that carried the invite (and of its origin id). */
  public String messageId() {
    return messageId;
  }

  @Override
  public EntityBareJid conversation() {
    return conversation;
  }

  @Override
  public Message.Type type() {
    return type;
  }

  @Override
  public Invite invite() {
    return invite;
  }

  /** The meeting it invites to. */
  public MeetingLink link() {
    return link;
  }

  /** Withdraws the invite: nobody should join any more. */
  public CompletableFuture<Void> retract() {
    return answerer.answer(this, InviteAnswer.Kind.RETRACTED, List.of());
  }

  /** Tells the invitees that we left the call; it goes on for them. */
  public CompletableFuture<Void> left() {
    return answerer.answer(this, InviteAnswer.Kind.LEFT, List.of());
  }

  @Override
  public String toString() {
    return "OutgoingInvite[to=" + conversation + ", id=" + id + "]";
  }
}
