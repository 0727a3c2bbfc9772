/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import dev.parley.media.stats.Counter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends datagrams from one media socket, and counts them: media from the tick thread through a view
 * of the caller's array kept from one packet to the next (no allocation per packet); on an ICE
 * leg's socket also STUN, DTLS and TURN control traffic from ice4j's, the handshake's and the TURN
 * thread, wrapped per datagram (rare). A {@code DatagramChannel} may be written by several threads
 * at once. Used by {@link UdpTransport}'s sockets and by {@code ice.IceTransport}.
 *
 * <p>A datagram the socket had no room for, or sent after it closed, counts as a drop; any other
 * failure as an error, logged at debug (an ICMP unreachable from a peer that left is not news).
 */
public final class DatagramSender {
  private static final Logger LOG = LoggerFactory.getLogger(DatagramSender.class);

  private final DatagramChannel channel;
  private ByteBuffer mediaView = ByteBuffer.allocate(0); // tick thread only
  private final Counter datagrams = new Counter();
  private final Counter bytes = new Counter();
  private final Counter drops = new Counter();
  private final Counter errors = new Counter();

  public DatagramSender(DatagramChannel channel) {
    this.channel = channel;
  }

  /**
   * Media (tick thread only): {@code b[off..off+len)} to {@code to}, through a view rewrapped only
   * when the caller's buffer changes.
   */
  public boolean sendMedia(byte[] b, int off, int len, InetSocketAddress to) {
    ByteBuffer view = mediaView;
    if (view.array() != b) {
      view = ByteBuffer.wrap(b);
      mediaView = view;
    }
    view.limit(off + len).position(off);
    return send(view, to);
  }

  /** STUN and DTLS (ICE's and the handshake's threads): wraps the bytes, so allocates. */
  public boolean sendControl(byte[] b, int off, int len, InetSocketAddress to) {
    return send(ByteBuffer.wrap(b, off, len), to);
  }

  /** Sends {@code datagram} (position to limit) to {@code to} (any thread). */
  public boolean send(ByteBuffer datagram, InetSocketAddress to) {
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
  public void dropped() {
    drops.increment();
  }

  public long datagrams() {
    return datagrams.get();
  }

  public long bytes() {
    return bytes.get();
  }

  public long drops() {
    return drops.get();
  }

  public long errors() {
    return errors.get();
  }
}
