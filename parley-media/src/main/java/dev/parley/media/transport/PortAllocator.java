/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.nio.channels.DatagramChannel;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Hands out UDP ports from a configured range: an even port for RTP and the next (odd) one for RTCP
 * (RFC 3550 § 11), or the even port alone with rtcp-mux (RFC 5761).
 *
 * <p>Ports are claimed without locks (a concurrent set), then bound; a port some other process
 * holds is skipped. The search starts after the last port handed out, so a port just released is
 * reused as late as possible and stray packets for a departed participant are unlikely to reach a
 * new one. Thread-safe.
 */
public final class PortAllocator {
  private final int min;
  private final int max;
  private final Set<Integer> claimed = ConcurrentHashMap.newKeySet();
  private final AtomicInteger cursor;

  /** The bound channels of one allocation; {@code rtcp} is null with rtcp-mux. */
  public record Bound(DatagramChannel rtp, @Nullable DatagramChannel rtcp, int port) {}

  /** A range of ports, {@code min} to {@code max} inclusive; RTP ports are its even ports. */
  public PortAllocator(int min, int max) {
    if (min < 1024 || max > 65535 || max <= min) {
      throw new IllegalArgumentException(
          "port range must be within 1024-65535: " + min + "-" + max);
    }
    this.min = min % 2 == 0 ? min : min + 1;
    this.max = max;
    this.cursor = new AtomicInteger(this.min);
  }

  /**
   * Binds non-blocking channels on {@code address}: the RTP one on an even port and, unless {@code
   * rtcpMux}, the RTCP one on the next port.
   *
   * @throws NoPortException when every port of the range is taken
   */
  public Bound bind(InetAddress address, boolean rtcpMux) throws IOException {
    int pairs = (max - min + 1) / 2;
    for (int attempt = 0; attempt < pairs; attempt++) {
      int port = next();
      if (port + (rtcpMux ? 0 : 1) > max) {
        continue;
      }
      if (!claimed.add(port)) {
        continue;
      }
      if (!rtcpMux && !claimed.add(port + 1)) {
        claimed.remove(port);
        continue;
      }
      DatagramChannel rtp = null;
      try {
        rtp = open(address, port);
        DatagramChannel rtcp = rtcpMux ? null : open(address, port + 1);
        return new Bound(rtp, rtcp, port);
      } catch (BindException e) {
        if (rtp != null) {
          rtp.close();
        }
        release(port, rtcpMux); // held by another process: try the next pair
      } catch (IOException | RuntimeException e) {
        if (rtp != null) {
          rtp.close();
        }
        release(port, rtcpMux);
        throw e;
      }
    }
    throw new NoPortException(min, max);
  }

  private int next() {
    return cursor.getAndUpdate(p -> p + 2 > max - 1 ? min : p + 2);
  }

  private static DatagramChannel open(InetAddress address, int port) throws IOException {
    DatagramChannel ch =
        DatagramChannel.open(
            address instanceof java.net.Inet6Address
                ? StandardProtocolFamily.INET6
                : StandardProtocolFamily.INET);
    try {
      ch.bind(new InetSocketAddress(address, port));
      ch.configureBlocking(false);
      return ch;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  /** Returns a pair (or a single port with rtcp-mux) to the range. Call after closing it. */
  public void release(int port, boolean rtcpMux) {
    claimed.remove(port);
    if (!rtcpMux) {
      claimed.remove(port + 1);
    }
  }

  /** Ports currently handed out. */
  public int inUse() {
    return claimed.size();
  }

  /** Thrown when the range is exhausted. */
  public static final class NoPortException extends IOException {
    private static final long serialVersionUID = 1L;

    NoPortException(int min, int max) {
      super("no free UDP port pair in " + min + "-" + max);
    }
  }
}
