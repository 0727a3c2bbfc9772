/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

/** Which local candidates ICE legs offer, as WebRTC's {@code iceTransportPolicy}. */
public enum IcePolicy {
  /** Host, server-reflexive and relayed candidates. */
  ALL,
  /**
   * Relayed candidates only: the peer never learns the bridge's own address, and media always goes
   * through the TURN server. A leg whose allocation fails has no candidate and fails.
   */
  RELAY
}
