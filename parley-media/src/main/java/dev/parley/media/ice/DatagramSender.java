/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.stats.Counter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends datagrams from an ICE leg's one socket, and counts them: media from the tick thread through
 * a view of the caller's array kept from one packet to the next (no allocation per packet); STUN,
 * DTLS and TURN control traffic from ice4j's, the handshake's and the TURN thread, wrapped per
 * datagram (rare). A {@code DatagramChannel} may be written by several threads at once.
 *
 * <p>A datagram the socket had no room for, or sent after it closed, counts as a drop; any other
 * failure as an error, logged at debug (an ICMP unreachable from a peer that left is not news).
 */
final class DatagramSender {
  private static final Logger LOG = LoggerFactory.getLogger(DatagramSender.class);

  private final DatagramChannel channel;
  private ByteBuffer mediaView = ByteBuffer.allocate(0); // tick thread only
  private final Counter datagrams = new Counter();
  private final Counter bytes = new Counter();
  private final Counter drops = new Counter();
  private final Counter errors = new Counter();

  DatagramSender(DatagramChannel channel) {
    this.channel = channel;
  }

  /**
   * Media (tick thread only): {@code b[off..off+len)} to {@code to}, through a view rewrapped only
   * when the caller's buffer changes.
   */
  boolean sendMedia(byte[] b, int off, int len, InetSocketAddress to) {
    ByteBuffer view = mediaView;
    if (view.array() != b) {
      view = ByteBuffer.wrap(b);
      mediaView = view;
    }
    view.limit(off + len).position(off);
    return send(view, to);
  }

  /** STUN and DTLS (ICE's and the handshake's threads): wraps the bytes, so allocates. */
  boolean sendControl(byte[] b, int off, int len, InetSocketAddress to) {
    return send(ByteBuffer.wrap(b, off, len), to);
  }

  /** Sends {@code datagram} (position to limit) to {@code to} (any thread). */
  boolean send(ByteBuffer datagram, InetSocketAddress to) {
    try {
      int n = channel.send(datagram, to);
      if (n == 0) {
        drops.increment();
        return false;
      }
      datagrams.increment();
      bytes.add(n);
      return true;
    } catch (ClosedChannelException e) {
      drops.increment();
      return false;
    } catch (IOException e) {
      errors.increment();
      LOG.debug("media send failed", e);
      return false;
    }
  }

  /** Counts a datagram its sender gave up on before the socket (no pair to send it to). */
  void dropped() {
    drops.increment();
  }

  long datagrams() {
    return datagrams.get();
  }

  long bytes() {
    return bytes.get();
  }

  long drops() {
    return drops.get();
  }

  long errors() {
    return errors.get();
  }
}
