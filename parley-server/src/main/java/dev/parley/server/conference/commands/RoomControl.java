/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.server.routing.StanzaException;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * What the moderation commands may do to a room. Called on the room's serial executor (a command's
 * IQ is addressed to the room, so the router runs it there).
 */
public interface RoomControl {
  /** Whether {@code requester} may moderate {@code room}. */
  boolean mayModerate(BareJid requester, BareJid room);

  /** The participant sessions in the room, in order of arrival; empty when it is not open. */
  List<ParticipantView> participants(BareJid room);

  /**
   * Mutes or unmutes (via the focus) the sessions {@code who} designates: a full JID, or a bare JID
   * for all its sessions. Returns how many were designated.
   */
  int mute(BareJid room, Jid who, boolean mute);

  /** Removes the sessions {@code who} designates; returns how many. */
  int kick(BareJid room, Jid who, @Nullable String reason, BareJid by);

  /** Locks or unlocks the room (opening it when needed). */
  void lock(BareJid room, boolean locked, BareJid by);

  /** Has the room call {@code callee} (bare or full JID) over XEP-0353. */
  void dialOut(BareJid room, Jid callee, BareJid by);

  /**
   * Asks the one connected session {@code who} designates (a full JID, or a bare JID with a single
   * session) to transfer its call to {@code target} (XEP-0251 unattended transfer, the room as
   * attendant). The stage completes with a sentence once the participant acknowledged the request,
   * and fails with a {@link StanzaException} when it refused it or did not answer.
   *
   * @throws StanzaException {@code item-not-found} if no connected session is designated, {@code
   *     bad-request} if several are, {@code conflict} if a transfer of it is under way
   */
  CompletionStage<String> transfer(BareJid room, Jid who, Jid target, BareJid by)
      throws StanzaException;

  /** Ends the conference; returns whether there was one. */
  boolean end(BareJid room, BareJid by);
}
