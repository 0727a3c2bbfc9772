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
import dev.parley.media.transport.DatagramSender;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.MediaTransport;
import dev.parley.media.transport.TransportStats;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
 * <p>This class owns the leg's lifecycle (socket, agents across restarts, relay, closing) and the
 * selected pair, a {@link Route} swapped whole; its parts each do one job on it: {@link
 * IceReceiver} reads and demultiplexes, {@link DatagramSender} sends, {@link DtlsRoute} carries the
 * handshake, {@link IceGenerations} holds the agents, {@link TurnRelay} the allocation.
 *
 * <p>Threads: the I/O thread reads and demultiplexes; the tick thread sends media and checks
 * consent; ice4j's threads select pairs and send STUN, the handshake's send DTLS.
 */
public final class IceTransport implements MediaTransport {
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

  /** How often the tick thread asks whether the selected pair lost consent. */
  private static final long CONSENT_CHECK_NANOS = 1_000_000_000L;

  private final Options options;
  private final Events events;
  private final IceServices services;
  private final LegSocket socket;
  private final DatagramSender sender;
  private final @Nullable TurnRelay relay;
  private final IceGenerations agents;
  private final DtlsRoute dtls;
  private final IceReceiver receiver;
  private volatile boolean controlling;
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile @Nullable Route selected; // null before selection and after failure
  private volatile boolean failed;
  private long nextConsentCheck; // tick thread

  private IceTransport(
      IoLoop loop,
      InboundQueue queue,
      Options options,
      Events events,
      IceServices services,
      LegSocket socket,
      boolean controlling)
      throws IOException {
    this.options = options;
    this.events = events;
    this.services = services;
    this.socket = socket;
    this.controlling = controlling;
    this.sender = new DatagramSender(socket.channel());
    this.relay =
        options.turnServers().isEmpty()
            ? null
            : new TurnRelay(
                sender::send,
                options.turnServers(),
                services.turnThread(),
                services.random(),
                services.relayStats(),
                loop,
                services.streamThreads(),
                this::onRelayFrame,
                this::relaySettled);
    this.agents = new IceGenerations(this::newAgent);
    this.dtls =
        new DtlsRoute(
            () -> selected,
            address -> agents.current().knows(address),
            this::sendTo,
            services.background());
    this.receiver =
        new IceReceiver(
            socket.channel(), queue, loop, relay, agents::deliverStun, dtls, () -> selected);
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
    LegSocket socket = LegSocket.bind(services.ports(), loop, options.bind(), options.tos());
    IceTransport t;
    try {
      t = new IceTransport(loop, queue, options, events, services, socket, controlling);
    } catch (IOException | RuntimeException e) {
      socket.release();
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
        sender::sendControl,
        localRtp(),
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

  /** Starts reading (I/O thread), unless the leg closed first. */
  private void register() {
    if (!closing.get()) {
      socket.register(receiver);
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
    dtls.attach(handshake);
  }

  /** The sender the DTLS handshake writes through (to the selected pair, or its last source). */
  public DtlsHandshake.Sender dtlsSender() {
    return dtls::send;
  }

  /** Whether media goes through the TURN relay (the selected pair's local candidate is relayed). */
  public boolean relayed() {
    Route r = selected;
    return r != null && r.relayed();
  }

  /** Where media goes now, or null. */
  @Override
  public @Nullable InetSocketAddress remoteRtp() {
    Route r = selected;
    return r == null ? null : r.remote();
  }

  @Override
  public InetSocketAddress localRtp() {
    return new InetSocketAddress(options.advertised(), socket.port());
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
    nextConsentCheck = nowNanos + CONSENT_CHECK_NANOS;
    if (agents.current().consentExpired()) {
      fail("ICE consent expired (RFC 7675)");
    }
  }

  private void fail(String reason) {
    if (!failed) {
      failed = true;
      selected = null;
      events.onFailed(reason);
    }
  }

  /** Media to the selected pair (tick thread): through the relay or not, no allocation. */
  private boolean sendMedia(byte[] b, int off, int len) {
    Route to = selected; // once per packet: the address and the way belong together
    if (to == null) {
      sender.dropped();
      return false;
    }
    TurnRelay t = relay;
    if (to.relayed() && t != null) {
      return t.sendMedia(b, off, len, to.remote());
    }
    return sender.sendMedia(b, off, len, to.remote());
  }

  /** DTLS to a peer, through the relay or not (the handshake's thread; allocates). */
  private boolean sendTo(byte[] b, int off, int len, Route to) {
    TurnRelay t = relay;
    return to.relayed() && t != null
        ? t.sendToPeer(b, off, len, to.remote())
        : sender.sendControl(b, off, len, to.remote());
  }

  /** A frame from the TURN server's connection (I/O thread): the receiver's. */
  private void onRelayFrame(byte[] d, int n) {
    receiver.onRelayFrame(d, n);
  }

  @Override
  public TransportStats stats() {
    return new TransportStats(
        receiver.datagrams(),
        receiver.bytes(),
        receiver.queueDrops(),
        receiver.rejected(),
        sender.datagrams(),
        sender.bytes(),
        sender.drops(),
        sender.errors() + receiver.errors());
  }

  /** STUN and DTLS datagrams received (for tests and statistics). */
  public long controlDatagrams() {
    return receiver.controlDatagrams();
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
      dtls.close();
      agents.close(services.background());
      TurnRelay t = relay;
      if (t == null) {
        socket.close();
      } else {
        // the Refresh(0) goes out of, and is answered on, the socket: close it afterwards
        t.release().whenComplete((ok, failure) -> socket.close());
      }
    }
    return socket.closed();
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
    public void onSelected(InetSocketAddress remote, boolean relayed) {
      if (!agents.selected(generation)) {
        return; // a generation already replaced
      }
      boolean first = selected == null;
      TurnRelay t = relay;
      if (relayed && t != null) {
        t.selected(remote, generation);
      }
      selected = new Route(remote, relayed);
      if (!relayed) {
        LOG.debug("ICE generation {} selected {} (dtls {})", generation, remote, dtls.handshake());
      }
      dtls.onSelected();
      if (first) {
        events.onConnected(remote);
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
