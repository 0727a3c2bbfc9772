/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import javax.net.SocketFactory;

/**
 * Sockets with Nagle's algorithm off ({@code TCP_NODELAY}), for Smack's connection: {@code
 * builder.setSocketFactory(ParleySmack.noDelaySockets())}.
 *
 * <p>Call signalling writes small stanzas in bursts (a hold to one peer, then a session-initiate to
 * another; a session-info, then a transport-info). With Nagle's algorithm a write that follows an
 * unacknowledged one waits for its ACK, and the server delays ACKs by up to 40 ms (Linux), so the
 * second stanza of a burst arrives 40 ms late: measured as most of a transfer's media gap
 * (docs/PERFORMANCE.md, "Call transfer").
 */
final class NoDelaySockets extends SocketFactory {
  static final NoDelaySockets INSTANCE = new NoDelaySockets();

  private NoDelaySockets() {}

  @Override
  public Socket createSocket() throws IOException {
    Socket s = new Socket();
    s.setTcpNoDelay(true);
    return s;
  }

  @Override
  public Socket createSocket(String host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
      throws IOException {
    return connected(
        new InetSocketAddress(host, port), new InetSocketAddress(localHost, localPort));
  }

  @Override
  public Socket createSocket(InetAddress host, int port) throws IOException {
    return connected(new InetSocketAddress(host, port), null);
  }

  @Override
  public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
      throws IOException {
    return connected(
        new InetSocketAddress(address, port), new InetSocketAddress(localAddress, localPort));
  }

  private Socket connected(InetSocketAddress remote, InetSocketAddress local) throws IOException {
    Socket s = createSocket();
    if (local != null) {
      s.bind(local);
    }
    s.connect(remote);
    return s;
  }
}
