/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.TurnServer;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The TURN client against a scripted server: the long-term credential dance (401, then 438), the
 * allocation's outcome, ChannelData and Data indication framing, and the release.
 */
class TurnClientTest {
  private static final InetSocketAddress SERVER = new InetSocketAddress("192.0.2.10", 3478);
  private static final InetSocketAddress RELAYED = new InetSocketAddress("192.0.2.10", 50000);
  private static final InetSocketAddress MAPPED = new InetSocketAddress("198.51.100.7", 40000);
  private static final InetSocketAddress PEER = new InetSocketAddress("203.0.113.5", 6000);
  private static final byte[] KEY = StunCodec.longTermKey("alice", "parley.test", "secret");

  private final ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1);
  private final BlockingQueue<byte[]> sent = new LinkedBlockingQueue<>();
  private final CompletableFuture<InetSocketAddress> allocated = new CompletableFuture<>();
  private final CompletableFuture<String> failed = new CompletableFuture<>();
  private final CompletableFuture<Runnable> linkLost = new CompletableFuture<>();
  private final java.util.concurrent.atomic.AtomicInteger linksClosed =
      new java.util.concurrent.atomic.AtomicInteger();
  private final java.util.concurrent.atomic.AtomicInteger failures =
      new java.util.concurrent.atomic.AtomicInteger();

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  private TurnClient client(String password) {
    return new TurnClient(
        (server, lost) -> {
          assertThat(server.address()).isEqualTo(SERVER);
          TurnLink link =
              new TurnLink() {
                @Override
                public boolean send(byte[] b, int off, int len) {
                  sent.add(Arrays.copyOfRange(b, off, off + len));
                  return true;
                }

                @Override
                public boolean reliable() {
                  return false;
                }

                @Override
                public void close() {
                  linksClosed.incrementAndGet();
                }
              };
          linkLost.complete(() -> lost.accept(link));
          return link;
        },
        List.of(new TurnServer(SERVER, new TurnServer.Static("alice", password))),
        timer,
        new SecureRandom(),
        new TurnClient.Listener() {
          @Override
          public void onAllocated(InetSocketAddress relayed, InetSocketAddress mapped) {
            allocated.complete(relayed);
          }

          @Override
          public void onFailed(String reason) {
            failures.incrementAndGet();
            failed.complete(reason);
          }
        });
  }

  private StunCodec.Message next() throws InterruptedException {
    byte[] d = sent.poll(5, TimeUnit.SECONDS);
    assertThat(d).as("the client sent something").isNotNull();
    StunCodec.Message m = StunCodec.Message.parse(d, d.length);
    assertThat(m).isNotNull();
    return m;
  }

  /** The next message of this method, skipping others (retransmissions, permissions). */
  private StunCodec.Message next(int method) throws InterruptedException {
    StunCodec.Message m;
    do {
      m = next();
    } while (m.method() != method);
    return m;
  }

  private static StunCodec.Writer answer(StunCodec.Message request, int cls) {
    return new StunCodec.Writer(request.method(), cls, request.transactionId());
  }

  private static byte[] error(StunCodec.Message request, int code, String nonce) {
    byte[] ec = {0, 0, (byte) (code / 100), (byte) (code % 100)};
    return answer(request, StunCodec.ERROR)
        .attribute(StunCodec.ERROR_CODE, ec)
        .text(StunCodec.REALM, "parley.test")
        .text(StunCodec.NONCE, nonce)
        .toBytes();
  }

  private static void deliver(TurnClient c, byte[] d) {
    assertThat(c.unwrap(d, d.length)).isEqualTo(TurnClient.CONSUMED);
  }

  /** 401 with the realm and nonce, then an authenticated Allocate, which succeeds. */
  private TurnClient allocate() throws Exception {
    TurnClient c = client("secret");
    c.start();
    StunCodec.Message first = next();
    assertThat(first.method()).isEqualTo(StunCodec.ALLOCATE);
    assertThat(first.find(StunCodec.MESSAGE_INTEGRITY)).isNegative();
    deliver(c, error(first, 401, "n1"));
    StunCodec.Message second = next();
    assertThat(second.text(StunCodec.USERNAME)).isEqualTo("alice");
    assertThat(second.text(StunCodec.NONCE)).isEqualTo("n1");
    assertThat(second.integrityMatches(KEY)).isTrue();
    assertThat(second.fingerprintMatches()).isTrue();
    deliver(
        c,
        answer(second, StunCodec.SUCCESS)
            .address(StunCodec.XOR_RELAYED_ADDRESS, RELAYED)
            .address(StunCodec.XOR_MAPPED_ADDRESS, MAPPED)
            .u32(StunCodec.LIFETIME, 600)
            .integrity(KEY)
            .toBytes());
    assertThat(allocated.get(5, TimeUnit.SECONDS)).isEqualTo(RELAYED);
    assertThat(c.mapped()).isEqualTo(MAPPED);
    return c;
  }

  @Test
  void allocatesWithLongTermCredentialsAfterThe401() throws Exception {
    TurnClient c = allocate();
    assertThat(c.relayed()).isEqualTo(RELAYED);
    assertThat(c.settled()).isTrue();
  }

  @Test
  void overAStreamARequestWaitsOnceAsLongAsTheRetransmissionsOverUdpWould() {
    // RFC 8489 § 6.2.1: Rc = 7 sends from an RTO of 500 ms, the last wait 16 RTO: Ti = 39.5 s
    assertThat(TurnTransactions.patienceMillis(7)).isEqualTo(39_500);
    assertThat(TurnTransactions.patienceMillis(3)).as("a release").isEqualTo(3_500);
    assertThat(TurnTransactions.patienceMillis(1)).isEqualTo(500);
  }

  @Test
  void aNonAsciiPasswordIsKeyedInItsOpaqueStringForm() throws Exception {
    TurnClient c = client("p\u0061\u0308sswort"); // decomposed: NFC is "p\u00E4sswort"
    c.start();
    deliver(c, error(next(), 401, "n1"));
    StunCodec.Message authenticated;
    do {
      authenticated = next(StunCodec.ALLOCATE);
    } while (authenticated.find(StunCodec.MESSAGE_INTEGRITY) < 0);
    assertThat(
            authenticated.integrityMatches(
                StunCodec.longTermKey("alice", "parley.test", "p\u00E4sswort")))
        .isTrue();
  }

  @Test
  void aPasswordOpaqueStringRefusesFailsTheAllocationWithoutSendingIt() throws Exception {
    TurnClient c = client("soft\u00ADhyphen");
    c.start();
    deliver(c, error(next(), 401, "n1"));
    assertThat(failed.get(5, TimeUnit.SECONDS))
        .contains("not valid text")
        .contains("U+00AD")
        .doesNotContain("hyphen");
  }

  @Test
  void aLostConnectionFailsTheAllocationOnceAndDropsItsTransactions() throws Exception {
    TurnClient c = client("secret");
    c.start();
    StunCodec.Message allocate = next(StunCodec.ALLOCATE);
    linkLost.get(5, TimeUnit.SECONDS).run(); // the connection to the only server breaks
    assertThat(failed.get(5, TimeUnit.SECONDS)).contains("connection");
    // the Allocate is no longer a transaction: its answer is not the client's, its timeout void
    byte[] late = error(allocate, 401, "n1");
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> c.unwrap(late.clone(), late.length) == TurnClient.NOT_TURN);
    assertThat(failures).hasValue(1);
    assertThat(c.settled()).isTrue();
  }

  @Test
  void refusedCredentialsFailTheAllocation() throws Exception {
    TurnClient c = client("wrong");
    c.start();
    deliver(c, error(next(), 401, "n1"));
    deliver(c, error(next(), 401, "n2"));
    assertThat(failed.get(5, TimeUnit.SECONDS)).contains("401");
    assertThat(c.settled()).isTrue();
    assertThat(c.relayed()).isNull();
    assertThat(linksClosed).as("the link to the last server, closed").hasValue(1);
  }

  @Test
  void aStaleNonceIsRetriedWithTheNewOne() throws Exception {
    TurnClient c = allocate();
    c.permit(PEER.getAddress());
    StunCodec.Message permission = next();
    assertThat(permission.method()).isEqualTo(StunCodec.CREATE_PERMISSION);
    assertThat(permission.address(StunCodec.XOR_PEER_ADDRESS).getAddress())
        .isEqualTo(PEER.getAddress());
    deliver(c, error(permission, 438, "n2"));
    StunCodec.Message retried = next();
    assertThat(retried.method()).isEqualTo(StunCodec.CREATE_PERMISSION);
    assertThat(retried.text(StunCodec.NONCE)).isEqualTo("n2");
    assertThat(retried.integrityMatches(KEY)).isTrue();
  }

  @Test
  void dataGoesInSendIndicationsUntilTheChannelIsBoundThenInChannelData() throws Exception {
    TurnClient c = allocate();
    byte[] rtp = {(byte) 0x80, 0, 1, 2, 3};
    assertThat(c.sendToPeer(rtp, 0, rtp.length, PEER)).isTrue();
    StunCodec.Message send = next(StunCodec.SEND);
    assertThat(send.cls()).isEqualTo(StunCodec.INDICATION);
    assertThat(send.address(StunCodec.XOR_PEER_ADDRESS)).isEqualTo(PEER);
    int at = send.find(StunCodec.DATA_ATTR);
    assertThat(Arrays.copyOfRange(send.data(), at, at + send.length(at))).isEqualTo(rtp);

    c.bind(PEER);
    StunCodec.Message bind = next(StunCodec.CHANNEL_BIND);
    assertThat(bind.u32(StunCodec.CHANNEL_NUMBER, 0)).isEqualTo(0x4000 << 16);
    deliver(c, answer(bind, StunCodec.SUCCESS).integrity(KEY).toBytes());
    await().atMost(Duration.ofSeconds(5)).until(() -> c.channelFor(PEER) != null);
    sent.clear();
    assertThat(c.sendToPeer(rtp, 0, rtp.length, PEER)).isTrue();
    byte[] frame;
    do { // skipping the permission's retransmissions (never answered here)
      frame = sent.poll(5, TimeUnit.SECONDS);
      assertThat(frame).isNotNull();
    } while (frame[0] != 0x40);
    assertThat(frame).containsExactly(0x40, 0, 0, 5, 0x80, 0, 1, 2, 3);

    // ChannelData from the server: the payload moves to the start, the peer is the channel's
    byte[] in = {0x40, 0, 0, 3, (byte) 0x80, 9, 9, 0};
    assertThat(c.unwrap(in, 7)).isEqualTo(3);
    assertThat(c.unwrappedFrom()).isEqualTo(PEER);
    assertThat(Arrays.copyOf(in, 3)).containsExactly(0x80, 9, 9);
    byte[] unknownChannel = {0x40, 1, 0, 1, 1};
    assertThat(c.unwrap(unknownChannel, 5)).isEqualTo(TurnClient.CONSUMED);
  }

  @Test
  void aDataIndicationUnwrapsToThePeersDatagram() throws Exception {
    TurnClient c = allocate();
    byte[] dtls = {22, (byte) 0xFE, (byte) 0xFD};
    byte[] d =
        new StunCodec.Writer(StunCodec.DATA, StunCodec.INDICATION, new byte[12])
            .address(StunCodec.XOR_PEER_ADDRESS, PEER)
            .attribute(StunCodec.DATA_ATTR, dtls)
            .toBytes();
    assertThat(c.unwrap(d, d.length)).isEqualTo(3);
    assertThat(c.unwrappedFrom()).isEqualTo(PEER);
    assertThat(Arrays.copyOf(d, 3)).isEqualTo(dtls);
    // a Binding response that is not ours is left to ICE
    byte[] binding =
        new StunCodec.Writer(StunCodec.BINDING, StunCodec.SUCCESS, new byte[12]).toBytes();
    assertThat(c.unwrap(binding, binding.length)).isEqualTo(TurnClient.NOT_TURN);
  }

  @Test
  void releaseRefreshesWithLifetimeZero() throws Exception {
    TurnClient c = allocate();
    CompletableFuture<Void> released = c.release();
    StunCodec.Message refresh = next();
    assertThat(refresh.method()).isEqualTo(StunCodec.REFRESH);
    assertThat(refresh.u32(StunCodec.LIFETIME, -1)).isZero();
    assertThat(refresh.integrityMatches(KEY)).isTrue();
    assertThat(released).isNotDone();
    deliver(c, answer(refresh, StunCodec.SUCCESS).integrity(KEY).toBytes());
    released.get(5, TimeUnit.SECONDS);
    assertThat(c.sendToPeer(new byte[1], 0, 1, PEER)).isFalse();
  }

  @Test
  void anAllocationGrantedAfterTheLegClosedIsReleasedAtOnce() throws Exception {
    TurnClient c = client("secret");
    c.start();
    deliver(c, error(next(), 401, "n1"));
    StunCodec.Message allocate = next();
    CompletableFuture<Void> released = c.release(); // the leg closes mid-allocation
    assertThat(released).isNotDone();
    deliver(
        c,
        answer(allocate, StunCodec.SUCCESS)
            .address(StunCodec.XOR_RELAYED_ADDRESS, RELAYED)
            .address(StunCodec.XOR_MAPPED_ADDRESS, MAPPED)
            .integrity(KEY)
            .toBytes());
    StunCodec.Message refresh = next(StunCodec.REFRESH);
    assertThat(refresh.u32(StunCodec.LIFETIME, -1)).isZero();
    deliver(c, answer(refresh, StunCodec.SUCCESS).integrity(KEY).toBytes());
    released.get(5, TimeUnit.SECONDS);
    assertThat(allocated)
        .as("nobody is told about an allocation made for a closed leg")
        .isNotDone();
  }
}
