/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leg's sends on loopback: media through the reused view (the right bytes whatever the array and
 * offset, and no allocation per packet: the direct path's counterpart of {@link TurnRelayTest}'s
 * check), control traffic, and what counts as a drop.
 */
class DatagramSenderTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final DatagramChannel socket = DatagramChannel.open();
  private final DatagramChannel peer = DatagramChannel.open();
  private final DatagramSender sender = new DatagramSender(socket);

  DatagramSenderTest() throws IOException {
    socket.bind(new InetSocketAddress(LOOPBACK, 0)).configureBlocking(false);
    peer.bind(new InetSocketAddress(LOOPBACK, 0)).configureBlocking(true);
  }

  @AfterEach
  void close() throws IOException {
    socket.close();
    peer.close();
  }

  private InetSocketAddress to() throws IOException {
    return (InetSocketAddress) peer.getLocalAddress();
  }

  private byte[] received() throws IOException {
    ByteBuffer in = ByteBuffer.allocate(2048);
    peer.receive(in);
    return Arrays.copyOf(in.array(), in.position());
  }

  @Test
  void mediaAndControlArriveAsGiven() throws IOException {
    byte[] a = {9, 9, (byte) 0x80, 0, 1, 9};
    byte[] b = {(byte) 0x80, 0, 2};
    assertThat(sender.sendMedia(a, 2, 3, to())).isTrue();
    assertThat(received()).containsExactly(0x80, 0, 1);
    assertThat(sender.sendMedia(b, 0, 3, to())).isTrue();
    assertThat(received()).containsExactly(0x80, 0, 2);
    assertThat(sender.sendMedia(a, 0, 6, to())).isTrue();
    assertThat(received()).containsExactly(a);
    assertThat(sender.sendControl(a, 1, 2, to())).isTrue();
    assertThat(received()).containsExactly(9, 0x80);
    assertThat(sender.datagrams()).isEqualTo(4);
    assertThat(sender.bytes()).isEqualTo(14);
    assertThat(sender.drops()).isZero();
  }

  @Test
  void aClosedSocketOrNoPairIsADrop() throws IOException {
    InetSocketAddress to = to();
    sender.dropped();
    socket.close();
    assertThat(sender.sendMedia(new byte[] {(byte) 0x80}, 0, 1, to)).isFalse();
    assertThat(sender.drops()).isEqualTo(2);
    assertThat(sender.errors()).isZero();
  }

  @Test
  void mediaIsSentWithoutAllocation() throws IOException {
    byte[] rtp = new byte[172];
    rtp[0] = (byte) 0x80;
    InetSocketAddress to = to(); // nobody reads: the kernel drops what overflows the peer
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (int i = 0; i < 20_000; i++) { // warm-up: let the JIT compile the path
      sender.sendMedia(rtp, 0, rtp.length, to);
    }
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < 20_000; i++) {
      sender.sendMedia(rtp, 0, rtp.length, to);
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    // an allocation per packet would be at least 16 bytes each: 320,000 bytes
    assertThat(allocated).as("bytes allocated by 20,000 direct sends").isLessThan(20_000);
    assertThat(sender.datagrams() + sender.drops()).isEqualTo(40_000);
  }
}
