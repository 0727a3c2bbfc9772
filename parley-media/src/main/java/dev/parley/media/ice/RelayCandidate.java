/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import org.ice4j.TransportAddress;
import org.ice4j.ice.CandidateExtendedType;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.socket.IceSocketWrapper;

/**
 * A relayed candidate on our TURN allocation. ice4j's own {@code RelayedCandidate} needs its TURN
 * harvest and wraps a socket with a send thread and, for ChannelData, a multiplexing socket ours is
 * not; this one is a {@link ChannelSocket} whose local address is the relayed address and whose
 * output is the {@link TurnClient} (Send indications or ChannelData to the server).
 */
final class RelayCandidate extends LocalCandidate {
  private final ChannelSocket socket;

  RelayCandidate(
      ChannelSocket socket, TransportAddress mapped, TransportAddress server, Component component) {
    super(
        new TransportAddress(
            socket.getLocalAddress(), socket.getLocalPort(), org.ice4j.Transport.UDP),
        component,
        CandidateType.RELAYED_CANDIDATE,
        CandidateExtendedType.TURN_RELAYED_CANDIDATE,
        null);
    setBase(this); // RFC 8445 § 5.1.1.2: a relayed candidate is its own base
    setMappedAddress(mapped);
    setRelayServerAddress(server); // the foundation depends on it (RFC 8445 § 5.1.1.3)
    this.socket = socket;
  }

  @Override
  public IceSocketWrapper getStunSocket(TransportAddress serverAddress) {
    return socket;
  }

  @Override
  protected IceSocketWrapper getCandidateIceSocketWrapper() {
    return socket;
  }
}
