/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * One call set up with XEP-0353, seen from this endpoint.
 *
 * @param id the proposal id, which becomes the Jingle sid
 * @param role {@link Creator#INITIATOR} when we proposed (the caller), {@link Creator#RESPONDER}
 *     when the peer did (the callee)
 * @param peer the other party's bare JID
 * @param device the other party's full JID in the call: the proposing device for a callee, the
 *     device that proceeded for a caller ({@code null} until one has)
 * @param state where the call stands
 * @param descriptions the proposed descriptions (one per media)
 * @param started when the proposal was sent (its XEP-0203 delay stamp when it came from an
 *     archive), the start of the 24-hour expiry
 * @param ringing whether a ringing was sent (callee) or received (caller)
 */
public record JmiCall(
    String id,
    Creator role,
    BareJid peer,
    @Nullable Jid device,
    State state,
    List<XmlElement> descriptions,
    Instant started,
    boolean ringing) {

  public JmiCall {
    requireNonNull(id, "id");
    requireNonNull(role, "role");
    requireNonNull(peer, "peer");
    requireNonNull(state, "state");
    descriptions = List.copyOf(descriptions);
    requireNonNull(started, "started");
  }

  /** Where a call stands; every state but {@link #PROPOSED} and {@link #PROCEEDED} is final. */
  public enum State {
    /** Proposed, not answered yet. */
    PROPOSED,
    /** Accepted by a device: the Jingle session follows, or runs. */
    PROCEEDED,
    /** Declined by the callee. */
    REJECTED,
    /** Withdrawn by the caller. */
    RETRACTED,
    /** Another device of ours (callee) proceeded or rejected. */
    ANSWERED_ELSEWHERE,
    /** Finished by either party, or orphaned by a newer proposal (migrated). */
    FINISHED,
    /** Neither party finished it within the expiry (XEP-0353 § 5: about 24 hours). */
    EXPIRED,
    /** Our proposal bounced with a message error. */
    FAILED;

    /** Whether the call may still change. */
    public boolean isLive() {
      return this == PROPOSED || this == PROCEEDED;
    }
  }

  /** Whether we are the caller. */
  public boolean isCaller() {
    return role == Creator.INITIATOR;
  }

  JmiCall with(State newState) {
    return new JmiCall(id, role, peer, device, newState, descriptions, started, ringing);
  }

  JmiCall withDevice(Jid newDevice) {
    return new JmiCall(id, role, peer, newDevice, state, descriptions, started, ringing);
  }

  JmiCall withRinging() {
    return new JmiCall(id, role, peer, device, state, descriptions, started, true);
  }
}
