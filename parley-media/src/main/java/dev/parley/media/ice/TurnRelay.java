/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.TurnServer;
import dev.parley.media.transport.IoLoop;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The TURN side of one ICE leg ({@link IceTransport}): its allocation ({@link TurnClient}) and the
 * decisions the leg's packets go through when the relay is involved.
 *
 * <ul>
 *   <li><b>Link</b>: each server is reached from the leg's own UDP socket, or over a TCP or TLS
 *       connection the relay opens for it ({@link TurnStream}) and closes with the allocation.
 *   <li><b>Receive</b> ({@link #receive}, I/O thread): a datagram from the TURN server, or a frame
 *       from its connection, is control traffic (handed to the TURN thread) or data a peer sent to
 *       our relayed address (unframed in place); any other datagram is the leg's own.
 *   <li><b>Send</b>: media of a relayed pair ({@link #sendMedia}, tick thread) is framed with the
 *       4-byte ChannelData header into a buffer of this relay, no allocation over UDP (over a
 *       stream, padded to 4 bytes and copied for the connection's writer); until the channel is
 *       bound, and for ICE checks and DTLS ({@link #sendToPeer}, other threads), a Send indication.
 *   <li><b>Lifecycle</b>: {@link #start} allocates; the allocation's outcome goes to the {@code
 *       settled} callback (the leg's agent adds the relayed candidate); {@link #selected} binds a
 *       channel to the selected peer; {@link #release} frees the allocation, and the leg's socket
 *       must stay open until the returned future completes (the Refresh goes out of it).
 * </ul>
 *
 * The counters of {@link RelayStats} (allocations held, failed, relayed selections) are kept here.
 */
final class TurnRelay {
  private static final Logger LOG = LoggerFactory.getLogger(TurnRelay.class);

  /** {@link #receive}: not from the TURN server, or STUN for ICE: the leg handles it as is. */
  static final int DIRECT = -1;

  /** {@link #receive}: TURN control traffic, now the TURN thread's. */
  static final int CONTROL = -2;

  /** {@link #receive}: from the server but unusable (another channel's, truncated, empty). */
  static final int DROPPED = -3;

  /** The leg's UDP socket: sends {@code datagram} (position to limit) to {@code to}. */
  interface Socket {
    boolean send(ByteBuffer datagram, InetSocketAddress to);
  }

  private final TurnClient client;
  private final Socket socket;
  private final RelayStats stats;
  private final ByteBuffer frame = ByteBuffer.allocate(ChannelData.HEADER + 1503); // tick thread
  private @Nullable InetSocketAddress peer; // I/O thread

  /**
   * @param socket sends a datagram from the leg's socket (any thread)
   * @param servers tried in order
   * @param turnThread the engine's single TURN thread
   * @param loop the leg's I/O thread, which takes what a TCP or TLS connection received
   * @param streamThreads makes a connection's reader and writer threads
   * @param sink takes a frame a connection received, on {@code loop}'s thread
   * @param settled called on the TURN thread once the allocation was granted or failed everywhere
   */
  TurnRelay(
      Socket socket,
      List<TurnServer> servers,
      ScheduledExecutorService turnThread,
      SecureRandom random,
      RelayStats stats,
      IoLoop loop,
      ThreadFactory streamThreads,
      TurnStream.Sink sink,
      Runnable settled) {
    this.socket = socket;
    this.stats = stats;
    this.client =
        new TurnClient(
            (server, lost) ->
                server.transport() == TurnServer.Transport.UDP
                    ? new UdpLink(socket, server.address())
                    : TurnStream.open(server, loop, streamThreads, sink, lost),
            servers,
            turnThread,
            random,
            new TurnClient.Listener() {
              @Override
              public void onAllocated(InetSocketAddress relayed, InetSocketAddress mapped) {
                stats.allocated();
                settled.run();
              }

              @Override
              public void onFailed(String reason) {
                stats.failed();
                settled.run();
              }
            });
  }

  /** Starts allocating; call once the leg's socket is read (answers come back on it). */
  void start() {
    client.start();
  }

  /** The allocation, for the leg's agents (its relayed candidate). */
  TurnClient client() {
    return client;
  }

  /**
   * A datagram the leg received in {@code d[0..n)} from {@code source}, or a frame from the
   * server's connection ({@code viaStream}) (I/O thread): {@link #DIRECT}, {@link #CONTROL}, {@link
   * #DROPPED}, or the length of a peer's data now in {@code d[0..]}, whose source is {@link
   * #peer()}.
   */
  int receive(byte[] d, int n, InetSocketAddress source, boolean viaStream) {
    boolean streamed = client.link().reliable();
    if (viaStream != streamed) {
      return viaStream ? DROPPED : DIRECT; // a previous server's connection; or not TURN at all
    }
    if (!viaStream && !source.equals(client.server())) {
      return DIRECT;
    }
    int inner = client.unwrap(d, n);
    InetSocketAddress from = client.unwrappedFrom();
    if (inner == TurnClient.CONSUMED) {
      return ChannelData.is(d[0]) ? DROPPED : CONTROL;
    } else if (inner >= 1 && from != null) {
      peer = from;
      return inner;
    } else if (inner == TurnClient.NOT_TURN) {
      return viaStream ? DROPPED : DIRECT;
    }
    return DROPPED;
  }

  /** The peer whose data {@link #receive} last returned (I/O thread). */
  @Nullable InetSocketAddress peer() {
    return peer;
  }

  /**
   * Media of a relayed pair (tick thread): ChannelData into this relay's frame buffer, no
   * allocation; a Send indication until the channel to {@code to} is bound (the first round trip
   * after selection).
   */
  boolean sendMedia(byte[] b, int off, int len, InetSocketAddress to) {
    TurnClient.Channel c = client.channelFor(to);
    if (c == null || len > frame.capacity() - ChannelData.HEADER - 3) {
      return client.sendToPeer(b, off, len, to);
    }
    TurnLink link = client.link();
    if (!link.reliable()) {
      return socket.send(ChannelData.frame(frame, c.number(), b, off, len), client.server());
    }
    ByteBuffer f = ChannelData.frame(frame, c.number(), b, off, len, true);
    return link.send(f.array(), 0, f.limit()); // the connection's writer gets a copy
  }

  /** ICE checks and DTLS to {@code to} through the relay (ICE's and the handshake's threads). */
  boolean sendToPeer(byte[] b, int off, int len, InetSocketAddress to) {
    return client.sendToPeer(b, off, len, to);
  }

  /** ICE generation {@code generation} selected a relayed pair to {@code to}: binds a channel. */
  void selected(InetSocketAddress to, int generation) {
    client.bind(to); // ChannelData from the next round trip on
    stats.relayedSelection();
    LOG.info(
        "ICE generation {} selected {} through the TURN relay {} (server {})",
        generation,
        to,
        client.relayed(),
        client.server());
  }

  /**
   * Frees the allocation (Refresh with LIFETIME 0); the future completes once it was answered or
   * given up, and the leg's socket must stay open until then.
   */
  CompletableFuture<Void> release() {
    boolean held = client.relayed() != null;
    return client
        .release()
        .whenComplete(
            (ok, failure) -> {
              if (held) {
                stats.released();
              }
            });
  }

  /** A server reached from the leg's own UDP socket. */
  private record UdpLink(Socket socket, InetSocketAddress server) implements TurnLink {
    @Override
    public boolean send(byte[] b, int off, int len) {
      return socket.send(ByteBuffer.wrap(b, off, len), server); // control traffic: rare
    }

    @Override
    public boolean reliable() {
      return false;
    }

    @Override
    public void close() {}
  }
}
