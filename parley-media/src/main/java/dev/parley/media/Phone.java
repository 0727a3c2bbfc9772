/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Resampler;
import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.codec.DtmfGenerator;
import dev.parley.media.codec.TelephoneEvent;
import dev.parley.media.mixer.TickScheduler;
import dev.parley.media.mixer.Tickable;
import dev.parley.media.pipeline.AudioFrame;
import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PipelineEvents;
import dev.parley.media.pipeline.PipelineStats;
import dev.parley.media.transport.InboundQueue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single RTP stream on the same transport, jitter buffer and codec classes as the bridge: it
 * sends what an {@link AudioSource} produces and plays what it receives into an {@link AudioSink},
 * 20 ms per tick. For the client SDK (one call) and for tests (one simulated caller).
 *
 * <p>As offerer: {@link #offer()}, then {@link #accept} the answer. As answerer: {@link #answer}.
 * Sources and sinks at other rates than the mixer's are resampled ({@link Resampler}).
 *
 * <p>With {@link PhoneOptions#ice()} the phone uses ICE-UDP (controlling when it offers, controlled
 * when it answers) and, with {@link PhoneOptions#dtls()}, DTLS-SRTP ({@code actpass} in its offer;
 * {@code active} in its answer). An answer without DTLS to a DTLS offer is refused, never used in
 * the clear.
 */
public final class Phone implements Tickable {
  private static final Logger LOG = LoggerFactory.getLogger(Phone.class);

  private final String name;
  private final MediaEngine engine;
  private final List<CodecSpec> codecs;
  private final AudioSource source;
  private final AudioSink sink;
  private final RoomListener listener;
  private final Executor events;
  private final InboundQueue queue;
  private final dev.parley.media.transport.MediaTransport transport;
  private final @Nullable WebRtcLeg leg;
  private final int frameSamples;
  private final short[] silence;
  private DtmfGenerator dtmf; // replaced with the codec's frame once connected
  private final Queue<Character> digits = new ConcurrentLinkedQueue<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile @Nullable ParticipantPipeline pipeline;
  private volatile boolean closing;
  private volatile boolean muted;
  private volatile boolean held;
  private TickScheduler.@Nullable Registration registration;
  private boolean finished; // tick thread

  Phone(
      String name,
      MediaEngine engine,
      PhoneOptions options,
      AudioSource source,
      AudioSink sink,
      RoomListener listener,
      Executor events)
      throws MediaException {
    this.name = name;
    this.engine = engine;
    this.codecs = options.codecs();
    this.frameSamples = engine.mixRate() * MediaEngine.FRAME_MILLIS / 1000;
    this.source =
        source.sampleRate() == engine.mixRate()
            ? source
            : Resampler.source(source, engine.mixRate());
    this.sink =
        sink.sampleRate() == engine.mixRate() ? sink : Resampler.sink(sink, engine.mixRate());
    this.listener = listener;
    this.events = events;
    this.silence = new short[frameSamples];
    this.dtmf = new DtmfGenerator(frameSamples, 3, 10);
    if (options.ice()) {
      this.leg =
          new WebRtcLeg(
              name,
              engine,
              true,
              options.dtls(),
              options.stunServers(),
              options.turnServers(),
              this::emit);
      this.queue = leg.queue;
      this.transport = leg.transport;
    } else {
      boolean[] accepted = new boolean[128];
      codecs.forEach(c -> accepted[c.payloadType()] = true);
      MediaEngine.Endpoint endpoint = engine.openEndpoint(options.rtcpMux(), accepted, null, null);
      this.leg = null;
      this.queue = endpoint.queue();
      this.transport = endpoint.transport();
    }
  }

  void registration(TickScheduler.Registration r) {
    this.registration = r;
  }

  public String name() {
    return name;
  }

  /** Our offer: the phone's codecs and its candidate, or its ICE and DTLS descriptions. */
  public MediaOffer offer() {
    Candidate rtp = Candidate.of(transport.localRtp());
    Candidate rtcp = Candidate.of(transport.localRtcp());
    if (leg == null) {
      return new MediaOffer(codecs, rtp, rtcp, transport.rtcpMux());
    }
    return new MediaOffer(
        codecs,
        rtp,
        rtcp,
        true,
        leg.transport.localIce(),
        leg.localDtls(DtlsParameters.Setup.ACTPASS),
        List.of(new HeaderExtension(1, HeaderExtension.AUDIO_LEVEL)),
        List.of());
  }

  /**
   * Starts media with the peer's answer to {@link #offer()}.
   *
   * @throws MediaException SECURITY if we offered DTLS-SRTP and the answer has none
   */
  public void accept(MediaAnswer answer) throws MediaException {
    Negotiation.Result n = Negotiation.negotiate(answer.codecs(), supported(), engine.mixRate());
    if (leg == null) {
      start(n, answer.rtp(), answer.rtcp(), audioLevelId(answer.headerExtensions()));
      return;
    }
    IceParameters ice = answer.ice();
    if (ice == null) {
      throw new MediaException(MediaException.Reason.TRANSPORT, "the answer has no ICE-UDP");
    }
    DtlsParameters dtls = answer.dtls();
    if (leg.gate != null) {
      if (dtls == null) {
        throw new MediaException(
            MediaException.Reason.SECURITY, "the answer refused DTLS-SRTP: no plain fallback");
      }
      leg.startDtls(dtls, false);
    }
    start(n, null, null, audioLevelId(answer.headerExtensions()));
    leg.transport.setRemoteIce(ice);
  }

  /** Answers a peer's offer and starts media. */
  public MediaAnswer answer(MediaOffer offer) throws MediaException {
    Negotiation.Result n = Negotiation.negotiate(offer.codecs(), supported(), engine.mixRate());
    if (leg == null) {
      ParticipantPipeline p = start(n, offer.rtp(), offer.rtcp(), -1);
      return new MediaAnswer(
          n.answer(),
          Candidate.of(transport.localRtp()),
          Candidate.of(transport.localRtcp()),
          transport.rtcpMux(),
          p.localSsrc());
    }
    IceParameters ice = offer.ice();
    if (ice == null) {
      throw new MediaException(MediaException.Reason.TRANSPORT, "the offer has no ICE-UDP");
    }
    DtlsParameters dtls = offer.dtls();
    DtlsParameters ours = null;
    if (leg.gate != null) {
      if (dtls == null) {
        throw new MediaException(
            MediaException.Reason.SECURITY, "the offer has no DTLS-SRTP: no plain fallback");
      }
      ours = leg.localDtls(leg.startDtls(dtls, true));
    }
    leg.transport.controlling(false);
    ParticipantPipeline p = start(n, null, null, offer.audioLevelId());
    leg.transport.setRemoteIce(ice);
    Candidate local = Candidate.of(transport.localRtp());
    return new MediaAnswer(
        n.answer(),
        local,
        local,
        true,
        p.localSsrc(),
        leg.transport.localIce(),
        ours,
        Negotiation.headerExtensions(offer));
  }

  private static int audioLevelId(List<HeaderExtension> extensions) {
    for (HeaderExtension e : extensions) {
      if (HeaderExtension.AUDIO_LEVEL.equals(e.uri())) {
        return e.id();
      }
    }
    return -1;
  }

  /**
   * Starts an ICE restart (RFC 8445 § 9): returns our new credentials and candidates to signal in a
   * {@code transport-info}; media goes on over the current pair until the peer's new description
   * ({@link #setRemoteIce}) leads to a new one.
   *
   * @throws MediaException TRANSPORT on raw UDP or when the new agent cannot start
   */
  public IceParameters restartIce() throws MediaException {
    if (leg == null) {
      throw new MediaException(MediaException.Reason.TRANSPORT, "not an ICE leg: " + name);
    }
    try {
      return leg.transport.restart();
    } catch (java.io.IOException e) {
      throw new MediaException(MediaException.Reason.TRANSPORT, e.getMessage(), e);
    }
  }

  /** Whether an ICE restart is under way (its new checks have not selected a pair yet). */
  public boolean iceRestarting() {
    return leg != null && leg.transport.restarting();
  }

  /** The peer's new ICE description after a restart (its answer to {@link #restartIce()}). */
  public void setRemoteIce(IceParameters remote) {
    if (leg != null) {
      leg.transport.setRemoteIce(remote);
    }
  }

  /** ICE candidates the peer trickled; ignored on raw UDP. */
  public void addRemoteCandidates(List<IceCandidate> candidates) {
    if (leg != null) {
      leg.transport.addRemoteCandidates(candidates);
    }
  }

  /** Whether media can flow (always on raw UDP; after ICE and DTLS otherwise). */
  public boolean transportReady() {
    return leg == null || leg.ready();
  }

  private List<AudioCodec> supported() {
    List<AudioCodec> out = new ArrayList<>();
    for (AudioCodec c : engine.codecs()) {
      for (CodecSpec s : codecs) {
        if (s.name() != null
            ? c.name().equalsIgnoreCase(s.name())
            : s.payloadType() == c.staticPayloadType()) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  private ParticipantPipeline start(
      Negotiation.Result n, @Nullable Candidate rtp, @Nullable Candidate rtcp, int audioLevelId)
      throws MediaException {
    if (pipeline != null) {
      throw new IllegalStateException("phone " + name + " already connected");
    }
    if (leg == null) {
      transport.setRemote(
          rtp == null ? null : rtp.toSocketAddress(), rtcp == null ? null : rtcp.toSocketAddress());
    }
    ParticipantPipeline p =
        new ParticipantPipeline(
            engine.setup(n.payloads(), leg == null ? null : leg.gate, -1, audioLevelId),
            queue,
            transport,
            new Events());
    p.hold(held);
    dtmf = new DtmfGenerator(n.payloads().sendCodec().clockRate() / 50, 3, 10);
    pipeline = p;
    return p;
  }

  /**
   * While muted the phone sends silence in place of what its source produces (the source is still
   * read, as a microphone keeps capturing): RTP keeps flowing, so a bridge's media timeout does not
   * take the phone for gone. Any thread; takes effect at the next tick.
   */
  public void mute(boolean muted) {
    this.muted = muted;
  }

  public boolean muted() {
    return muted;
  }

  /**
   * While held (XEP-0167 § 7.2, whichever side asked) the phone sends no audio and plays silence;
   * RTCP goes on and the media clock keeps running, so the stream resumes where it would have been.
   * Any thread; takes effect at the next tick.
   */
  public void hold(boolean held) {
    this.held = held;
    ParticipantPipeline p = pipeline;
    if (p != null) {
      p.hold(held);
    }
  }

  public boolean held() {
    return held;
  }

  /** Queues DTMF digits ('0'–'9', '*', '#', 'A'–'D'), sent as RFC 4733 events of 100 ms. */
  public void sendDtmf(String symbols) {
    for (char c : symbols.toCharArray()) {
      TelephoneEvent.eventOf(c); // validates
      digits.add(c);
    }
  }

  /** The stream's statistics, once connected. */
  public Optional<PipelineStats> stats() {
    ParticipantPipeline p = pipeline;
    return p == null ? Optional.empty() : Optional.of(p.stats());
  }

  /** Hangs up: RTCP BYE at the next tick, then the sockets close; the future says when. */
  public CompletableFuture<Void> close() {
    closing = true;
    return closed;
  }

  @Override
  public int weight() {
    return 1;
  }

  @Override
  public void tick(long now, int ticks) {
    if (closing) {
      finish();
      return;
    }
    ParticipantPipeline p = pipeline;
    if (p == null) {
      discardReceived();
      return;
    }
    p.receive();
    AudioFrame f = p.playout(engine.config().clock().nanoTime(), ticks); // after the drain
    boolean onHold = held;
    sink.write(!onHold && f.hasInput() ? f.input() : silence, 0, frameSamples);
    fill(f.output());
    if (onHold) {
      p.skipSend(ticks);
    } else {
      if (muted) {
        java.util.Arrays.fill(f.output(), (short) 0);
      }
      for (Character c; (c = digits.poll()) != null; ) {
        dtmf.enqueue(c, 5);
      }
      if (!p.sendTelephoneEvent(dtmf, ticks)) {
        p.send(f);
      }
    }
    p.housekeeping(now);
  }

  private void fill(short[] out) {
    int n = 0;
    while (n < out.length) {
      int r = source.read(out, n, out.length - n);
      if (r <= 0) {
        break;
      }
      n += r;
    }
    java.util.Arrays.fill(out, n, out.length, (short) 0);
  }

  private void discardReceived() {
    InboundQueue q = queue;
    while (q.peek()) {
      q.release();
    }
  }

  private void finish() {
    if (finished) {
      return;
    }
    finished = true;
    TickScheduler.Registration r = registration;
    if (r != null) {
      r.cancel();
    }
    ParticipantPipeline p = pipeline;
    if (p != null) {
      p.sendBye("hang up");
      p.close();
    }
    transport.close().whenComplete((v, e) -> closed.complete(null));
    engine.forget(this);
  }

  void closeFromEngine() {
    closing = true;
    finish();
  }

  private void emit(RoomEvent e) {
    try {
      events.execute(() -> listener.onEvent(e));
    } catch (RejectedExecutionException ex) {
      LOG.warn("phone {}: event executor rejected {}", name, e);
    }
  }

  private final class Events implements PipelineEvents {
    @Override
    public void onDtmf(DtmfDetector.Digit digit) {
      emit(new RoomEvent.Dtmf(name, digit.symbol(), Duration.ofMillis(digit.durationMillis())));
    }

    @Override
    public void onBye(@Nullable String reason) {
      emit(new RoomEvent.Bye(name, reason));
    }
  }

  @Override
  public String toString() {
    return "Phone[" + name + "]";
  }
}
