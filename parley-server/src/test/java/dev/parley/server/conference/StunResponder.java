/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A STUN server for tests (RFC 8489 Binding only) behind a pretend NAT: it answers every Binding
 * request with an XOR-MAPPED-ADDRESS of {@code mapped} and the request's source port, so the agent
 * that asked learns a server-reflexive candidate that differs from its host candidate (ICE drops a
 * reflexive candidate equal to its base as redundant, RFC 8445 § 5.1.3).
 */
final class StunResponder implements AutoCloseable {
  private static final int MAGIC = 0x2112A442;

  private final DatagramSocket socket;
  private final InetAddress mapped;
  private final Thread thread;
  final AtomicInteger answered = new AtomicInteger();

  StunResponder(InetAddress mapped) throws SocketException {
    this.mapped = mapped;
    this.socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
    this.thread = new Thread(this::serve, "test-stun");
    thread.setDaemon(true);
    thread.start();
  }

  /** Where it listens: {@code 127.0.0.1:port}, for {@code parley.bridge.ice.stun-servers}. */
  String address() {
    return socket.getLocalAddress().getHostAddress() + ":" + socket.getLocalPort();
  }

  private void serve() {
    byte[] buf = new byte[1500];
    while (!socket.isClosed()) {
      DatagramPacket p = new DatagramPacket(buf, buf.length);
      try {
        socket.receive(p);
        ByteBuffer in = ByteBuffer.wrap(p.getData(), p.getOffset(), p.getLength());
        if (p.getLength() < 20 || in.getShort(0) != 0x0001 || in.getInt(4) != MAGIC) {
          continue; // not a Binding request
        }
        ByteBuffer out = ByteBuffer.allocate(32);
        out.putShort((short) 0x0101).putShort((short) 12).putInt(MAGIC);
        out.put(p.getData(), p.getOffset() + 8, 12); // transaction id
        out.putShort((short) 0x0020).putShort((short) 8); // XOR-MAPPED-ADDRESS
        out.put((byte) 0).put((byte) 1).putShort((short) (p.getPort() ^ (MAGIC >>> 16)));
        out.putInt(ByteBuffer.wrap(mapped.getAddress()).getInt() ^ MAGIC);
        socket.send(new DatagramPacket(out.array(), out.position(), p.getSocketAddress()));
        answered.incrementAndGet();
      } catch (IOException e) {
        if (!socket.isClosed()) {
          throw new IllegalStateException(e);
        }
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    socket.close();
    thread.join(5_000);
  }
}
