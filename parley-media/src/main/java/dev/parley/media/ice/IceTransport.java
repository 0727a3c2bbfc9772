/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.IcePolicy;
import dev.parley.media.TurnServer;
import dev.parley.media.dtls.DtlsHandshake;
import dev.parley.media.stats.Counter;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.MediaTransport;
import dev.parley.media.transport.PacketKind;
import dev.parley.media.transport.PortAllocator;
import dev.parley.media.transport.TransportStats;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A media leg over ICE-UDP (XEP-0176) on one socket shared by STUN, DTLS and SRTP (RFC 7983; see
 * the package documentation for why the socket is ours and not ice4j's). RTP and RTCP are always
 * multiplexed (RFC 5761). Media is accepted only from, and sent only to, the pair ICE selected;
 * before selection, and after consent is lost, nothing is sent.
 *
 * <p>Threads: the I/O thread reads and demultiplexes; the tick thread sends media; ice4j's and the
 * handshake's threads send STUN and DTLS (a {@code DatagramChannel} may be written concurrently).
 */
public final class IceTransport implements MediaTransport, IoLoop.Handler {
  private static final Logger LOG = LoggerFactory.getLogger(IceTransport.class);

  /**
   * How an ICE transport binds and gathers.
   *
   * @param bind the local address to bind
   * @param advertised the host candidate's address
   * @param publicAddress advertised as a server-reflexive candidate too (1:1 NAT), or null
   * @param stunServers STUN servers for server-reflexive candidates (trickled)
   * @param turnServers TURN servers, tried in order for the leg's relayed candidate
   * @param policy {@link IcePolicy#RELAY}: only the relayed candidate is offered
   * @param tos the IP TOS byte, or −1
   */
  public record Options(
      InetAddress bind,
      InetAddress advertised,
      @Nullable InetAddress publicAddress,
      List<InetSocketAddress> stunServers,
      List<TurnServer> turnServers,
      IcePolicy policy,
      int tos) {
    public Options {
      stunServers = List.copyOf(stunServers);
      turnServers = List.copyOf(turnServers);
    }
  }

  /** What the transport reports to its leg; called on ICE's and the handshake's threads. */
  public interface Events {
    void onLocalCandidate(IceCandidate candidate);

    /** ICE selected a pair: media can flow (once DTLS, if any, has keys). */
    void onConnected(InetSocketAddress remote);

    /** ICE failed or consent was lost: the leg is dead. */
    void onFailed(String reason);
  }

  private final IoLoop loop;
  private final InboundQueue queue;
  private final Options options;
  private final Events events;
  private final IceServices services;
  private final @Nullable TurnRelay relay;
  private final DatagramChannel channel;
  private final int port;
  private volatile boolean controlling;
  private final AtomicBoolean closing = new AtomicBoolean();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private @Nullable SelectionKey key;
  private final IceGenerations agents;
  private volatile @Nullable InetSocketAddress remote;
  private volatile boolean remoteRelayed; // the selected pair's local candidate is relayed
  private volatile @Nullable DtlsHandshake dtls;
  private volatile @Nullable InetSocketAddress dtlsPeer;
  private volatile boolean dtlsPeerRelayed;
  private volatile boolean failed;
  private ByteBuffer sendView = ByteBuffer.allocate(0); // tick thread only
  private long nextConsentCheck; // tick thread

  private final Counter datagramsIn = new Counter();
  private final Counter bytesIn = new Counter();
  private final Counter queueDrops = new Counter();
  private final Counter rejected = new Counter();
  private final Counter datagramsOut = new Counter();
  private final Counter bytesOut = new Counter();
  private final Counter sendDrops = new Counter();
  private final Counter errors = new Counter();
  private final Counter stunIn = new Counter();
  private final Counter dtlsIn = new Counter();

  private IceTransport(
      IoLoop loop,
      InboundQueue queue,
      Options options,
      Events events,
      IceServices services,
      PortAllocator.Bound bound,
      boolean controlling)
      throws IOException {
    this.loop = loop;
    this.queue = queue;
    this.options = options;
    this.events = events;
    this.services = services;
    this.channel = bound.rtp();
    this.port = bound.port();
    this.controlling = controlling;
    this.relay =
        options.turnServers().isEmpty()
            ? null
            : new TurnRelay(
                this::send,
                options.turnServers(),
                services.turnThread(),
                services.random(),
                services.relayStats(),
                loop,
                services.streamThreads(),
                this::onRelayFrame,
                this::relaySettled);
    this.agents = new IceGenerations(this::newAgent);
  }

  /**
   * Binds a port, gathers the host candidates and starts receiving into {@code queue} on {@code
   * loop}'s thread.
   *
   * @param controlling ICE role: controlling when we offer, controlled when we answer
   */
  public static IceTransport open(
      IoLoop loop,
      InboundQueue queue,
      Options options,
      boolean controlling,
      Events events,
      IceServices services)
      throws IOException {
    PortAllocator.Bound bound = services.ports().bind(options.bind(), true);
    IceTransport t;
    try {
      if (options.tos() >= 0) {
        try {
          bound.rtp().setOption(StandardSocketOptions.IP_TOS, options.tos());
        } catch (UnsupportedOperationException e) {
          LOG.debug("IP_TOS not supported here", e);
        }
      }
      t = new IceTransport(loop, queue, options, events, services, bound, controlling);
    } catch (IOException | RuntimeException e) {
      bound.rtp().close();
      services.ports().release(bound.port(), true);
      throw e;
    }
    loop.execute(t::register);
    TurnRelay relay = t.relay;
    if (relay != null) {
      relay.start(); // once registered (the I/O loop runs tasks in order): answers are read
    }
    return t;
  }

  private IceAgent newAgent(int generation) throws IOException {
    return new IceAgent(
        this::sendRaw,
        new InetSocketAddress(options.advertised(), port),
        controlling,
        options.publicAddress(),
        options.stunServers(),
        options.policy(),
        relay == null ? null : relay.client(),
        services.turnThread(),
        generation,
        new AgentEvents(generation),
        services.background());
  }

  /** The allocation settled (TURN thread): the current agent adds the relayed candidate, if any. */
  private void relaySettled() {
    agents.current().relaySettled();
  }

  private void register() {
    if (closing.get()) {
      return;
    }
    try {
      key = loop.register(channel, this);
    } catch (ClosedChannelException e) {
      // closed before it registered
    } catch (IOException e) {
      LOG.warn("registering a media socket failed", e);
    }
  }

  /** Our ICE credentials and candidates (of the current generation). */
  public IceParameters localIce() {
    return agents.current().local();
  }

  /** Whether we are the controlling agent. */
  public boolean controlling() {
    return controlling;
  }

  /** Sets the ICE role before the checks start (an answering phone is controlled). */
  public void controlling(boolean value) {
    controlling = value;
    agents.current().setControlling(value);
  }

  /** The peer's ICE description; starts the checks. */
  public void setRemoteIce(IceParameters remote) {
    agents.current().setRemote(remote);
  }

  /** Candidates the peer trickled. */
  public void addRemoteCandidates(List<IceCandidate> candidates) {
    agents.current().addRemoteCandidates(candidates);
  }

  /**
   * ICE restart (RFC 8445 § 9): new credentials and a new agent on the same socket; media goes on
   * over the old pair until the new agent selects one. Returns the new local description.
   */
  public IceParameters restart() throws IOException {
    return agents.restart().local();
  }

  /**
   * Attaches the DTLS handshake: as server it starts now (it waits for the ClientHello); as client
   * it starts when ICE has selected a pair.
   */
  public void secure(DtlsHandshake handshake) {
    dtls = handshake;
    if (!handshake.client() || remote != null) {
      handshake.start(services.background());
    }
  }

  /** Whether media goes through the TURN relay (the selected pair's local candidate is relayed). */
  public boolean relayed() {
    return remote != null && remoteRelayed;
  }

  /** Where media goes now, or null. */
  @Override
  public @Nullable InetSocketAddress remoteRtp() {
    return remote;
  }

  @Override
  public InetSocketAddress localRtp() {
    return new InetSocketAddress(options.advertised(), port);
  }

  @Override
  public InetSocketAddress localRtcp() {
    return localRtp();
  }

  @Override
  public boolean rtcpMux() {
    return true;
  }

  @Override
  public boolean sendRtp(byte[] buf, int off, int len) {
    return sendMedia(buf, off, len);
  }

  @Override
  public boolean sendRtcp(byte[] buf, int off, int len) {
    return sendMedia(buf, off, len);
  }

  /** Raw-UDP addresses mean nothing here: ICE decides where media goes. */
  @Override
  public void setRemote(@Nullable InetSocketAddress rtp, @Nullable InetSocketAddress rtcp) {
    LOG.debug("ignoring raw-UDP remote {} on an ICE transport", rtp);
  }

  /** Consent freshness (RFC 7675): stops media when the selected pair lost consent. Tick thread. */
  @Override
  public void housekeeping(long nowNanos) {
    if (nowNanos < nextConsentCheck || failed) {
      return;
    }
    nextConsentCheck = nowNanos + 1_000_000_000L;
    if (agents.current().consentExpired(System.currentTimeMillis())) {
      fail("ICE consent expired (RFC 7675)");
    }
  }

  private void fail(String reason) {
    if (!failed) {
      failed = true;
      remote = null;
      events.onFailed(reason);
    }
  }

  private boolean sendMedia(byte[] b, int off, int len) {
    InetSocketAddress r = remote;
    if (r == null) {
      sendDrops.increment();
      return false;
    }
    TurnRelay t = relay;
    if (remoteRelayed && t != null) {
      return t.sendMedia(b, off, len, r);
    }
    ByteBuffer view = sendView;
    if (view.array() != b) {
      view = ByteBuffer.wrap(b);
      sendView = view;
    }
    view.limit(off + len).position(off);
    return send(view, r);
  }

  /** To a peer, through the relay or not (ICE's and the handshake's threads; allocates). */
  private boolean sendTo(byte[] b, int off, int len, InetSocketAddress to, boolean relayed) {
    TurnRelay t = relay;
    return relayed && t != null ? t.sendToPeer(b, off, len, to) : sendRaw(b, off, len, to);
  }

  /** STUN and DTLS, from ice4j's and the handshake's threads (allocates; rare). */
  private boolean sendRaw(byte[] b, int off, int len, InetSocketAddress to) {
    return send(ByteBuffer.wrap(b, off, len), to);
  }

  private boolean send(ByteBuffer view, InetSocketAddress to) {
    try {
      int n = channel.send(view, to);
      if (n == 0) {
        sendDrops.increment();
        return false;
      }
      datagramsOut.increment();
      bytesOut.add(n);
      return true;
    } catch (ClosedChannelException e) {
      sendDrops.increment();
      return false;
    } catch (IOException e) {
      errors.increment();
      LOG.debug("media send failed", e);
      return false;
    }
  }

  private void sendDtls(byte[] b, int off, int len) {
    InetSocketAddress to = remote;
    if (to != null) {
      sendTo(b, off, len, to, remoteRelayed);
    } else {
      to = dtlsPeer;
      if (to != null) {
        sendTo(b, off, len, to, dtlsPeerRelayed);
      }
    }
  }

  /** The sender the DTLS handshake writes through (to the selected pair, or its last source). */
  public DtlsHandshake.Sender dtlsSender() {
    return this::sendDtls;
  }

  /** Reads and demultiplexes (RFC 7983 § 7) what waits on the socket (I/O thread). */
  @Override
  public void onReadable(IoLoop io) {
    for (int i = 0; i < 64; i++) {
      ByteBuffer buf = queue.claim();
      boolean full = buf == null;
      if (buf == null) {
        buf = io.scratch();
      }
      InetSocketAddress source;
      try {
        source = (InetSocketAddress) channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        errors.increment();
        LOG.debug("media receive failed", e);
        return;
      }
      if (source == null) {
        return;
      }
      demultiplex(buf, source, full, false, io);
    }
  }

  /**
   * A frame the TURN server sent over the leg's TCP or TLS connection (I/O thread): copied into the
   * leg's queue, then demultiplexed as a datagram from the server.
   */
  private void onRelayFrame(byte[] d, int n) {
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
   * Demultiplexes (RFC 7983 § 7) one datagram in {@code buf} (from its start to its position): TURN
   * first, then STUN to the agents, DTLS to the handshake, RTP and RTCP of the selected pair to the
   * queue ({@code full}: {@code buf} is scratch, the queue had no room).
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
    int b0 = data[0] & 0xFF;
    if (b0 <= 3) {
      stunIn.increment();
      agents.deliverStun(data, n, source, relayed);
    } else if (b0 >= 20 && b0 <= 63) {
      dtlsIn.increment();
      DtlsHandshake h = dtls;
      InetSocketAddress selected = remote;
      // before ICE selected a pair (our peer may finish first), only from an address ICE knows
      if (h != null
          && (selected == null ? agents.current().knows(source) : source.equals(selected))) {
        dtlsPeer = source;
        dtlsPeerRelayed = relayed;
        h.onPacket(data, 0, n);
      } else {
        rejected.increment();
      }
    } else if (b0 >= 128 && b0 <= 191 && source.equals(remote)) {
      if (full) {
        queueDrops.increment();
        return;
      }
      datagramsIn.increment();
      bytesIn.add(n);
      queue.publish(n >= 2 ? PacketKind.classify(data[1]) : PacketKind.RTP, io.clock().nanoTime());
    } else {
      rejected.increment();
    }
  }

  @Override
  public TransportStats stats() {
    return new TransportStats(
        datagramsIn.get(),
        bytesIn.get(),
        queueDrops.get(),
        rejected.get(),
        datagramsOut.get(),
        bytesOut.get(),
        sendDrops.get(),
        errors.get());
  }

  /** STUN and DTLS datagrams received (for tests and statistics). */
  public long controlDatagrams() {
    return stunIn.get() + dtlsIn.get();
  }

  /** Whether a restart's new agent has not selected a pair yet (media still uses the old one). */
  public boolean restarting() {
    return agents.restarting();
  }

  /** The ICE generation in use (0, then +1 per restart). */
  public int generation() {
    return agents.current().generation();
  }

  @Override
  public CompletableFuture<Void> close() {
    if (closing.compareAndSet(false, true)) {
      DtlsHandshake h = dtls;
      if (h != null) {
        h.close();
      }
      agents.close(services.background());
      TurnRelay t = relay;
      if (t == null) {
        loop.execute(this::closeNow);
      } else {
        // the Refresh(0) goes out of, and is answered on, this socket: close it afterwards
        t.release().whenComplete((ok, failure) -> loop.execute(this::closeNow));
      }
    }
    return closed;
  }

  private void closeNow() {
    try {
      SelectionKey k = key;
      if (k != null) {
        k.cancel();
      }
      try {
        channel.close();
      } catch (IOException e) {
        LOG.debug("closing a media socket failed", e);
      }
      loop.flushCancelled();
    } finally {
      services.ports().release(port, true);
      closed.complete(null);
    }
  }

  /** One generation's agent events. */
  private final class AgentEvents implements IceAgent.Listener {
    private final int generation;

    AgentEvents(int generation) {
      this.generation = generation;
    }

    @Override
    public void onLocalCandidate(IceCandidate candidate) {
      events.onLocalCandidate(candidate);
    }

    @Override
    public void onSelected(InetSocketAddress selected, boolean relayed) {
      if (!agents.selected(generation)) {
        return; // a generation already replaced
      }
      boolean first = remote == null;
      TurnRelay t = relay;
      if (relayed && t != null) {
        t.selected(selected, generation);
      }
      remoteRelayed = relayed;
      remote = selected;
      if (!relayed) {
        LOG.debug("ICE generation {} selected {} (dtls {})", generation, selected, dtls);
      }
      DtlsHandshake h = dtls;
      if (h != null && h.client()) {
        h.start(services.background());
      }
      if (first) {
        events.onConnected(selected);
      }
    }

    @Override
    public void onFailed(String reason) {
      if (agents.isCurrent(generation)) {
        fail(reason);
      }
    }
  }
}
