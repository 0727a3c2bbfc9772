/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.hints.Hint;
import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.CallInviteMessage;
import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.Dialect;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.invite.Left;
import dev.parley.protocol.invite.Reject;
import dev.parley.protocol.invite.Retract;
import dev.parley.protocol.oob.OobData;
import dev.parley.protocol.sid.OriginId;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.EntityBareJid;

/**
 * The messages the SDK sends (XEP-0482 with XEP-0483's additions), as Parley records.
 *
 * <p>Every message has an {@code id}, an equal XEP-0359 {@code <origin-id>} (so the room's
 * reflection of our own message is recognised, and the invite id survives servers that rewrite
 * message ids) and a {@code <store/>} hint (XEP-0334: archive and deliver it offline although it
 * may have no body). Invites also carry a human-readable {@code <body>} and an XEP-0066 {@code <x
 * xmlns='jabber:x:oob'>} with the meeting URL, for clients that know neither XEP-0482 nor XEP-0483.
 */
final class InviteMessages {
  private InviteMessages() {}

  /** The invite message to a contact ({@code chat}) or a room ({@code groupchat}). */
  static Message invite(
      Invite invite,
      @Nullable String desc,
      EntityBareJid to,
      Message.Type type,
      String id,
      String body) {
    List<XmlElement> payloads = new ArrayList<>(4);
    payloads.add(invite);
    List<External> externals = invite.externals();
    if (!externals.isEmpty()) {
      payloads.add(OobData.of(externals.get(0).uri(), desc));
    }
    payloads.add(OriginId.of(id));
    payloads.add(Hint.STORE);
    return new Message(type, id, null, to, null, null, body, null, payloads, null, Extensions.NONE);
  }

  /** The body of an invite: the description (if any) and the URL, for clients without XEP-0482. */
  static String defaultBody(String type, @Nullable String desc, String uri) {
    String what = desc == null || desc.isBlank() ? "a " + type + " meeting" : "\"" + desc + "\"";
    return "You are invited to " + what + ". Join: " + uri;
  }

  /**
   * An answer about an invite: to the inviter's (or invitee's) bare JID as {@code chat}, or to the
   * room as {@code groupchat}; in Dino's legacy dialect too when the invite came in it.
   */
  static Message answer(
      Invitation invitation, InviteAnswer.Kind kind, List<CallMethod> methods, String id) {
    String inviteId = requireNonNull(invitation.id(), "the invite has no id");
    List<XmlElement> payloads = new ArrayList<>(4);
    payloads.add(element(Dialect.XEP_0482, kind, inviteId, methods));
    if (invitation instanceof IncomingInvite in && in.legacyDialect()) {
      payloads.add(element(Dialect.DINO_CALL_MESSAGE, kind, inviteId, methods));
    }
    payloads.add(OriginId.of(id));
    payloads.add(Hint.STORE);
    Message.Type type =
        invitation.type() == Message.Type.GROUPCHAT ? Message.Type.GROUPCHAT : Message.Type.CHAT;
    return new Message(
        type,
        id,
        null,
        invitation.conversation(),
        null,
        null,
        null,
        null,
        payloads,
        null,
        Extensions.NONE);
  }

  private static CallInviteMessage element(
      Dialect dialect, InviteAnswer.Kind kind, String inviteId, List<CallMethod> methods) {
    return switch (kind) {
      case ACCEPTED -> new Accept(dialect, inviteId, methods, Extensions.NONE);
      case REJECTED -> new Reject(dialect, inviteId, Extensions.NONE);
      case RETRACTED -> new Retract(dialect, inviteId, Extensions.NONE);
      case LEFT -> new Left(dialect, inviteId, Extensions.NONE);
    };
  }
}
