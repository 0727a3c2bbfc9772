/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import org.ice4j.TransportAddress;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.socket.IceSocketWrapper;

/**
 * A host candidate on our media channel. ice4j's own host candidates demand a {@code
 * MultiplexingDatagramSocket} to split STUN from media; ours receives only STUN in the first place
 * (the I/O thread demultiplexed it), so the STUN socket is the candidate's socket.
 */
final class ChannelCandidate extends HostCandidate {
  private final ChannelSocket socket;

  ChannelCandidate(ChannelSocket socket, Component component) {
    super(socket, component);
    this.socket = socket;
  }

  @Override
  public IceSocketWrapper getStunSocket(TransportAddress serverAddress) {
    return socket;
  }

  @Override
  public IceSocketWrapper getCandidateIceSocketWrapper() {
    return socket;
  }
}
