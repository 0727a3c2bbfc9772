/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.stanza.Message;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.Jid;

/**
 * An invite someone sent us, or sent to a room we are in (XEP-0482 § 2.1), in whichever form it
 * came: XEP-0482's {@code <invite>}, Dino's {@code <propose>}, or Dino's pre-XEP {@code
 * urn:xmpp:call-message:1} (when both arrive, as Dino 0.5 sends them, the session acts once).
 *
 * <p>The answers go back where the invite came from — to the inviter's bare JID as {@code chat}, or
 * to the room as {@code groupchat} — and refer to {@link #id()}. When the invite came in Dino's
 * legacy dialect too, each answer is sent in both dialects, so that Dino notices it (Dino reacts to
 * {@code <finish/>}, not {@code <left/>}).
 *
 * <p>Immutable; the futures complete on the session's serial executor once Smack has taken the
 * answer.
 */
public final class IncomingInvite implements Invitation {
  private final Jid from;
  private final EntityBareJid conversation;
  private final Message.Type type;
  private final @Nullable String id;
  private final Invite invite;
  private final boolean legacyDialect;
  private final @Nullable String body;
  private final @Nullable Instant sentAt;
  private final Instant receivedAt;
  private final Answerer answerer;

  IncomingInvite(
      Jid from,
      EntityBareJid conversation,
      Message.Type type,
      @Nullable String id,
      Invite invite,
      boolean legacyDialect,
      @Nullable String body,
      @Nullable Instant sentAt,
      Instant receivedAt,
      Answerer answerer) {
    this.from = requireNonNull(from, "from");
    this.conversation = requireNonNull(conversation, "conversation");
    this.type = requireNonNull(type, "type");
    this.id = id;
    this.invite = requireNonNull(invite, "invite");
    this.legacyDialect = legacyDialect;
    this.body = body;
    this.sentAt = sentAt;
    this.receivedAt = requireNonNull(receivedAt, "receivedAt");
    this.answerer = requireNonNull(answerer, "answerer");
  }

  /** Who invited: the contact's full JID, or the occupant ({@code room@service/nick}). */
  public Jid from() {
    return from;
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
  public @Nullable String id() {
    return id;
  }

  @Override
  public Invite invite() {
    return invite;
  }

  /** Whether the invite can be answered: it carries an id to refer to. */
  public boolean canAnswer() {
    return id != null;
  }

  /** The XEP-0483 meeting the invite is for, or {@code null} (a Jingle or Muji call). */
  public @Nullable Meeting meeting() {
    return invite.method(Meeting.class);
  }

  /** The first {@code <external>} URI (the meeting's URL), or {@code null}. */
  public @Nullable String uri() {
    List<External> externals = invite.externals();
    return externals.isEmpty() ? null : externals.get(0).uri();
  }

  /** The message's body (the human-readable fallback), or {@code null}. */
  public @Nullable String body() {
    return body;
  }

  /**
   * When it was sent, if it was delivered late (XEP-0203: offline storage, a room's history), else
   * {@code null}.
   */
  public @Nullable Instant sentAt() {
    return sentAt;
  }

  /** When this session received it. */
  public Instant receivedAt() {
    return receivedAt;
  }

  /** Whether it came (also) in Dino's pre-XEP dialect, so answers are sent in both. */
  boolean legacyDialect() {
    return legacyDialect;
  }

  /**
   * Accepts with the default method: for a meeting, its {@code <external>} and {@code <meeting>}
   * (XEP-0483 § 6.2); else the first {@code <external>}; else the first method offered; else none
   * (Dino's first accepts carried none, meaning "the method offered").
   */
  public CompletableFuture<Void> accept() {
    return accept(defaultMethods());
  }

  /** Accepts with these methods, which should be copied from {@link #invite()}. */
  public CompletableFuture<Void> accept(List<CallMethod> chosen) {
    return answerer.answer(this, InviteAnswer.Kind.ACCEPTED, chosen);
  }

  /** Declines. */
  public CompletableFuture<Void> reject() {
    return answerer.answer(this, InviteAnswer.Kind.REJECTED, List.of());
  }

  /** Tells the others that we left the call (after accepting); the call goes on. */
  public CompletableFuture<Void> left() {
    return answerer.answer(this, InviteAnswer.Kind.LEFT, List.of());
  }

  List<CallMethod> defaultMethods() {
    Meeting meeting = meeting();
    List<External> externals = invite.externals();
    List<CallMethod> chosen = new ArrayList<>(2);
    if (!externals.isEmpty()) {
      chosen.add(externals.get(0));
    }
    if (meeting != null) {
      chosen.add(meeting);
    }
    if (chosen.isEmpty() && !invite.methods().isEmpty()) {
      chosen.add(invite.methods().get(0));
    }
    return List.copyOf(chosen);
  }

  @Override
  public String toString() {
    return "IncomingInvite[from=" + from + ", id=" + id + ", " + invite + "]";
  }
}
