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
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A leg's TCP connection to a TURN server, against a plain server socket on loopback: frames are
 * cut by their headers (STUN by its length, ChannelData padded to 4 bytes) however the bytes
 * arrive, reach the sink on the I/O thread, go out in order; a server that closes is reported, and
 * closing ends both threads.
 */
class TurnStreamTest {
  private static final Duration WAIT = Duration.ofSeconds(10);

  private final IoLoop loop = new IoLoop(NamedThreads.daemon("io-test"), MediaClock.system());
  private final BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
  private final CompletableFuture<TurnLink> lost = new CompletableFuture<>();
  private final BlockingQueue<String> sinkThreads = new LinkedBlockingQueue<>();

  TurnStreamTest() throws Exception {}

  @AfterEach
  void stop() {
    loop.close();
  }

  private TurnStream open(ServerSocket server) {
    TurnServer s =
        new TurnServer(
            (InetSocketAddress) server.getLocalSocketAddress(),
            TurnServer.Transport.TCP,
            new TurnServer.Static("u", "p"),
            TurnServer.Tls.DEFAULT);
    return TurnStream.open(
        s,
        loop,
        NamedThreads.daemon("turn-stream-test"),
        (d, n) -> {
          frames.add(Arrays.copyOf(d, n));
          sinkThreads.add(Thread.currentThread().getName());
        },
        lost::complete);
  }

  @Test
  void framesAreCutByTheirHeadersAndSentInOrder() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      TurnStream stream = open(server);
      try (Socket peer = server.accept()) {
        byte[] stun =
            new StunCodec.Writer(StunCodec.ALLOCATE, StunCodec.SUCCESS, new byte[12])
                .u32(StunCodec.LIFETIME, 600)
                .toBytes(); // 20 + 8 bytes
        byte[] data = {(byte) 0x80, 1, 2, 3, 4};
        ByteBuffer cd =
            ChannelData.frame(ByteBuffer.allocate(16), 0x4001, data, 0, data.length, true);
        byte[] both = new byte[stun.length + cd.limit()];
        System.arraycopy(stun, 0, both, 0, stun.length);
        System.arraycopy(cd.array(), 0, both, stun.length, cd.limit());
        OutputStream out = peer.getOutputStream();
        out.write(both, 0, 3); // split mid-header: the reader waits for the rest
        out.flush();
        Thread.sleep(50);
        out.write(both, 3, both.length - 3);
        out.flush();

        assertThat(frames.poll(10, TimeUnit.SECONDS)).containsExactly(stun);
        assertThat(frames.poll(10, TimeUnit.SECONDS))
            .as("the ChannelData frame with its padding")
            .containsExactly(Arrays.copyOf(cd.array(), 12));
        assertThat(sinkThreads).allMatch(n -> n.startsWith("parley-media-io-test"));

        assertThat(stream.send(new byte[] {1, 2, 3, 4}, 0, 4)).isTrue();
        assertThat(stream.send(new byte[] {9, 5, 6, 7, 8}, 1, 4)).isTrue();
        byte[] got = new byte[8];
        new DataInputStream(peer.getInputStream()).readFully(got);
        assertThat(got).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(stream.reliable()).isTrue();

        stream.close();
        await().atMost(WAIT).until(stream::finished);
        assertThat(stream.send(new byte[4], 0, 4)).as("closed").isFalse();
        assertThat(lost).as("closing is not a loss").isNotDone();
        assertThat(peer.getInputStream().read()).as("the server sees the close").isEqualTo(-1);
      }
    }
  }

  @Test
  void aServerThatClosesIsReportedAndTheThreadsEnd() throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      TurnStream stream = open(server);
      server.accept().close();
      assertThat(lost.get(10, TimeUnit.SECONDS)).isSameAs(stream);
      await().atMost(WAIT).until(stream::finished);
    }
  }

  @Test
  void anUnreachableServerIsReported() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    TurnStream stream =
        TurnStream.open(
            new TurnServer(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), port),
                TurnServer.Transport.TCP,
                new TurnServer.Static("u", "p"),
                TurnServer.Tls.DEFAULT),
            loop,
            NamedThreads.daemon("turn-stream-test"),
            (d, n) -> {},
            lost::complete);
    assertThat(lost.get(10, TimeUnit.SECONDS)).isSameAs(stream);
    await().atMost(WAIT).until(stream::finished);
    assertThat(stream.send(new byte[4], 0, 4)).isFalse();
  }
}
