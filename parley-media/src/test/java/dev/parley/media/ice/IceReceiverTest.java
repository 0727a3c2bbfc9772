/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.PacketKind;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leg's receive path on loopback, without ICE or TURN: each datagram goes where its first byte
 * says, media only from the selected pair, and media is received with no allocation per packet (the
 * property the direct path shares with raw UDP; {@link TurnRelayTest} checks the relayed send). The
 * test thread plays the I/O thread: the socket is read by calling the receiver.
 */
class IceReceiverTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final IoLoop loop =
      new IoLoop(NamedThreads.daemon("ice-receiver-test"), MediaClock.system());
  private final DatagramChannel socket = open();
  private final DatagramChannel peer = open();
  private final DatagramChannel stranger = open();
  private final InboundQueue queue = new InboundQueue(64, 1500);
  private final List<InetSocketAddress> stun = new ArrayList<>();
  private volatile @Nullable Route selected;
  private final DtlsRoute dtls =
      new DtlsRoute(() -> selected, a -> true, (b, off, len, to) -> true, Runnable::run);
  private final IceReceiver receiver =
      new IceReceiver(
          socket,
          queue,
          loop,
          null,
          (data, n, source, relayed) -> stun.add(source),
          dtls,
          () -> selected);

  IceReceiverTest() throws IOException {}

  private static DatagramChannel open() {
    try {
      DatagramChannel c = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
      c.configureBlocking(false);
      return c;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterEach
  void close() throws IOException {
    socket.close();
    peer.close();
    stranger.close();
    loop.close();
  }

  private static InetSocketAddress address(DatagramChannel c) throws IOException {
    return (InetSocketAddress) c.getLocalAddress();
  }

  /** Sends one datagram from {@code from} and lets the receiver read the socket. */
  private void receive(DatagramChannel from, int... bytes) throws IOException {
    byte[] d = new byte[bytes.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = (byte) bytes[i];
    }
    from.send(ByteBuffer.wrap(d), address(socket));
    receiver.onReadable(loop);
  }

  @Test
  void eachDatagramGoesWhereItsFirstByteSays() throws IOException {
    receive(peer, 0, 1, 0, 0); // a STUN Binding request's first bytes
    assertThat(stun).containsExactly(address(peer));
    receive(peer, 22, 0xFE, 0xFD); // DTLS, and no handshake attached
    assertThat(receiver.controlDatagrams()).isEqualTo(2);
    assertThat(receiver.rejected()).isEqualTo(1);
    receive(peer, 0x40, 0, 0, 0); // ChannelData, not from a TURN server of ours
    receive(peer, 17, 0, 0); // ZRTP
    receive(peer, 0xFF, 0); // none of RFC 7983's
    assertThat(receiver.rejected()).isEqualTo(4);
    assertThat(queue.size()).isZero();
  }

  @Test
  void mediaOnlyFromTheSelectedPair() throws IOException {
    receive(peer, 0x80, 0, 0, 1);
    assertThat(receiver.rejected()).as("before selection").isEqualTo(1);
    selected = new Route(address(peer), false);
    receive(peer, 0x80, 0, 0, 2);
    receive(peer, 0x80, 200, 0, 1); // an RTCP sender report
    receive(stranger, 0x80, 0, 0, 3);
    assertThat(receiver.rejected()).as("and from another address").isEqualTo(2);
    assertThat(receiver.datagrams()).isEqualTo(2);
    assertThat(receiver.bytes()).isEqualTo(8);
    assertThat(queue.peek()).isTrue();
    assertThat(queue.kind()).isEqualTo(PacketKind.RTP);
    assertThat(queue.data()[3]).isEqualTo((byte) 2);
    queue.release();
    assertThat(queue.peek()).isTrue();
    assertThat(queue.kind()).isEqualTo(PacketKind.RTCP);
    queue.release();
  }

  @Test
  void aFullQueueDropsAndCounts() throws IOException {
    selected = new Route(address(peer), false);
    for (int i = 0; i < 65; i++) {
      receive(peer, 0x80, 0, 0, i);
    }
    assertThat(receiver.datagrams()).isEqualTo(64);
    assertThat(receiver.queueDrops()).isEqualTo(1);
  }

  @Test
  void mediaFromTheSelectedPairIsReceivedWithoutAllocation() throws IOException {
    selected = new Route(address(peer), false);
    byte[] rtp = new byte[172];
    rtp[0] = (byte) 0x80;
    ByteBuffer out = ByteBuffer.wrap(rtp);
    InetSocketAddress to = address(socket);
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long allocated = 0;
    for (int pass = 0; pass < 2; pass++) { // the first warms up: lets the JIT compile the path
      long before = threads.getThreadAllocatedBytes(id);
      for (int i = 0; i < 20_000 / 16; i++) {
        for (int j = 0; j < 16; j++) {
          out.clear();
          peer.send(out, to);
        }
        receiver.onReadable(loop);
        while (queue.peek()) {
          queue.release();
        }
      }
      allocated = threads.getThreadAllocatedBytes(id) - before;
    }
    assertThat(receiver.datagrams()).isEqualTo(40_000);
    // an allocation per packet would be at least 16 bytes each: 320,000 bytes
    assertThat(allocated).as("bytes allocated by 20,000 sends and receives").isLessThan(20_000);
  }
}
