/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import dev.parley.media.stats.Counter;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.ToLongFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RTP and RTCP over plain UDP (XEP-0177 raw UDP), with the remote address from signalling and/or
 * symmetric RTP ({@link RemotePolicy}). Bound to a configured address and a port pair from the
 * {@link PortAllocator}; advertises a possibly different address (a public address in front of a
 * NAT, a container's host address).
 */
public final class UdpTransport implements MediaTransport {
  private static final Logger LOG = LoggerFactory.getLogger(UdpTransport.class);

  /** DSCP EF (46), the per-hop behaviour for voice (RFC 4594), in the IP TOS byte. */
  public static final int DSCP_EF = 46 << 2;

  /**
   * How a transport binds and whom it talks to.
   *
   * @param bind the local address to bind
   * @param advertised the address to put in candidates
   * @param rtcpMux one port for RTP and RTCP (RFC 5761)
   * @param policy symmetric-RTP latching or signalled only
   * @param acceptedPayloadTypes the RTP payload types that count as valid for latching
   * @param tos the IP TOS byte (DSCP EF by default), or −1 to leave the system default
   */
  public record Options(
      InetAddress bind,
      InetAddress advertised,
      boolean rtcpMux,
      RemotePolicy policy,
      boolean[] acceptedPayloadTypes,
      int tos) {
    public Options {
      if (acceptedPayloadTypes.length != 128) {
        throw new IllegalArgumentException("acceptedPayloadTypes must have 128 entries");
      }
      acceptedPayloadTypes = acceptedPayloadTypes.clone();
    }
  }

  private final IoLoop loop;
  private final PortAllocator ports;
  private final InboundQueue queue;
  private final Options options;
  private final int port;
  private final Endpoint rtp;
  private final @Nullable Endpoint rtcp;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile @Nullable InetSocketAddress signalledRtcp;

  private final Counter datagramsIn = new Counter();
  private final Counter bytesIn = new Counter();
  private final Counter queueDrops = new Counter();
  private final Counter rejected = new Counter();
  private final Counter receiveErrors = new Counter();

  private UdpTransport(
      IoLoop loop,
      PortAllocator ports,
      InboundQueue queue,
      Options options,
      PortAllocator.Bound bound) {
    this.loop = loop;
    this.ports = ports;
    this.queue = queue;
    this.options = options;
    this.port = bound.port();
    this.rtp = new Endpoint(bound.rtp(), options.rtcpMux() ? null : PacketKind.RTP);
    DatagramChannel rtcpChannel = bound.rtcp();
    this.rtcp = rtcpChannel == null ? null : new Endpoint(rtcpChannel, PacketKind.RTCP);
  }

  /**
   * Binds a port pair and starts receiving into {@code queue} on {@code loop}.
   *
   * @param remoteRtp the signalled RTP candidate, if any
   * @param remoteRtcp the signalled RTCP candidate, if any (default: RTP port + 1, or the same with
   *     rtcp-mux)
   */
  public static UdpTransport open(
      IoLoop loop,
      PortAllocator ports,
      InboundQueue queue,
      Options options,
      @Nullable InetSocketAddress remoteRtp,
      @Nullable InetSocketAddress remoteRtcp)
      throws IOException {
    PortAllocator.Bound bound = ports.bind(options.bind(), options.rtcpMux());
    UdpTransport t = new UdpTransport(loop, ports, queue, options, bound);
    try {
      t.configure(t.rtp.channel);
      if (t.rtcp != null) {
        t.configure(t.rtcp.channel);
      }
    } catch (IOException e) {
      t.close();
      throw e;
    }
    // not shared with any thread yet: set the signalled addresses directly, so the first tick can
    // send (a task on a busy I/O thread could run after it)
    t.signalledRtcp = remoteRtcp;
    t.rtp.remote = remoteRtp;
    if (t.rtcp != null) {
      t.rtcp.remote = remoteRtcp != null ? remoteRtcp : nextPort(remoteRtp);
    }
    loop.execute(t::register);
    return t;
  }

  private void configure(DatagramChannel ch) throws IOException {
    if (options.tos() >= 0) {
      try {
        ch.setOption(StandardSocketOptions.IP_TOS, options.tos());
      } catch (UnsupportedOperationException e) {
        LOG.debug("IP_TOS not supported here", e);
      }
    }
  }

  private void register() {
    if (closing.get()) {
      return;
    }
    try {
      rtp.key = loop.register(rtp.channel, rtp);
      if (rtcp != null) {
        rtcp.key = loop.register(rtcp.channel, rtcp);
      }
    } catch (ClosedChannelException e) {
      // closed before it registered
    } catch (IOException e) {
      LOG.warn("registering a media socket failed", e);
    }
  }

  @Override
  public InetSocketAddress localRtp() {
    return new InetSocketAddress(options.advertised(), port);
  }

  @Override
  public InetSocketAddress localRtcp() {
    return new InetSocketAddress(options.advertised(), rtcp == null ? port : port + 1);
  }

  @Override
  public boolean rtcpMux() {
    return rtcp == null;
  }

  @Override
  public boolean sendRtp(byte[] buf, int off, int len) {
    return rtp.send(buf, off, len);
  }

  @Override
  public boolean sendRtcp(byte[] buf, int off, int len) {
    return (rtcp == null ? rtp : rtcp).send(buf, off, len);
  }

  @Override
  public void setRemote(
      @Nullable InetSocketAddress rtpAddress, @Nullable InetSocketAddress rtcpAddress) {
    signalledRtcp = rtcpAddress;
    loop.execute(
        () -> {
          rtp.retarget(rtpAddress);
          if (rtcp != null) {
            rtcp.retarget(rtcpAddress != null ? rtcpAddress : nextPort(rtpAddress));
          }
        });
  }

  private static @Nullable InetSocketAddress nextPort(@Nullable InetSocketAddress a) {
    return a == null ? null : new InetSocketAddress(a.getAddress(), a.getPort() + 1);
  }

  @Override
  public @Nullable InetSocketAddress remoteRtp() {
    return rtp.remote;
  }

  @Override
  public TransportStats stats() {
    return new TransportStats(
        datagramsIn.get(),
        bytesIn.get(),
        queueDrops.get(),
        rejected.get(),
        sent(DatagramSender::datagrams),
        sent(DatagramSender::bytes),
        sent(DatagramSender::drops),
        receiveErrors.get() + sent(DatagramSender::errors));
  }

  /** A sending counter over both sockets. */
  private long sent(ToLongFunction<DatagramSender> counter) {
    return counter.applyAsLong(rtp.sender) + (rtcp == null ? 0 : counter.applyAsLong(rtcp.sender));
  }

  @Override
  public CompletableFuture<Void> close() {
    if (closing.compareAndSet(false, true)) {
      loop.execute(this::closeNow);
    }
    return closed;
  }

  private void closeNow() {
    try {
      rtp.close();
      if (rtcp != null) {
        rtcp.close();
      }
      loop.flushCancelled(); // the selector lets go of the channels: their ports are free now
    } finally {
      ports.release(port, rtcp == null);
      closed.complete(null);
    }
  }

  /** One socket: RTP, RTCP, or both multiplexed ({@code fixedKind} null). */
  final class Endpoint implements IoLoop.Handler, IoLoop.DatagramHandler {
    final DatagramChannel channel;
    final @Nullable PacketKind fixedKind;
    volatile @Nullable InetSocketAddress remote;
    @Nullable SelectionKey key;
    private boolean latched; // I/O thread only
    final DatagramSender sender;

    Endpoint(DatagramChannel channel, @Nullable PacketKind fixedKind) {
      this.channel = channel;
      this.fixedKind = fixedKind;
      this.sender = new DatagramSender(channel);
    }

    /** Reads the datagrams waiting on the socket into the queue (I/O thread). */
    @Override
    public void onReadable(IoLoop io) {
      io.receiveInto(channel, queue, receiveErrors, this);
    }

    /** A datagram read from the socket: queued if the remote policy accepts it (I/O thread). */
    @Override
    public void onDatagram(ByteBuffer buf, InetSocketAddress source, boolean full) {
      PacketKind kind =
          fixedKind != null
              ? fixedKind
              : buf.position() >= 2 ? PacketKind.classify(buf.get(1)) : PacketKind.RTP;
      if (!accept(source, kind, buf)) {
        rejected.increment();
      } else if (full) {
        queueDrops.increment();
      } else {
        datagramsIn.increment();
        bytesIn.add(buf.position());
        queue.publish(kind, loop.clock().nanoTime());
      }
    }

    /**
     * The remote policy for a datagram from {@code source}. The socket is never connected: the
     * JDK's {@code connect} discards datagrams already queued (those right behind the latching
     * one), so the filter is here instead of in the kernel.
     */
    private boolean accept(InetSocketAddress source, PacketKind kind, ByteBuffer buf) {
      InetSocketAddress r = remote;
      if (options.policy() == RemotePolicy.ASYMMETRIC && r != null && !latched) {
        return source.getAddress().equals(r.getAddress());
      }
      if (latched || options.policy() == RemotePolicy.SIGNALLED) {
        return source.equals(r);
      }
      if (!valid(kind, buf)) {
        return false;
      }
      latch(source);
      return true;
    }

    private boolean valid(PacketKind kind, ByteBuffer buf) {
      int n = buf.position();
      if (n < 8 || (buf.get(0) & 0xC0) != 0x80) {
        return false;
      }
      int b1 = buf.get(1) & 0xFF;
      if (kind == PacketKind.RTCP) {
        return b1 >= 200 && b1 <= 204;
      }
      return n >= 12 && options.acceptedPayloadTypes()[b1 & 0x7F];
    }

    private void latch(InetSocketAddress source) {
      remote = source;
      latched = true;
      if (this == rtp && rtcp != null && !rtcp.latched && signalledRtcp == null) {
        rtcp.remote = nextPort(source);
      }
    }

    /** Points the socket at a signalled address; undoes a previous latch (I/O thread). */
    void retarget(@Nullable InetSocketAddress address) {
      latched = false;
      remote = address;
    }

    /** Sends one datagram without blocking (tick thread); none while the remote is unknown. */
    boolean send(byte[] b, int off, int len) {
      InetSocketAddress r = remote;
      if (r == null) {
        sender.dropped();
        return false;
      }
      return sender.sendMedia(b, off, len, r);
    }

    void close() {
      IoLoop.unregisterAndClose(key, channel);
    }
  }
}
