/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.rtp.RtpHeader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** UDP transports on loopback: ports, symmetric RTP, rtcp-mux, closing. */
class UdpTransportTest {
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();
  private static final Duration WAIT = Duration.ofSeconds(5);

  private IoLoop loop;
  private final PortAllocator ports = new PortAllocator(46000, 46099);
  private final List<DatagramChannel> peers = new ArrayList<>();
  private final List<UdpTransport> transports = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    loop = new IoLoop(NamedThreads.daemon("test-io"), MediaClock.system());
  }

  @AfterEach
  void stop() throws Exception {
    for (UdpTransport t : transports) {
      t.close().get(5, TimeUnit.SECONDS);
    }
    for (DatagramChannel c : peers) {
      c.close();
    }
    loop.close();
  }

  private DatagramChannel peer() throws IOException {
    DatagramChannel c = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 0));
    c.configureBlocking(true);
    peers.add(c);
    return c;
  }

  private UdpTransport open(
      InboundQueue q, boolean mux, RemotePolicy policy, @Nullable InetSocketAddress remote)
      throws IOException {
    boolean[] pts = new boolean[128];
    pts[0] = true;
    UdpTransport t =
        UdpTransport.open(
            loop,
            ports,
            q,
            new UdpTransport.Options(LOOPBACK, LOOPBACK, mux, policy, pts, UdpTransport.DSCP_EF),
            remote,
            null);
    transports.add(t);
    return t;
  }

  private static ByteBuffer rtp(int pt, int seq) {
    byte[] b = new byte[12 + 20];
    RtpHeader.of(false, pt, seq, 0, 42).write(b, 0);
    return ByteBuffer.wrap(b);
  }

  private static List<Integer> drainSequences(InboundQueue q) {
    List<Integer> seqs = new ArrayList<>();
    while (q.peek()) {
      byte[] d = q.data();
      seqs.add((d[2] & 0xFF) << 8 | (d[3] & 0xFF));
      q.release();
    }
    return seqs;
  }

  @Test
  void portsArePairedEvenOddAndReleased() throws IOException {
    PortAllocator small = new PortAllocator(47000, 47003);
    PortAllocator.Bound a = small.bind(LOOPBACK, false);
    PortAllocator.Bound b = small.bind(LOOPBACK, false);
    assertThat(a.port() % 2).isZero();
    assertThat(((InetSocketAddress) a.rtcp().getLocalAddress()).getPort()).isEqualTo(a.port() + 1);
    assertThat(b.port()).isNotEqualTo(a.port());
    assertThat(small.inUse()).isEqualTo(4);
    assertThatThrownBy(() -> small.bind(LOOPBACK, false))
        .isInstanceOf(PortAllocator.NoPortException.class);
    a.rtp().close();
    a.rtcp().close();
    small.release(a.port(), false);
    PortAllocator.Bound c = small.bind(LOOPBACK, true);
    assertThat(c.port()).isEqualTo(a.port());
    assertThat(c.rtcp()).isNull();
    for (DatagramChannel ch : List.of(b.rtp(), b.rtcp(), c.rtp())) {
      ch.close();
    }
  }

  @Test
  void portsHeldByOtherProcessesAreSkipped() throws IOException {
    PortAllocator range = new PortAllocator(47100, 47103);
    try (DatagramChannel squatter =
        DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, 47101))) {
      PortAllocator.Bound b = range.bind(LOOPBACK, false);
      assertThat(b.port()).isEqualTo(47102);
      assertThat(range.inUse()).isEqualTo(2);
      b.rtp().close();
      b.rtcp().close();
    }
  }

  @Test
  void latchesOntoTheFirstValidPacketAndThenIgnoresEveryoneElse() throws Exception {
    InboundQueue q = new InboundQueue(16, 1500);
    UdpTransport t = open(q, false, RemotePolicy.LATCH, null);
    DatagramChannel caller = peer();
    DatagramChannel intruder = peer();
    InetSocketAddress target = new InetSocketAddress(LOOPBACK, t.localRtp().getPort());
    caller.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), target); // not RTP: refused
    caller.send(rtp(99, 1), target); // RTP, but not a negotiated payload type: refused
    await().atMost(WAIT).until(() -> t.stats().rejected() == 2);
    assertThat(t.remoteRtp()).isNull();
    caller.send(rtp(0, 2), target); // latches
    await().atMost(WAIT).until(() -> t.remoteRtp() != null);
    assertThat(t.remoteRtp()).isEqualTo(caller.getLocalAddress());
    intruder.send(rtp(0, 666), target); // the kernel drops it: the socket is connected
    caller.send(rtp(0, 3), target);
    await().atMost(WAIT).until(() -> t.stats().datagramsIn() == 2);
    assertThat(drainSequences(q)).containsExactly(2, 3);

    // we send to the latched address
    ByteBuffer out = rtp(0, 77);
    assertThat(t.sendRtp(out.array(), 0, out.limit())).isTrue();
    ByteBuffer got = ByteBuffer.allocate(100);
    caller.receive(got);
    assertThat(got.getShort(2)).isEqualTo((short) 77);
  }

  @Test
  void signalledPolicyOnlyAcceptsTheSignalledAddress() throws Exception {
    InboundQueue q = new InboundQueue(16, 1500);
    DatagramChannel caller = peer();
    DatagramChannel other = peer();
    UdpTransport t =
        open(q, false, RemotePolicy.SIGNALLED, (InetSocketAddress) caller.getLocalAddress());
    InetSocketAddress target = new InetSocketAddress(LOOPBACK, t.localRtp().getPort());
    await().atMost(WAIT).until(() -> t.sendRtp(rtp(0, 1).array(), 0, 32));
    other.send(rtp(0, 500), target);
    caller.send(rtp(0, 5), target);
    await().atMost(WAIT).until(() -> t.stats().datagramsIn() == 1);
    assertThat(drainSequences(q)).containsExactly(5);
  }

  @Test
  void rtcpGoesToTheNextPortOrSharesTheRtpPortWithMux() throws Exception {
    InboundQueue q = new InboundQueue(16, 1500);
    UdpTransport plain = open(q, false, RemotePolicy.LATCH, null);
    assertThat(plain.localRtcp().getPort()).isEqualTo(plain.localRtp().getPort() + 1);
    DatagramChannel caller = peer();
    byte[] rr = {(byte) 0x80, (byte) 201, 0, 1, 0, 0, 0, 9};
    caller.send(ByteBuffer.wrap(rr), new InetSocketAddress(LOOPBACK, plain.localRtcp().getPort()));
    await().atMost(WAIT).until(q::peek);
    assertThat(q.kind()).isEqualTo(PacketKind.RTCP);
    q.release();

    InboundQueue mq = new InboundQueue(16, 1500);
    UdpTransport mux = open(mq, true, RemotePolicy.LATCH, null);
    assertThat(mux.localRtcp()).isEqualTo(mux.localRtp());
    InetSocketAddress port = new InetSocketAddress(LOOPBACK, mux.localRtp().getPort());
    caller.send(rtp(0, 1), port);
    caller.send(ByteBuffer.wrap(rr), port);
    await().atMost(WAIT).until(() -> mq.size() == 2);
    List<PacketKind> kinds = new ArrayList<>();
    while (mq.peek()) {
      kinds.add(mq.kind());
      mq.release();
    }
    assertThat(kinds).containsExactly(PacketKind.RTP, PacketKind.RTCP);
    // our RTCP goes back on the same port
    assertThat(mux.sendRtcp(rr, 0, rr.length)).isTrue();
    ByteBuffer got = ByteBuffer.allocate(100);
    caller.receive(got);
    assertThat(got.get(1)).isEqualTo((byte) 201);
  }

  @Test
  void aFullQueueDropsAndCounts() throws Exception {
    InboundQueue q = new InboundQueue(4, 1500);
    UdpTransport t = open(q, false, RemotePolicy.LATCH, null);
    DatagramChannel caller = peer();
    InetSocketAddress target = new InetSocketAddress(LOOPBACK, t.localRtp().getPort());
    for (int i = 0; i < 10; i++) {
      caller.send(rtp(0, i), target);
    }
    await().atMost(WAIT).until(() -> t.stats().datagramsIn() + t.stats().queueDrops() == 10);
    assertThat(t.stats().datagramsIn()).isEqualTo(4);
    assertThat(drainSequences(q)).containsExactly(0, 1, 2, 3);
  }

  @Test
  void candidatesCarryTheAdvertisedAddressAndTheBoundPort() throws Exception {
    boolean[] pts = new boolean[128];
    pts[0] = true;
    InetAddress publicAddress = InetAddress.getByName("192.0.2.10"); // TEST-NET-1
    UdpTransport t =
        UdpTransport.open(
            loop,
            ports,
            new InboundQueue(4, 1500),
            new UdpTransport.Options(LOOPBACK, publicAddress, false, RemotePolicy.LATCH, pts, -1),
            null,
            null);
    transports.add(t);
    assertThat(t.localRtp().getAddress()).isEqualTo(publicAddress);
    assertThat(t.localRtcp().getPort()).isEqualTo(t.localRtp().getPort() + 1);
    // the socket itself is bound on loopback: a datagram to loopback:port arrives
    DatagramChannel caller = peer();
    caller.send(rtp(0, 1), new InetSocketAddress(LOOPBACK, t.localRtp().getPort()));
    await().atMost(WAIT).until(() -> t.stats().datagramsIn() == 1);
  }

  @Test
  void closingFreesThePortsAtOnceWhenTheFutureCompletes() throws Exception {
    InboundQueue q = new InboundQueue(4, 1500);
    UdpTransport t = open(q, false, RemotePolicy.LATCH, null);
    int port = t.localRtp().getPort();
    await().atMost(WAIT).until(() -> true); // registered asynchronously; closing must cope
    t.close().get(5, TimeUnit.SECONDS);
    transports.remove(t);
    assertThat(ports.inUse()).isZero();
    try (DatagramChannel a = DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, port));
        DatagramChannel b =
            DatagramChannel.open().bind(new InetSocketAddress(LOOPBACK, port + 1))) {
      assertThat(a.isOpen() && b.isOpen()).isTrue();
    }
    assertThat(t.sendRtp(new byte[12], 0, 12)).isFalse();
  }
}
