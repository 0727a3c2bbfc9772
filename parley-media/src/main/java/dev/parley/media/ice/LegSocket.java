/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.PortAllocator;
import java.io.IOException;
import java.net.InetAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of an ICE leg's one UDP socket (STUN, DTLS, TURN and media share it, rtcp-mux): bound on
 * a port of the engine's range, registered with the leg's I/O loop, and closed on that loop's
 * thread, so its port goes back to the range only once the selector let go of it.
 */
final class LegSocket {
  private static final Logger LOG = LoggerFactory.getLogger(LegSocket.class);

  private final PortAllocator ports;
  private final IoLoop loop;
  private final DatagramChannel channel;
  private final int port;
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private @Nullable SelectionKey key; // the loop's thread

  private LegSocket(PortAllocator ports, IoLoop loop, PortAllocator.Bound bound) {
    this.ports = ports;
    this.loop = loop;
    this.channel = bound.rtp();
    this.port = bound.port();
  }

  /**
   * Binds a port on {@code address} and sets the IP TOS byte ({@code tos}, or −1 for none; ignored
   * where the platform does not support it).
   */
  static LegSocket bind(PortAllocator ports, IoLoop loop, InetAddress address, int tos)
      throws IOException {
    LegSocket s = new LegSocket(ports, loop, ports.bind(address, true));
    if (tos >= 0) {
      try {
        s.channel.setOption(StandardSocketOptions.IP_TOS, tos);
      } catch (UnsupportedOperationException e) {
        LOG.debug("IP_TOS not supported here", e);
      } catch (IOException | RuntimeException e) {
        s.release();
        throw e;
      }
    }
    return s;
  }

  DatagramChannel channel() {
    return channel;
  }

  int port() {
    return port;
  }

  /** Starts reading: {@code handler} is called when datagrams wait. Call on the loop's thread. */
  void register(IoLoop.Handler handler) {
    try {
      key = loop.register(channel, handler);
    } catch (ClosedChannelException e) {
      // closed before it registered
    } catch (IOException e) {
      LOG.warn("registering a media socket failed", e);
    }
  }

  /** Closes the socket on the loop's thread and frees its port; {@link #closed} completes then. */
  void close() {
    loop.execute(this::closeNow);
  }

  /** Completes once the socket closed and its port is free. */
  CompletableFuture<Void> closed() {
    return closed;
  }

  /** Closes at once and frees the port: the leg failed to open, the socket was never registered. */
  void release() {
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing a media socket failed", e);
    } finally {
      ports.release(port, true);
    }
  }

  private void closeNow() {
    try {
      IoLoop.unregisterAndClose(key, channel);
      loop.flushCancelled();
    } finally {
      ports.release(port, true);
      closed.complete(null);
    }
  }
}
