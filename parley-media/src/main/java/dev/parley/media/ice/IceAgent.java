/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.IcePolicy;
import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidateExtendedType;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.ice.ServerReflexiveCandidate;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.ice.harvest.HarvestStatistics;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One ICE session (one generation: a restart makes a new one) of one media leg, on ice4j: a single
 * component (RTP and RTCP multiplexed, as WebRTC requires), a host candidate on our channel, a
 * server-reflexive candidate for a configured public address, more from STUN servers (trickled), a
 * relayed candidate on the leg's TURN allocation (trickled once allocated), and consent freshness
 * (RFC 7675) on the selected pair. ice4j's threads call the listener.
 *
 * <p>With TURN, connectivity checks start only once the allocation settled (relayed candidate
 * added, or none): ice4j pairs a local candidate added after the start with no remote candidate it
 * already knows. The remote description and trickled candidates then run on the TURN thread, in
 * order with the allocation's outcome; without TURN they run on the caller's thread, as before.
 */
public final class IceAgent implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IceAgent.class);

  /** What the agent reports; called on ice4j's threads. */
  public interface Listener {
    /** A local candidate found after the first answer (STUN): signal it (trickle ICE). */
    void onLocalCandidate(IceCandidate candidate);

    /**
     * The pair media goes through now (first selection, or a change).
     *
     * @param relayed whether its local candidate is our relayed one (media goes through TURN)
     */
    void onSelected(InetSocketAddress remote, boolean relayed);

    /** Connectivity failed (no pair works). */
    void onFailed(String reason);
  }

  private final Agent agent;
  private final IceMediaStream stream;
  private final Component component;
  private final ChannelSocket socket;
  private final Listener listener;
  private final int generation;
  private final List<IceCandidate> initialCandidates;
  private final IcePolicy policy;
  private final @Nullable TurnClient turn;
  private final Executor control;
  private volatile @Nullable RelayCandidate relay;
  private volatile boolean gathered;
  private volatile boolean remoteSet;
  private volatile boolean started;
  private volatile boolean closed;
  private volatile @Nullable CandidatePair selected;
  private final ConsentTimer consent = new ConsentTimer(System::currentTimeMillis);

  /**
   * Creates the agent and gathers the host (and configured public) candidates at once; STUN
   * server-reflexive candidates are gathered on {@code background} and reported to the listener.
   *
   * @param local our channel's advertised address and port
   * @param publicAddress an address in front of a 1:1 NAT to advertise as server-reflexive, or null
   * @param policy {@link IcePolicy#RELAY}: no host or server-reflexive candidate
   * @param turn the leg's allocation (allocated, or on its way), or null
   * @param turnThread the allocation's thread (unused without {@code turn})
   */
  IceAgent(
      ChannelSocket.Output output,
      InetSocketAddress local,
      boolean controlling,
      @Nullable InetAddress publicAddress,
      List<InetSocketAddress> stunServers,
      IcePolicy policy,
      @Nullable TurnClient turn,
      Executor turnThread,
      int generation,
      Listener listener,
      Executor background)
      throws IOException {
    this.listener = listener;
    this.generation = generation;
    this.policy = policy;
    this.turn = turn;
    this.control = turn == null ? Runnable::run : logging(turnThread);
    this.socket = new ChannelSocket(local, output);
    this.agent = new Agent();
    agent.setControlling(controlling);
    agent.setTrickling(true);
    agent.setUseDynamicPorts(false);
    agent.setPerformConsentFreshness(true);
    boolean relayOnly = policy == IcePolicy.RELAY;
    agent.addCandidateHarvester(new Harvester(relayOnly ? null : publicAddress, !relayOnly));
    if (relayOnly) {
      stunServers = List.of();
    }
    for (InetSocketAddress stun : stunServers) {
      agent.addCandidateHarvester(
          new StunCandidateHarvester(new TransportAddress(stun, Transport.UDP)));
    }
    this.stream = agent.createMediaStream("audio");
    this.component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, false);
    InetSocketAddress relayed = turn == null ? null : turn.relayed();
    if (turn != null && relayed != null) {
      addRelay(turn, relayed, turn.mapped()); // a restart: the allocation is the leg's
    }
    List<IceCandidate> initial = new ArrayList<>();
    for (LocalCandidate c : component.getLocalCandidates()) {
      initial.add(toCandidate(c));
    }
    this.initialCandidates = List.copyOf(initial);
    this.gathered = turn == null || relay != null || turn.settled();
    agent.addStateChangeListener(this::onStateChange);
    stream.addPairChangeListener(this::onPairChange);
    if (!gathered) {
      control.execute(this::relaySettled); // the allocation may have settled in between
    }
    if (!stunServers.isEmpty()) {
      try {
        background.execute(
            () ->
                agent.startCandidateTrickle(
                    found -> {
                      if (found != null && !closed) {
                        found.forEach(c -> listener.onLocalCandidate(toCandidate(c)));
                      }
                    }));
      } catch (RejectedExecutionException e) {
        LOG.warn("no STUN harvesting: executor rejected it", e);
      }
    }
  }

  /** Runs on {@code e}, logging what a task throws (a scheduled executor would keep it). */
  private static Executor logging(Executor e) {
    return task ->
        e.execute(
            () -> {
              try {
                task.run();
              } catch (RuntimeException x) {
                LOG.warn("an ICE task on the TURN thread failed", x);
              }
            });
  }

  /** Our credentials and the candidates gathered at creation. */
  public IceParameters local() {
    return new IceParameters(agent.getLocalUfrag(), agent.getLocalPassword(), initialCandidates);
  }

  public boolean controlling() {
    return agent.isControlling();
  }

  void setControlling(boolean controlling) {
    agent.setControlling(controlling);
  }

  /**
   * The peer's credentials and candidates; connectivity checks start once a candidate is known (and
   * the allocation, if any, settled).
   */
  public void setRemote(IceParameters remote) {
    control.execute(
        () -> {
          stream.setRemoteUfrag(remote.ufrag());
          stream.setRemotePassword(remote.pwd());
          remoteSet = true;
          addRemote(remote.candidates());
        });
  }

  /** Candidates trickled by the peer (XEP-0176 transport-info). */
  public void addRemoteCandidates(List<IceCandidate> candidates) {
    control.execute(() -> addRemote(candidates));
  }

  /**
   * The leg's allocation settled (TURN thread): adds the relayed candidate (trickled) if there is
   * one, then starts the checks if the peer's description is known. Idempotent.
   */
  void relaySettled() {
    TurnClient t = turn;
    if (gathered || closed || t == null || !t.settled()) {
      return;
    }
    InetSocketAddress relayed = t.relayed();
    if (relayed != null) {
      try {
        addRelay(t, relayed, t.mapped());
        RelayCandidate r = relay;
        if (r != null) {
          listener.onLocalCandidate(toCandidate(r));
        }
      } catch (IOException e) {
        LOG.warn("no relayed candidate: {}", e.toString());
      }
    } else if (policy == IcePolicy.RELAY) {
      LOG.warn("ICE policy relay and no TURN allocation: this leg has no candidate");
    }
    gathered = true;
    if (remoteSet && !started && component.getRemoteCandidateCount() > 0) {
      started = true;
      agent.startConnectivityEstablishment();
    }
  }

  private void addRelay(TurnClient t, InetSocketAddress relayed, @Nullable InetSocketAddress mapped)
      throws IOException {
    if (relay != null) {
      return;
    }
    ChannelSocket s = new ChannelSocket(relayed, t::sendToPeer);
    InetSocketAddress m = mapped == null ? relayed : mapped;
    RelayCandidate c =
        new RelayCandidate(
            s,
            new TransportAddress(m, Transport.UDP),
            new TransportAddress(t.server(), Transport.UDP),
            component);
    if (component.addLocalCandidate(c)) {
      agent.getStunStack().addSocket(s);
      relay = c;
    } else {
      s.close();
    }
  }

  private void addRemote(List<IceCandidate> candidates) {
    List<RemoteCandidate> added = new ArrayList<>();
    for (IceCandidate c : candidates) {
      if (c.component() != 1) {
        continue; // rtcp-mux: component 2 is never used
      }
      RemoteCandidate rc =
          new RemoteCandidate(
              new TransportAddress(c.ip(), c.port(), Transport.UDP),
              component,
              CandidateType.parse(c.type().xml()),
              c.foundation(),
              c.priority(),
              null);
      added.add(rc);
    }
    if (added.isEmpty()) {
      return;
    }
    synchronizedStart(added);
  }

  private void synchronizedStart(List<RemoteCandidate> added) {
    if (started) {
      added.forEach(component::addUpdateRemoteCandidates);
      component.updateRemoteCandidates();
      return;
    }
    component.addRemoteCandidates(added);
    if (remoteSet && gathered) {
      started = true;
      agent.startConnectivityEstablishment();
    }
  }

  /** A STUN datagram for this agent (I/O thread). */
  boolean deliver(byte[] data, int off, int len, InetSocketAddress from) {
    return policy != IcePolicy.RELAY && socket.deliver(data, off, len, from);
  }

  /** A STUN datagram a peer sent to our relayed address (I/O thread). */
  boolean deliverRelayed(byte[] data, int off, int len, InetSocketAddress from) {
    RelayCandidate r = relay;
    return r != null
        && ((ChannelSocket) r.getStunSocket(r.getTransportAddress())).deliver(data, off, len, from);
  }

  /**
   * Whether ICE knows {@code address} as a remote candidate: signalled, trickled, or learnt as
   * peer-reflexive from an authenticated check (I/O thread; for DTLS before a pair is selected).
   */
  boolean knows(InetSocketAddress address) {
    return component.findRemoteCandidate(new TransportAddress(address, Transport.UDP)) != null;
  }

  /** The local ufrag, to route STUN requests of this generation. */
  String localUfrag() {
    return agent.getLocalUfrag();
  }

  /** Whether the selected pair lost consent (RFC 7675; {@link ConsentTimer}); false before one. */
  boolean consentExpired() {
    return consent.expired();
  }

  public int generation() {
    return generation;
  }

  private void onStateChange(PropertyChangeEvent e) {
    if (closed || !Agent.PROPERTY_ICE_PROCESSING_STATE.equals(e.getPropertyName())) {
      return;
    }
    IceProcessingState state = (IceProcessingState) e.getNewValue();
    if (state == IceProcessingState.COMPLETED) {
      select();
    } else if (state == IceProcessingState.FAILED) {
      listener.onFailed("ICE connectivity checks failed");
    }
  }

  private void onPairChange(PropertyChangeEvent e) {
    if (!closed && IceMediaStream.PROPERTY_PAIR_NOMINATED.equals(e.getPropertyName())) {
      select();
    }
  }

  private void select() {
    CandidatePair pair = component.getSelectedPair();
    if (pair == null || pair == selected) {
      return;
    }
    consent.start(pair::getConsentFreshness);
    selected = pair;
    TransportAddress r = pair.getRemoteCandidate().getTransportAddress();
    boolean relayed = pair.getLocalCandidate() instanceof RelayCandidate;
    listener.onSelected(new InetSocketAddress(r.getAddress(), r.getPort()), relayed);
  }

  /** Frees the agent (its STUN transactions, keep-alives and threads). */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    socket.close();
    RelayCandidate r = relay;
    if (r != null) {
      r.getStunSocket(r.getTransportAddress()).close();
    }
    agent.free();
  }

  private IceCandidate toCandidate(LocalCandidate c) {
    TransportAddress a = c.getTransportAddress();
    TransportAddress related;
    if (c instanceof RelayCandidate r) {
      // the allocation's mapped address; hidden under policy relay (as browsers do)
      related = policy == IcePolicy.RELAY ? null : r.getMappedAddress();
    } else {
      LocalCandidate base = c.getType() == CandidateType.HOST_CANDIDATE ? null : c.getBase();
      related = base == null ? null : base.getTransportAddress();
    }
    return new IceCandidate(
        c.getFoundation(),
        1,
        c.getPriority(),
        a.getAddress().getHostAddress(),
        a.getPort(),
        IceCandidate.Type.fromXml(c.getType().toString()),
        related == null ? null : related.getAddress().getHostAddress(),
        related == null ? 0 : related.getPort(),
        generation);
  }

  /** The host harvester: our channel's candidate, and the configured public address. */
  private final class Harvester implements CandidateHarvester {
    private final @Nullable InetAddress publicAddress;
    private final boolean host;
    private final HarvestStatistics statistics = new HarvestStatistics();

    Harvester(@Nullable InetAddress publicAddress, boolean host) {
      this.publicAddress = publicAddress;
      this.host = host;
    }

    @Override
    public Collection<LocalCandidate> harvest(Component c) {
      if (!host) {
        return List.of(); // policy relay: the peer never learns our address
      }
      ChannelCandidate host = new ChannelCandidate(socket, c);
      c.addLocalCandidate(host);
      c.getParentStream().getParentAgent().getStunStack().addSocket(socket);
      List<LocalCandidate> out = new ArrayList<>(List.of(host));
      if (publicAddress != null && !publicAddress.equals(socket.getLocalAddress())) {
        ServerReflexiveCandidate mapped =
            new ServerReflexiveCandidate(
                new TransportAddress(publicAddress, socket.getLocalPort(), Transport.UDP),
                host,
                null,
                CandidateExtendedType.STATICALLY_MAPPED_CANDIDATE);
        if (c.addLocalCandidate(mapped)) {
          out.add(mapped);
        }
      }
      return out;
    }

    @Override
    public HarvestStatistics getHarvestStatistics() {
      return statistics;
    }

    @Override
    public boolean isHostHarvester() {
      return true;
    }
  }
}
