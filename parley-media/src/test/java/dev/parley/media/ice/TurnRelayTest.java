/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.TurnServer;
import dev.parley.media.clock.MediaClock;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.transport.IoLoop;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leg's relay over UDP against a scripted server: what it receives from the server is control, a
 * peer's data or dropped, other sources are the leg's own; media to a bound channel is ChannelData
 * from the relay's own buffer, with no allocation per packet (the property docs/PERFORMANCE.md's
 * "TURN relaying" measures).
 */
class TurnRelayTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.10", 3478);
  private static final InetSocketAddress RELAYED = new InetSocketAddress("192.0.2.10", 50000);
  private static final InetSocketAddress MAPPED = new InetSocketAddress("198.51.100.7", 40000);
  private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 6000);
  private static final byte[] KEY = StunCodec.longTermKey("alice", "parley.test", "secret");

  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
  private final IoLoop loop = new IoLoop(NamedThreads.daemon("io-test"), MediaClock.system());
  private final BlockingQueue<byte[]> control = new LinkedBlockingQueue<>();
  private final AtomicLong media = new AtomicLong();
  private final AtomicLong elsewhere = new AtomicLong();
  private final byte[] lastMedia = new byte[2048];
  private final CountDownLatch settled = new CountDownLatch(1);
  private final RelayStats stats = new RelayStats();
  private final TurnRelay relay =
      new TurnRelay(
          (datagram, to) -> {
            if (!to.equals(SERVER)) {
              elsewhere.incrementAndGet();
            }
            if (ChannelData.is(datagram.get(datagram.position()))) {
              int n = datagram.remaining();
              datagram.get(lastMedia, 0, n); // no allocation for media
              media.incrementAndGet();
            } else {
              byte[] d = new byte[datagram.remaining()];
              datagram.get(d);
              control.add(d);
            }
            return true;
          },
          List.of(new TurnServer(SERVER, new TurnServer.Static("alice", "secret"))),
          timer,
          new SecureRandom(),
          stats,
          loop,
          NamedThreads.daemon("turn-stream-test"),
          (d, n) -> {},
          settled::countDown);

  TurnRelayTest() throws Exception {}

  @AfterEach
  void stop() {
    timer.shutdownNow();
    loop.close();
  }

  private StunCodec.Message next(int method) throws InterruptedException {
    while (true) {
      byte[] d = control.poll(5, TimeUnit.SECONDS);
      assertThat(d).as("the relay sent a request").isNotNull();
      StunCodec.Message m = StunCodec.Message.parse(d, d.length);
      assertThat(m).isNotNull();
      if (m.method() == method) {
        return m;
      }
    }
  }

  private void answer(StunCodec.Message request, StunCodec.Writer w) {
    byte[] d = w.toBytes();
    assertThat(relay.receive(d, d.length, SERVER, false)).isEqualTo(TurnRelay.CONTROL);
  }

  private static StunCodec.Writer success(StunCodec.Message request) {
    return new StunCodec.Writer(request.method(), StunCodec.SUCCESS, request.transactionId());
  }

  /** Allocated, then a channel bound to the selected peer. */
  private void boundToPeer() throws Exception {
    relay.start();
    StunCodec.Message first = next(StunCodec.ALLOCATE);
    byte[] ec = {0, 0, 4, 1};
    answer(
        first,
        new StunCodec.Writer(StunCodec.ALLOCATE, StunCodec.ERROR, first.transactionId())
            .attribute(StunCodec.ERROR_CODE, ec)
            .text(StunCodec.REALM, "parley.test")
            .text(StunCodec.NONCE, "n1"));
    StunCodec.Message second;
    do { // skipping retransmissions of the first, sent before the 401 arrived
      second = next(StunCodec.ALLOCATE);
    } while (second.find(StunCodec.MESSAGE_INTEGRITY) < 0);
    answer(
        second,
        success(second)
            .address(StunCodec.XOR_RELAYED_ADDRESS, RELAYED)
            .address(StunCodec.XOR_MAPPED_ADDRESS, MAPPED)
            .u32(StunCodec.LIFETIME, 600)
            .integrity(KEY));
    assertThat(settled.await(5, TimeUnit.SECONDS)).isTrue();
    assertThat(stats.activeAllocations()).isEqualTo(1);
    relay.selected(PEER, 0);
    StunCodec.Message bind = next(StunCodec.CHANNEL_BIND);
    answer(bind, success(bind).integrity(KEY));
    await().atMost(Duration.ofSeconds(5)).until(() -> relay.client().channelFor(PEER) != null);
    assertThat(stats.relayedSelections()).isEqualTo(1);
  }

  @Test
  void whatComesFromTheServerIsControlOrAPeersDataAndTheRestIsTheLegsOwn() throws Exception {
    boundToPeer();
    byte[] fromPeer = {0x40, 0, 0, 3, (byte) 0x80, 7, 7, 0};
    assertThat(relay.receive(fromPeer, 8, SERVER, false)).isEqualTo(3);
    assertThat(relay.peer()).isEqualTo(PEER);
    byte[] otherChannel = {0x41, 0, 0, 1, 1};
    assertThat(relay.receive(otherChannel, 5, SERVER, false)).isEqualTo(TurnRelay.DROPPED);
    byte[] rtp = {(byte) 0x80, 0, 0, 1};
    assertThat(relay.receive(rtp, 4, PEER, false))
        .as("not from the server")
        .isEqualTo(TurnRelay.DIRECT);
    assertThat(relay.receive(rtp.clone(), 4, SERVER, true))
        .as("a frame from a connection this UDP relay does not have")
        .isEqualTo(TurnRelay.DROPPED);
  }

  @Test
  void mediaToTheBoundChannelIsChannelDataWithoutAllocation() throws Exception {
    boundToPeer();
    byte[] rtp = new byte[172];
    rtp[0] = (byte) 0x80;
    rtp[171] = 42;
    assertThat(relay.sendMedia(rtp, 0, rtp.length, PEER)).isTrue();
    assertThat(Arrays.copyOf(lastMedia, 6)).containsExactly(0x40, 0, 0, 172, 0x80, 0);
    assertThat(lastMedia[175]).isEqualTo((byte) 42);

    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (int i = 0; i < 20_000; i++) { // warm-up: let the JIT compile the path
      relay.sendMedia(rtp, 0, rtp.length, PEER);
    }
    long before = threads.getThreadAllocatedBytes(id);
    for (int i = 0; i < 20_000; i++) {
      relay.sendMedia(rtp, 0, rtp.length, PEER);
    }
    long allocated = threads.getThreadAllocatedBytes(id) - before;
    // an allocation per packet would be at least 16 bytes each: 320,000 bytes
    assertThat(allocated).as("bytes allocated by 20,000 relayed sends").isLessThan(20_000);
    assertThat(media.get()).isEqualTo(40_001);
    assertThat(elsewhere.get()).as("sent anywhere but the server").isZero();
  }
}
