/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.media.Participant;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.conference.commands.ParticipantView;
import dev.parley.server.conference.commands.RoomControl;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.routing.StanzaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.parts.Localpart;

/**
 * The moderation commands' access to the rooms ({@link RoomControl}). Runs on the room's serial
 * executor, where the router runs a command addressed to the room.
 *
 * <p>Decisions: a kick terminates the session with {@code cancel} and the moderator's reason as
 * text (XEP-0166 has no "removed" condition; {@code cancel} is the one that blames nobody), and the
 * document says {@code booted} by the moderator. Dial-out to a full JID calls its bare JID:
 * XEP-0353 proposals go to the bare JID and ring every device. A transfer names one session: a bare
 * JID with several is {@code bad-request} (a user's two devices are two calls to transfer).
 */
final class Moderation implements RoomControl {
  private final Conferences conferences;
  private final RoomPolicy policy;

  Moderation(Conferences conferences, RoomPolicy policy) {
    this.conferences = conferences;
    this.policy = policy;
  }

  @Override
  public boolean mayModerate(BareJid requester, BareJid room) {
    BareJid creator =
        conferences
            .find(room)
            .map(Conference::creator)
            .orElseGet(() -> conferences.reservedBy(room).orElse(null));
    return policy.mayModerate(requester, creator);
  }

  @Override
  public List<ParticipantView> participants(BareJid room) {
    Conference c = conferences.find(room).orElse(null);
    if (c == null) {
      return List.of();
    }
    List<ParticipantView> views = new ArrayList<>();
    for (Member m : c.state().connected()) {
      Participant p = c.participants.get(m.id());
      PipelineStats s = p == null ? null : p.stats();
      Localpart name = m.id().user().getLocalpartOrNull();
      views.add(
          new ParticipantView(
              m.endpoint(),
              name == null ? m.id().user().toString() : name.toString(),
              m.status().xml(),
              m.mutedByFocus() || m.mutedByPeer(),
              m.heldByPeer(),
              s == null ? 0 : s.packetsReceived(),
              s == null ? 0 : s.packetsLost(),
              s == null ? 0 : s.jitterMillis()));
    }
    return views;
  }

  @Override
  public int mute(BareJid room, Jid who, boolean mute) {
    Conference c = conferences.find(room).orElse(null);
    if (c == null) {
      return 0;
    }
    List<Member> designated = connected(c, who);
    for (Member m : designated) {
      c.calls().change(m.withMutedByFocus(mute));
    }
    return designated.size();
  }

  @Override
  public int kick(BareJid room, Jid who, @Nullable String reason, BareJid by) {
    Conference c = conferences.find(room).orElse(null);
    if (c == null) {
      return 0;
    }
    List<Member> designated = c.designated(who);
    for (Member m : designated) {
      c.calls()
          .end(
              m.id(),
              Reason.of(
                  ReasonCondition.CANCEL,
                  "removed by " + by + (reason == null ? "" : ": " + reason)),
              new Departure(DisconnectionMethod.BOOTED, c.now(), reason, by));
    }
    return designated.size();
  }

  @Override
  public void lock(BareJid room, boolean locked, BareJid by) {
    Conference c = conferences.get(room);
    c.created(by);
    c.lock(locked);
    c.checkIdle();
  }

  @Override
  public void dialOut(BareJid room, Jid callee, BareJid by) {
    Conference c = conferences.get(room);
    c.created(by);
    c.calls().dialOut(callee.asBareJid(), by);
  }

  @Override
  public CompletionStage<String> transfer(BareJid room, Jid who, Jid target, BareJid by)
      throws StanzaException {
    Conference c = conferences.find(room).orElse(null);
    List<Member> designated = c == null ? List.of() : connected(c, who);
    if (c == null || designated.isEmpty()) {
      throw new StanzaException(StanzaError.Condition.ITEM_NOT_FOUND, who + " is not in " + room);
    }
    if (designated.size() > 1) {
      throw new StanzaException(
          StanzaError.Condition.BAD_REQUEST,
          who + " has " + designated.size() + " sessions in " + room + ": name one full JID");
    }
    return c.calls().transfers().transfer(designated.get(0), target, by);
  }

  @Override
  public boolean end(BareJid room, BareJid by) {
    Conference c = conferences.find(room).filter(Conference::open).orElse(null);
    if (c == null) {
      return false;
    }
    c.end(by);
    return true;
  }

  private static List<Member> connected(Conference c, Jid who) {
    return c.designated(who).stream().filter(Member::connected).toList();
  }
}
