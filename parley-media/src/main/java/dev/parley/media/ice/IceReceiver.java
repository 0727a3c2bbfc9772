/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.stats.Counter;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.PacketKind;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads an ICE leg's socket and demultiplexes each datagram (RFC 7983 § 7) on the I/O thread: what
 * the TURN server sent first goes through the {@link TurnRelay} (control traffic is the TURN
 * client's, a peer's data is unframed in place and goes on with the peer as its source); then, by
 * {@link DatagramKind}, STUN goes to the ICE agents, DTLS to the {@link DtlsRoute}, and RTP and
 * RTCP from the selected pair into the leg's {@link InboundQueue}. Everything else is refused.
 *
 * <p>Each datagram is read straight into the queue's next free slot (or, when the queue is full,
 * into the loop's scratch buffer, to be counted and dropped: {@link IoLoop#receiveInto}), so media
 * costs one byte comparison, one volatile read and one address comparison, and allocates nothing
 * (the JDK reuses the source address object while the source does not change). The counters are the
 * I/O thread's.
 */
final class IceReceiver implements IoLoop.Handler, IoLoop.DatagramHandler {
  /** Where STUN for ICE goes: the leg's agents ({@link IceGenerations#deliverStun}). */
  interface StunSink {
    void deliverStun(byte[] data, int n, InetSocketAddress source, boolean relayed);
  }

  private final DatagramChannel channel;
  private final InboundQueue queue;
  private final IoLoop loop;
  private final @Nullable TurnRelay relay;
  private final StunSink stun;
  private final DtlsRoute dtls;
  private final Supplier<@Nullable Route> selected;

  private final Counter datagrams = new Counter();
  private final Counter bytes = new Counter();
  private final Counter queueDrops = new Counter();
  private final Counter rejected = new Counter();
  private final Counter errors = new Counter();
  private final Counter stunIn = new Counter();
  private final Counter dtlsIn = new Counter();

  /**
   * @param loop the I/O loop the channel is registered on (frames from a TURN connection arrive on
   *     its thread)
   * @param relay the leg's TURN relay, or null
   * @param selected the selected pair's route, or null (then no media is accepted)
   */
  IceReceiver(
      DatagramChannel channel,
      InboundQueue queue,
      IoLoop loop,
      @Nullable TurnRelay relay,
      StunSink stun,
      DtlsRoute dtls,
      Supplier<@Nullable Route> selected) {
    this.channel = channel;
    this.queue = queue;
    this.loop = loop;
    this.relay = relay;
    this.stun = stun;
    this.dtls = dtls;
    this.selected = selected;
  }

  /** Reads and demultiplexes what waits on the socket, up to 64 datagrams (I/O thread). */
  @Override
  public void onReadable(IoLoop io) {
    io.receiveInto(channel, queue, errors, this);
  }

  /** A datagram read from the socket (I/O thread). */
  @Override
  public void onDatagram(ByteBuffer buf, InetSocketAddress source, boolean full) {
    demultiplex(buf, source, full, false, loop);
  }

  /**
   * A frame the TURN server sent over the leg's TCP or TLS connection (I/O thread): copied into the
   * leg's queue, then demultiplexed as a datagram from the server.
   */
  void onRelayFrame(byte[] d, int n) {
    TurnRelay t = relay;
    ByteBuffer buf = queue.claim();
    boolean full = buf == null;
    if (buf == null) {
      buf = loop.scratch();
    }
    if (t == null || n > buf.remaining()) {
      rejected.increment();
      return;
    }
    buf.put(d, 0, n);
    demultiplex(buf, t.client().server(), full, true, loop);
  }

  /**
   * Demultiplexes one datagram in {@code buf} (from its start to its position): TURN first, then by
   * its first byte ({@code full}: {@code buf} is scratch, the queue had no room).
   */
  private void demultiplex(
      ByteBuffer buf, InetSocketAddress from, boolean full, boolean viaStream, IoLoop io) {
    InetSocketAddress source = from;
    int n = buf.position();
    if (n < 1) {
      rejected.increment();
      return;
    }
    byte[] data = buf.array();
    boolean relayed = false;
    TurnRelay t = relay;
    int inner = t == null ? TurnRelay.DIRECT : t.receive(data, n, source, viaStream);
    InetSocketAddress peer = t == null ? null : t.peer();
    if (inner == TurnRelay.CONTROL) {
      stunIn.increment(); // an answer to the TURN client
      return;
    } else if (inner >= 1 && peer != null) {
      n = inner;
      buf.position(n);
      source = peer;
      relayed = true;
    } else if (inner != TurnRelay.DIRECT) {
      rejected.increment(); // another channel's, truncated or empty
      return;
    }
    switch (DatagramKind.classify(data[0])) {
      case STUN -> {
        stunIn.increment();
        stun.deliverStun(data, n, source, relayed);
      }
      case DTLS -> {
        dtlsIn.increment();
        if (!dtls.receive(data, n, source, relayed)) {
          rejected.increment();
        }
      }
      case RTP -> media(data, n, source, full, io);
      default -> rejected.increment(); // ZRTP, ChannelData not from our server, unknown
    }
  }

  /** RTP or RTCP: queued if it came from the selected pair. */
  private void media(byte[] data, int n, InetSocketAddress source, boolean full, IoLoop io) {
    Route pair = selected.get();
    if (pair == null || !source.equals(pair.remote())) {
      rejected.increment();
    } else if (full) {
      queueDrops.increment();
    } else {
      datagrams.increment();
      bytes.add(n);
      queue.publish(n >= 2 ? PacketKind.classify(data[1]) : PacketKind.RTP, io.clock().nanoTime());
    }
  }

  /** Media datagrams queued. */
  long datagrams() {
    return datagrams.get();
  }

  /** Their bytes. */
  long bytes() {
    return bytes.get();
  }

  /** Media datagrams from the selected pair dropped because the queue was full. */
  long queueDrops() {
    return queueDrops.get();
  }

  /** Datagrams refused: not from the selected pair, of no kind we take, unusable TURN data. */
  long rejected() {
    return rejected.get();
  }

  /** Receive errors the socket reported (ICMP errors among them). */
  long errors() {
    return errors.get();
  }

  /** STUN (ICE's and the TURN client's) and DTLS datagrams received. */
  long controlDatagrams() {
    return stunIn.get() + dtlsIn.get();
  }
}
