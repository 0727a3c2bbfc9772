/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import static java.util.Objects.requireNonNull;

import org.jxmpp.jid.Jid;

/**
 * One participant session as the participants command lists it.
 *
 * @param jid the participant's full JID
 * @param name a display name (the local part of its JID)
 * @param status the RFC 4575 endpoint status ({@code connected}, {@code on-hold}, {@code
 *     muted-via-focus}…)
 * @param muted whether its audio is not mixed (muted by itself or via the focus)
 * @param held whether it put the call on hold
 * @param packetsReceived RTP packets the bridge received from it
 * @param packetsLost RTP packets lost on the way to the bridge
 * @param jitterMillis the interarrival jitter of its stream, in milliseconds
 */
public record ParticipantView(
    Jid jid,
    String name,
    String status,
    boolean muted,
    boolean held,
    long packetsReceived,
    long packetsLost,
    double jitterMillis) {
  public ParticipantView {
    requireNonNull(jid, "jid");
    requireNonNull(name, "name");
    requireNonNull(status, "status");
  }
}
