/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.SocketClosedException;
import org.jspecify.annotations.Nullable;

/**
 * ice4j's view of our media socket: STUN datagrams the I/O thread demultiplexed are {@link #deliver
 * delivered} here and read by ice4j's connector thread; what ice4j sends goes out through the
 * transport's channel. Its local address is the candidate's (the advertised address), which is how
 * ice4j's stack finds it when it sends a check from that candidate.
 */
final class ChannelSocket extends IceSocketWrapper {
  /** Sends one datagram on the transport's channel (any thread). */
  interface Output {
    boolean send(byte[] buf, int off, int len, InetSocketAddress to);
  }

  private final InetSocketAddress local;
  private final Output output;
  private final DatagramSocket marker;
  private final BlockingQueue<DatagramPacket> inbound = new ArrayBlockingQueue<>(128);
  private volatile boolean closed;

  ChannelSocket(InetSocketAddress local, Output output) throws SocketException {
    this.local = local;
    this.output = output;
    // ice4j decides "UDP" by getUDPSocket() != null and never uses the socket itself for I/O;
    // an unbound socket is the cheapest non-null answer (one descriptor, no port)
    this.marker = new DatagramSocket((SocketAddress) null);
  }

  /** A STUN datagram from {@code from} (I/O thread); copied; dropped when ice4j lags behind. */
  boolean deliver(byte[] data, int off, int len, InetSocketAddress from) {
    if (closed) {
      return false;
    }
    return inbound.offer(new DatagramPacket(Arrays.copyOfRange(data, off, off + len), len, from));
  }

  @Override
  public void send(DatagramPacket p) throws IOException {
    if (closed) {
      throw new SocketClosedException();
    }
    SocketAddress to = p.getSocketAddress();
    if (!(to instanceof InetSocketAddress a)
        || !output.send(p.getData(), p.getOffset(), p.getLength(), a)) {
      throw new IOException("STUN send failed");
    }
  }

  @Override
  public void receive(DatagramPacket p) throws IOException {
    while (!closed) {
      DatagramPacket d;
      try {
        d = inbound.poll(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SocketClosedException();
      }
      if (d != null && !closed) {
        int n = Math.min(d.getLength(), p.getData().length - p.getOffset());
        System.arraycopy(d.getData(), 0, p.getData(), p.getOffset(), n);
        p.setLength(n);
        p.setSocketAddress(d.getSocketAddress());
        return;
      }
    }
    throw new SocketClosedException();
  }

  @Override
  public void close() {
    closed = true;
    inbound.clear();
    marker.close();
  }

  @Override
  public InetAddress getLocalAddress() {
    return local.getAddress();
  }

  @Override
  public int getLocalPort() {
    return local.getPort();
  }

  @Override
  public SocketAddress getLocalSocketAddress() {
    return local;
  }

  @Override
  public @Nullable Socket getTCPSocket() {
    return null;
  }

  @Override
  public DatagramSocket getUDPSocket() {
    return marker;
  }
}
