/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.JoiningMethod;
import dev.parley.protocol.conference.MediaStatus;
import java.time.Instant;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * One participation in a conference: a device's session with the room, or a call the room is
 * placing. Immutable; the {@code with…} methods return changed copies.
 *
 * <p>What the peer says (XEP-0167 session-info hold and mute, XEP-0166 content-modify senders) and
 * what a moderator decides (mute via the focus) are kept apart, because the conference document
 * reports both: RFC 4575's endpoint {@code status} is {@code on-hold} while the peer holds the call
 * and {@code muted-via-focus} while a moderator mutes it; its media {@code status} says what the
 * participant sends and receives, seen from the participant (RFC 4575 § 5.7.2: a muted participant
 * is {@code recvonly}).
 *
 * @param id the user and the sid
 * @param endpoint the device: the full JID in the session, or the bare JID of a dialled user until
 *     one of its devices answers
 * @param joining {@code dialed-in} (the participant called the room) or {@code dialed-out} (the
 *     room called it, XEP-0353 from a moderator's dial-out)
 * @param joinedAt when the call started: the session-initiate, or the room's proposal
 * @param joinedBy the moderator who had the room dial out, or {@code null}
 * @param phase dialling, alerting, connected or disconnected
 * @param heldByPeer the peer put the call on hold (XEP-0167 {@code <hold/>})
 * @param mutedByPeer the peer muted itself (XEP-0167 {@code <mute/>})
 * @param mutedByFocus a moderator muted the participant: its audio is not mixed
 * @param heldByFocus the room put the call on hold (XEP-0167 {@code <hold/>} from the focus): the
 *     room's side of an XEP-0251 transfer of a dial-out leg, while it calls the target
 * @param peerSends whether the negotiated senders let the participant send media
 * @param bridgeSends whether the negotiated senders let the bridge send media to the participant
 * @param ssrc the SSRC the participant declared in its RTP description ({@code src-id}), or {@code
 *     null}
 * @param referred who referred the participant into the conference (XEP-0251: the attendant that
 *     transferred it here), or {@code null}; RFC 4575 § 5.6.2 {@code <referred>}
 * @param departure how the member left, once {@link Phase#DISCONNECTED}
 */
public record Member(
    MemberId id,
    Jid endpoint,
    JoiningMethod joining,
    Instant joinedAt,
    @Nullable BareJid joinedBy,
    Phase phase,
    boolean heldByPeer,
    boolean mutedByPeer,
    boolean mutedByFocus,
    boolean heldByFocus,
    boolean peerSends,
    boolean bridgeSends,
    @Nullable Long ssrc,
    @Nullable Referral referred,
    @Nullable Departure departure) {

  public Member {
    requireNonNull(id, "id");
    requireNonNull(endpoint, "endpoint");
    requireNonNull(joining, "joining");
    requireNonNull(joinedAt, "joinedAt");
    requireNonNull(phase, "phase");
    if ((phase == Phase.DISCONNECTED) != (departure != null)) {
      throw new IllegalArgumentException("a departure exactly when disconnected");
    }
  }

  /** A participant that called the room; connected once its session is accepted. */
  public static Member dialedIn(MemberId id, Jid endpoint, Instant when, @Nullable Long ssrc) {
    return new Member(
        id,
        endpoint,
        JoiningMethod.DIALED_IN,
        when,
        null,
        Phase.CONNECTED,
        false,
        false,
        false,
        false,
        true,
        true,
        ssrc,
        null,
        null);
  }

  /** A user the room is calling on a moderator's request ({@code by}). */
  public static Member dialedOut(MemberId id, Instant when, @Nullable BareJid by) {
    return new Member(
        id,
        id.user(),
        JoiningMethod.DIALED_OUT,
        when,
        by,
        Phase.DIALING_OUT,
        false,
        false,
        false,
        false,
        true,
        true,
        null,
        null,
        null);
  }

  /** Whether the member is in the call (connected, whatever its hold and mute). */
  public boolean connected() {
    return phase == Phase.CONNECTED;
  }

  /** Whether the member has not left (dialling, alerting or connected). */
  public boolean present() {
    return phase != Phase.DISCONNECTED;
  }

  /** Whether the mixer should leave the participant's audio out. */
  public boolean silenced() {
    return mutedByFocus || mutedByPeer || !peerSends;
  }

  /** Whether the bridge should send the participant nothing (and mix nothing of it). */
  public boolean held() {
    return heldByPeer || heldByFocus || !bridgeSends;
  }

  /** RFC 4575 endpoint status. */
  public EndpointStatus status() {
    return switch (phase) {
      case DIALING_OUT -> EndpointStatus.DIALING_OUT;
      case ALERTING -> EndpointStatus.ALERTING;
      case DISCONNECTED -> EndpointStatus.DISCONNECTED;
      case CONNECTED ->
          heldByPeer || heldByFocus
              ? EndpointStatus.ON_HOLD
              : mutedByFocus ? EndpointStatus.MUTED_VIA_FOCUS : EndpointStatus.CONNECTED;
    };
  }

  /** RFC 4575 media status, seen from the participant. */
  public MediaStatus mediaStatus() {
    boolean sends = connected() && !heldByPeer && !heldByFocus && !silenced();
    boolean receives = connected() && !held();
    if (sends && receives) {
      return MediaStatus.SENDRECV;
    }
    if (sends) {
      return MediaStatus.SENDONLY;
    }
    return receives ? MediaStatus.RECVONLY : MediaStatus.INACTIVE;
  }

  public Member withEndpoint(Jid device) {
    return copy(v -> v.endpoint = device);
  }

  public Member withPhase(Phase newPhase) {
    return copy(v -> v.phase = newPhase);
  }

  public Member withHeldByPeer(boolean held) {
    return copy(v -> v.heldByPeer = held);
  }

  public Member withMutedByPeer(boolean muted) {
    return copy(v -> v.mutedByPeer = muted);
  }

  public Member withMutedByFocus(boolean muted) {
    return copy(v -> v.mutedByFocus = muted);
  }

  /** The directions the negotiated {@code senders} allow. */
  public Member withSenders(boolean peer, boolean bridge) {
    return copy(
        v -> {
          v.peerSends = peer;
          v.bridgeSends = bridge;
        });
  }

  public Member withSsrc(@Nullable Long newSsrc) {
    return copy(v -> v.ssrc = newSsrc);
  }

  /** The room holds (or resumes) the call: RFC 4575 {@code on-hold}, nothing sent or mixed. */
  public Member withHeldByFocus(boolean held) {
    return copy(v -> v.heldByFocus = held);
  }

  /** The participant was transferred here by {@code referral}'s attendant (XEP-0251). */
  public Member withReferred(@Nullable Referral referral) {
    return copy(v -> v.referred = referral);
  }

  /** The member connected (its session was accepted) at {@code when}. */
  public Member connectedAt(Instant when) {
    return copy(
        v -> {
          v.joinedAt = joining == JoiningMethod.DIALED_OUT ? when : joinedAt;
          v.phase = Phase.CONNECTED;
          v.departure = null;
        });
  }

  /** The member left. */
  public Member departed(Departure how) {
    return new Member(
        id,
        endpoint,
        joining,
        joinedAt,
        joinedBy,
        Phase.DISCONNECTED,
        heldByPeer,
        mutedByPeer,
        mutedByFocus,
        heldByFocus,
        peerSends,
        bridgeSends,
        ssrc,
        referred,
        requireNonNull(how, "how"));
  }

  /** This member with {@code change} applied to a copy of its values: what the withers share. */
  private Member copy(Consumer<Values> change) {
    Values v = new Values(this);
    change.accept(v);
    return v.build();
  }

  /** The values of a member being derived from another (mutable, never escapes). */
  private static final class Values {
    MemberId id;
    Jid endpoint;
    JoiningMethod joining;
    Instant joinedAt;
    @Nullable BareJid joinedBy;
    Phase phase;
    boolean heldByPeer;
    boolean mutedByPeer;
    boolean mutedByFocus;
    boolean heldByFocus;
    boolean peerSends;
    boolean bridgeSends;
    @Nullable Long ssrc;
    @Nullable Referral referred;
    @Nullable Departure departure;

    Values(Member m) {
      id = m.id;
      endpoint = m.endpoint;
      joining = m.joining;
      joinedAt = m.joinedAt;
      joinedBy = m.joinedBy;
      phase = m.phase;
      heldByPeer = m.heldByPeer;
      mutedByPeer = m.mutedByPeer;
      mutedByFocus = m.mutedByFocus;
      heldByFocus = m.heldByFocus;
      peerSends = m.peerSends;
      bridgeSends = m.bridgeSends;
      ssrc = m.ssrc;
      referred = m.referred;
      departure = m.departure;
    }

    Member build() {
      return new Member(
          id,
          endpoint,
          joining,
          joinedAt,
          joinedBy,
          phase,
          heldByPeer,
          mutedByPeer,
          mutedByFocus,
          heldByFocus,
          peerSends,
          bridgeSends,
          ssrc,
          referred,
          departure);
    }
  }
}
