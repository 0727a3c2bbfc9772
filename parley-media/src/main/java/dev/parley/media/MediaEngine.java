/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.CodecWarmup;
import dev.parley.media.codec.G711Codec;
import dev.parley.media.codec.LibOpus;
import dev.parley.media.codec.OpusCodec;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.dtls.DtlsCertificate;
import dev.parley.media.ice.IceServices;
import dev.parley.media.ice.IceTransport;
import dev.parley.media.ice.RelayStats;
import dev.parley.media.internal.concurrent.NamedThreads;
import dev.parley.media.internal.os.PriorityRaiser;
import dev.parley.media.mixer.TickScheduler;
import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PayloadMap;
import dev.parley.media.pipeline.PipelineEvents;
import dev.parley.media.pipeline.PipelineSetup;
import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpGate;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.IoLoop;
import dev.parley.media.transport.PortAllocator;
import dev.parley.media.transport.UdpTransport;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media engine: ports, I/O threads and tick threads shared by all rooms and phones. One per
 * process (the bridge) or per client; there is no global state, so tests run several side by side.
 * See the package documentation for the threads.
 */
public final class MediaEngine implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(MediaEngine.class);

  /** The tick: 20 ms. */
  static final int FRAME_MILLIS = 20;

  private final MediaConfig config;
  private final PortAllocator ports;
  private final IoLoop[] io;
  private final AtomicInteger nextIo = new AtomicInteger();
  private final TickScheduler scheduler;
  private final SecureRandom seeds = new SecureRandom();
  private final String cname;
  private volatile List<InetSocketAddress> discoveredStun = List.of();
  private volatile List<TurnServer> discoveredTurn = List.of();
  private final OpusCodec opus;
  private final List<AudioCodec> codecs;
  private final Set<Room> rooms = ConcurrentHashMap.newKeySet();
  private final Set<Phone> phones = ConcurrentHashMap.newKeySet();
  private final DtlsCertificate certificate;
  private final ExecutorService background;
  private final ScheduledThreadPoolExecutor turnThread;
  private final IceServices iceServices;
  private final RelayStats relayStats = new RelayStats();
  private volatile boolean closed;

  private MediaEngine(MediaConfig config, OpusCodec opus, IoLoop[] io, PriorityRaiser raiser) {
    this.config = config;
    this.opus = opus;
    this.codecs = List.of(G711Codec.PCMU, G711Codec.PCMA, opus);
    this.io = io;
    this.ports = new PortAllocator(config.portMin(), config.portMax());
    this.scheduler =
        new TickScheduler(
            config.tickThreads(),
            FRAME_MILLIS * 1_000_000L,
            config.clock(),
            NamedThreads.daemon("tick", raiser));
    byte[] id = new byte[8];
    seeds.nextBytes(id);
    this.cname = config.cname() != null ? config.cname() : "parley-" + HexFormat.of().formatHex(id);
    this.certificate = DtlsCertificate.generate(seeds);
    this.background = Executors.newCachedThreadPool(NamedThreads.daemon("dtls"));
    // TURN allocations' transactions and timers: one thread for every leg (control traffic only)
    this.turnThread = new ScheduledThreadPoolExecutor(1, NamedThreads.daemon("turn"));
    turnThread.setRemoveOnCancelPolicy(true);
    this.iceServices =
        new IceServices(
            ports, background, turnThread, NamedThreads.daemon("turn-stream"), seeds, relayStats);
  }

  /**
   * Chooses the Opus library ({@link MediaConfig#opusEngine()}, one INFO line saying which and
   * why), warms Concentus up if it was chosen and {@link MediaConfig#opusWarmupFrames()} asks for
   * it (that takes seconds: call this before taking calls), and starts the I/O and tick threads (at
   * {@link MediaConfig#threadPriority()}, or as close to it as the system permits: one log line
   * says which).
   *
   * @throws IllegalStateException if the configuration asks for libopus and it does not load (the
   *     message says what to install)
   */
  public static MediaEngine start(MediaConfig config) throws IOException {
    LOG.debug("SRTP ready in {} ms", SrtpContext.warmUp().toMillis());
    OpusEngine.Choice choice = config.opusEngine().select(LibOpus.DEFAULT_LIBRARY);
    OpusCodec opus = OpusCodec.DEFAULT.withImplementation(choice.implementation());
    boolean warm = config.opusWarmupFrames() > 0 && choice.implementation().needsWarmup();
    LOG.info(
        "Opus: {} ({}){}",
        choice.implementation().description(),
        choice.reason(),
        config.opusWarmupFrames() > 0 && !warm ? "; no warm-up: native code needs none" : "");
    if (warm) {
      CodecWarmup.Result r = CodecWarmup.run(opus, config.opusWarmupFrames());
      LOG.info("Opus warmed up: {} frames in {} ms", r.frames(), r.elapsed().toMillis());
    }
    PriorityRaiser raiser = new PriorityRaiser(config.threadPriority());
    IoLoop[] io = new IoLoop[config.ioThreads()];
    try {
      for (int i = 0; i < io.length; i++) {
        io[i] = new IoLoop(NamedThreads.daemon("io", raiser), config.clock());
      }
    } catch (IOException e) {
      for (IoLoop l : io) {
        if (l != null) {
          l.close();
        }
      }
      throw e;
    }
    return new MediaEngine(config, opus, io, raiser);
  }

  public MediaConfig config() {
    return config;
  }

  /** The Opus codec this engine negotiates, on the library chosen at start. */
  public OpusCodec opus() {
    return opus;
  }

  /**
   * A new room. {@code listener} gets the room's events on {@code events} (typically the
   * conference's serial executor).
   */
  public Room createRoom(String id, RoomListener listener, Executor events) throws MediaException {
    if (closed) {
      throw new MediaException(MediaException.Reason.CLOSED, "media engine closed");
    }
    Room room =
        new Room(
            id, this, listener, events, mixRate() * FRAME_MILLIS / 1000, config.mediaTimeout());
    rooms.add(room);
    room.registration(scheduler.add(room));
    return room;
  }

  /**
   * A phone: one RTP stream that plays {@code sink} what it receives and sends what {@code source}
   * produces, for the client SDK and tests. Source and sink run on a tick thread and must not
   * block. Events (DTMF received, BYE) go to {@code listener} on {@code events}.
   *
   * @param codecs what the phone offers or accepts, in order of preference
   * @param rtcpMux whether the phone offers (or accepts) RTP and RTCP on one port
   */
  public Phone openPhone(
      String name,
      List<CodecSpec> codecs,
      AudioSource source,
      AudioSink sink,
      boolean rtcpMux,
      RoomListener listener,
      Executor events)
      throws MediaException {
    return openPhone(name, PhoneOptions.rawUdp(codecs, rtcpMux), source, sink, listener, events);
  }

  /**
   * A phone with the given transport options (raw UDP, or ICE-UDP with DTLS-SRTP). With ICE, its
   * transport events ({@link RoomEvent.LocalCandidate}, {@link RoomEvent.TransportReady}, {@link
   * RoomEvent.TransportFailed}) go to {@code listener} too.
   */
  public Phone openPhone(
      String name,
      PhoneOptions options,
      AudioSource source,
      AudioSink sink,
      RoomListener listener,
      Executor events)
      throws MediaException {
    if (closed) {
      throw new MediaException(MediaException.Reason.CLOSED, "media engine closed");
    }
    Phone phone = new Phone(name, this, options, source, sink, listener, events);
    phones.add(phone);
    phone.registration(scheduler.add(phone));
    return phone;
  }

  /**
   * The RTCP CNAME of every stream the engine sends (RFC 7022: one per engine), for signalling that
   * describes sources (XEP-0339).
   */
  public String cname() {
    return cname;
  }

  /** Rooms, participants, phones, ports and tick timing. */
  public EngineStats stats() {
    int participants = 0;
    for (Room r : rooms) {
      participants += r.participants().size();
    }
    return new EngineStats(
        rooms.size(), participants, phones.size(), ports.inUse(), scheduler.stats());
  }

  // --- for Room and Phone ------------------------------------------------------------------------

  List<AudioCodec> codecs() {
    return codecs;
  }

  int mixRate() {
    return config.mixRate();
  }

  /** A bound transport with its queue; its pipeline is built once payload types are known. */
  record Endpoint(InboundQueue queue, UdpTransport transport) {}

  /** An ICE transport with its queue. */
  record IceEndpoint(InboundQueue queue, IceTransport transport) {}

  /** The engine's DTLS certificate (one per engine: its fingerprint goes into every answer). */
  DtlsCertificate certificate() {
    return certificate;
  }

  SecureRandom random() {
    return seeds;
  }

  /**
   * STUN servers learnt at run time (XEP-0215 from the XMPP server), used beside {@link
   * IceConfig#stunServers()} by legs opened from now on; IP literals only.
   */
  public void useDiscoveredStunServers(List<InetSocketAddress> servers) {
    discoveredStun = List.copyOf(servers);
  }

  /** Every STUN server a new leg asks: configured ones first, then discovered ones. */
  public List<InetSocketAddress> stunServers() {
    List<InetSocketAddress> all = new ArrayList<>(config.ice().stunServers());
    for (InetSocketAddress s : discoveredStun) {
      if (!all.contains(s)) {
        all.add(s);
      }
    }
    return all;
  }

  /**
   * TURN servers learnt at run time (XEP-0215, with the credentials the XMPP server issued), used
   * after {@link IceConfig#turnServers()} by legs opened from now on; IP literals only.
   */
  public void useDiscoveredTurnServers(List<TurnServer> servers) {
    discoveredTurn = List.copyOf(servers);
  }

  /** TURN allocations and relayed selections of this engine's legs. */
  public RelayStats relayStats() {
    return relayStats;
  }

  /** Every TURN server a new leg may allocate on, in order: configured ones, then discovered. */
  public List<TurnServer> turnServers() {
    List<TurnServer> all = new ArrayList<>(config.ice().turnServers());
    for (TurnServer s : discoveredTurn) {
      if (all.stream().noneMatch(t -> t.address().equals(s.address()))) {
        all.add(s);
      }
    }
    return all;
  }

  /**
   * Binds an ICE-UDP transport (one port, rtcp-mux) and gathers its host candidates; the leg asks
   * the engine's STUN and TURN servers, then {@code stun} and {@code turn} (a phone's own; one the
   * engine has already, at the same address and over the same transport, is not repeated).
   */
  IceEndpoint openIceEndpoint(
      boolean controlling,
      IceTransport.Events events,
      List<InetSocketAddress> stun,
      List<TurnServer> turn)
      throws MediaException {
    List<InetSocketAddress> stunServers = new ArrayList<>(stunServers());
    for (InetSocketAddress s : stun) {
      if (!stunServers.contains(s)) {
        stunServers.add(s);
      }
    }
    List<TurnServer> turnServers = new ArrayList<>(turnServers());
    for (TurnServer t : turn) {
      if (turnServers.stream()
          .noneMatch(
              known -> known.address().equals(t.address()) && known.transport() == t.transport())) {
        turnServers.add(t);
      }
    }
    InboundQueue queue = new InboundQueue(config.inboundQueuePackets(), 1500);
    IceTransport.Options options =
        new IceTransport.Options(
            config.bindAddress(),
            config.effectiveAdvertisedAddress(),
            config.ice().publicAddress(),
            stunServers,
            turnServers,
            config.ice().policy(),
            config.tos());
    IoLoop loop = io[Math.floorMod(nextIo.getAndIncrement(), io.length)];
    try {
      return new IceEndpoint(
          queue, IceTransport.open(loop, queue, options, controlling, events, iceServices));
    } catch (IOException e) {
      throw new MediaException(MediaException.Reason.TRANSPORT, e.getMessage(), e);
    }
  }

  Endpoint openEndpoint(
      boolean rtcpMux,
      boolean[] acceptedPayloadTypes,
      @Nullable Candidate rtp,
      @Nullable Candidate rtcp)
      throws MediaException {
    InboundQueue queue = new InboundQueue(config.inboundQueuePackets(), 1500);
    UdpTransport.Options options =
        new UdpTransport.Options(
            config.bindAddress(),
            config.effectiveAdvertisedAddress(),
            rtcpMux,
            config.remotePolicy(),
            acceptedPayloadTypes,
            config.tos());
    IoLoop loop = io[Math.floorMod(nextIo.getAndIncrement(), io.length)];
    try {
      UdpTransport transport =
          UdpTransport.open(
              loop,
              ports,
              queue,
              options,
              rtp == null ? null : rtp.toSocketAddress(),
              rtcp == null ? null : rtcp.toSocketAddress());
      return new Endpoint(queue, transport);
    } catch (IOException e) {
      throw new MediaException(MediaException.Reason.TRANSPORT, e.getMessage(), e);
    }
  }

  ParticipantPipeline openLeg(
      PayloadMap payloads,
      int audioLevelId,
      boolean rtcpMux,
      @Nullable Candidate rtp,
      @Nullable Candidate rtcp,
      PipelineEvents events)
      throws MediaException {
    Endpoint e = openEndpoint(rtcpMux, payloads.accepted(), rtp, rtcp);
    return new ParticipantPipeline(
        setup(payloads, null, audioLevelId, -1), e.queue(), e.transport(), events);
  }

  PipelineSetup setup(PayloadMap payloads) {
    return setup(payloads, null, -1, -1);
  }

  PipelineSetup setup(
      PayloadMap payloads, @Nullable SrtpGate srtp, int audioLevelId, int sendAudioLevelId) {
    return new PipelineSetup(
        payloads,
        config.jitter(),
        mixRate() * FRAME_MILLIS / 1000,
        config.dtmfEndTimeout(),
        cname,
        config.clock(),
        new SplittableRandom(seeds.nextLong()),
        srtp,
        audioLevelId,
        sendAudioLevelId);
  }

  /**
   * Refuses what policy or the engine cannot do (XEP-0320 § 3, no silent downgrade): plain RTP when
   * DTLS-SRTP is required, DTLS-SRTP without ICE, fingerprints with an unknown hash.
   */
  void checkSecurity(MediaOffer offer) throws MediaException {
    DtlsParameters dtls = offer.dtls();
    if (dtls == null) {
      if (config.security() == SecurityPolicy.REQUIRE_DTLS_SRTP) {
        throw new MediaException(
            MediaException.Reason.SECURITY, "plain RTP is refused: DTLS-SRTP is required");
      }
      return;
    }
    if (offer.ice() == null) {
      throw new MediaException(
          MediaException.Reason.TRANSPORT, "DTLS-SRTP is supported over ICE-UDP only");
    }
    switch (dtls.hash().toLowerCase(java.util.Locale.ROOT)) {
      case "sha-1", "sha-224", "sha-256", "sha-384", "sha-512" -> {}
      default ->
          throw new MediaException(
              MediaException.Reason.SECURITY, "unsupported fingerprint hash " + dtls.hash());
    }
  }

  void forget(Room room) {
    rooms.remove(room);
  }

  void forget(Phone phone) {
    phones.remove(phone);
  }

  /**
   * Stops the tick threads, closes every room and phone (sending RTCP BYE), waits up to five
   * seconds for their sockets to close, and stops the I/O threads.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    scheduler.close();
    List<CompletableFuture<Void>> pending = new ArrayList<>();
    for (Room r : List.copyOf(rooms)) {
      r.closeFromEngine();
      pending.add(r.close());
    }
    for (Phone p : List.copyOf(phones)) {
      p.closeFromEngine();
      pending.add(p.close());
    }
    try {
      CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException | TimeoutException e) {
      LOG.warn("media sockets did not all close", e);
    }
    for (IoLoop l : io) {
      l.close();
    }
    turnThread.shutdownNow(); // sockets are closed: no Refresh can go out any more
    // let queued work finish (freeing ICE agents, DTLS grace periods ending on close)
    background.shutdown();
    try {
      if (!background.awaitTermination(5, TimeUnit.SECONDS)) {
        LOG.warn("media background tasks did not finish in 5 s");
        background.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      background.shutdownNow();
    }
  }
}
