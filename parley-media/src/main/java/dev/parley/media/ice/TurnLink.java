/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.TurnServer;
import java.util.function.Consumer;

/**
 * How a TURN client's requests and data reach one server: from the leg's UDP socket, or over a TCP
 * or TLS connection that belongs to the allocation ({@link TurnStream}; RFC 8656 § 3.1: the
 * allocation lives as long as the connection).
 */
interface TurnLink {
  /** Sends one STUN message or ChannelData frame to the server (any thread). */
  boolean send(byte[] b, int off, int len);

  /**
   * Whether the link is a stream: requests are sent once (RFC 8489 § 6.2.2), ChannelData is padded
   * to 4 bytes (RFC 8656 § 12.5), and what the server sends arrives through the stream.
   */
  boolean reliable();

  /** Closes a connection (nothing for UDP); idempotent. */
  void close();

  /** Opens the link to a server; {@code lost} is told (any thread) when a connection breaks. */
  interface Opener {
    TurnLink open(TurnServer server, Consumer<TurnLink> lost);
  }

  /** A link that sends nothing: before the first server's was opened. */
  TurnLink NONE =
      new TurnLink() {
        @Override
        public boolean send(byte[] b, int off, int len) {
          return false;
        }

        @Override
        public boolean reliable() {
          return false;
        }

        @Override
        public void close() {}
      };
}
