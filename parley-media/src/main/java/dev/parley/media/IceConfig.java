/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * ICE-UDP gathering. The host candidate is always the engine's advertised address ({@link
 * MediaConfig#effectiveAdvertisedAddress()}) on the leg's port.
 *
 * @param publicAddress an address in front of a 1:1 NAT, advertised as a server-reflexive candidate
 *     on the same port (what Jitsi calls a static mapping), or null
 * @param stunServers STUN servers (RFC 8489) for server-reflexive candidates, gathered after the
 *     answer and trickled; IP literals only (no DNS on the media path)
 * @param turnServers TURN servers (RFC 8656; UDP, TCP or TLS to the server): each leg allocates a
 *     relayed candidate on the first one that grants it, from its own socket or over its own
 *     connection
 * @param policy which candidates legs offer ({@link IcePolicy#RELAY}: relayed ones only)
 */
public record IceConfig(
    @Nullable InetAddress publicAddress,
    List<InetSocketAddress> stunServers,
    List<TurnServer> turnServers,
    IcePolicy policy) {
  public IceConfig {
    stunServers = List.copyOf(stunServers);
    turnServers = List.copyOf(turnServers);
    Objects.requireNonNull(policy, "policy");
  }

  /** Host candidates only. */
  public static final IceConfig HOST_ONLY =
      new IceConfig(null, List.of(), List.of(), IcePolicy.ALL);
}
