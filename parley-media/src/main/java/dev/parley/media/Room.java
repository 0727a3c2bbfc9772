/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.AudioEncoder;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.mixer.MixMinus;
import dev.parley.media.mixer.RateConverter;
import dev.parley.media.mixer.SpeakerSelection;
import dev.parley.media.mixer.TickScheduler;
import dev.parley.media.mixer.Tickable;
import dev.parley.media.pipeline.AudioFrame;
import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PipelineEvents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A conference: every participant hears the mix of the active talkers except itself (mix-minus).
 *
 * <p>Each tick (on the room's tick thread):
 *
 * <ol>
 *   <li>drain every participant's packets;
 *   <li>pull each one's frame from its jitter buffer — without decoding it when the participant
 *       reports (RFC 6464 audio level, XEP-0294) that it is below {@link
 *       SpeakerSelection#SILENT_DBOV} and is not a selected talker: nothing it says could be heard;
 *   <li>select the <em>talkers</em>, the {@link MediaConfig#activeSpeakers() K} loudest
 *       participants with audio (not muted, not held), by their reported level or else their
 *       decoded level ({@link SpeakerSelection});
 *   <li>sum the talkers; give each talker the sum minus its own frame (a personal mix, encoded for
 *       it), and everyone else the sum itself, encoded <b>once per codec</b> for all of them — so a
 *       listener costs a payload copy, its SRTP encryption and a send, whatever the room's size.
 *       With a stateful codec (Opus) the shared encoder's stream is continuous while a listener
 *       stays a listener; a listener who becomes a talker switches to its own encoder (its decoder
 *       sees a new stream, which Opus conceals in a few milliseconds);
 *   <li>RTCP, DTMF timeouts and the media timeout.
 * </ol>
 *
 * See {@link dev.parley.media.mixer.SoftClipper} for clipping.
 */
public final class Room implements Tickable {
  private static final Logger LOG = LoggerFactory.getLogger(Room.class);
  private static final double DIGITAL_SILENCE_DBOV = -127;

  private final String id;
  private final MediaEngine engine;
  private final RoomListener listener;
  private final Executor events;
  private final int frameSamples;
  private final long mediaTimeoutNanos;
  private final dev.parley.media.clock.MediaClock clock;
  private final AtomicReference<Participant[]> participants =
      new AtomicReference<>(new Participant[0]);
  private final Map<String, Participant> byId = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> closed = new CompletableFuture<>();
  private volatile boolean closing;
  private volatile boolean finishing;
  private TickScheduler.@Nullable Registration registration;

  // tick thread only
  private final SpeakerSelection selection;
  private double[] levels = new double[16];
  private double[] smoothed = new double[16];
  private boolean[] talking = new boolean[16];
  private final int[] sum;
  private final short[] mixAll;
  private final List<SharedEncoding> shared = new ArrayList<>(2);
  private boolean mixAllReady;

  /**
   * One encoder's output of the talkers' mix, shared by every listener with that codec (a stateful
   * encoder runs as one continuous stream for all of them).
   */
  private static final class SharedEncoding {
    final AudioCodec codec;
    final AudioEncoder encoder;
    final byte[] payload;
    final @Nullable RateConverter down;
    final short[] pcm;
    int length = -1;

    SharedEncoding(AudioCodec codec, int frameSamples, int mixRate) {
      this.codec = codec;
      this.encoder = codec.newEncoder();
      int codecSamples = codec.clockRate() / 50;
      this.payload = new byte[encoder.maxPayloadBytes(codecSamples)];
      this.down =
          codec.clockRate() == mixRate ? null : new RateConverter(mixRate, codec.clockRate());
      this.pcm = new short[codecSamples];
    }

    int encode(short[] mix, int frameSamples) {
      if (down == null) {
        return encoder.encode(mix, 0, frameSamples, payload, 0);
      }
      down.process(mix, 0, frameSamples, pcm, 0);
      return encoder.encode(pcm, 0, pcm.length, payload, 0);
    }
  }

  Room(
      String id,
      MediaEngine engine,
      RoomListener listener,
      Executor events,
      int frameSamples,
      Duration mediaTimeout) {
    this.id = id;
    this.engine = engine;
    this.listener = listener;
    this.events = events;
    this.frameSamples = frameSamples;
    this.mediaTimeoutNanos = mediaTimeout.toNanos();
    this.clock = engine.config().clock();
    this.sum = new int[frameSamples];
    this.selection = new SpeakerSelection(engine.config().activeSpeakers());
    this.mixAll = new short[frameSamples];
  }

  void registration(TickScheduler.Registration r) {
    this.registration = r;
  }

  public String id() {
    return id;
  }

  /**
   * Adds a participant: negotiates codecs, binds a port pair (raw UDP) or one port (ICE-UDP), and
   * starts mixing it at the next tick. Returns at once; {@link Participant#answer()} is what to
   * signal back. With ICE we are the controlled agent and, with DTLS-SRTP, the DTLS client ({@code
   * setup='active'}); media flows once {@link RoomEvent.TransportReady} is reported.
   *
   * @throws MediaException NO_COMMON_CODEC, TRANSPORT (no port), SECURITY (plain RTP refused by
   *     policy, unusable fingerprint), CLOSED
   * @throws IllegalStateException if a participant with this id is already in the room
   */
  public Participant addParticipant(String participantId, MediaOffer offer) throws MediaException {
    if (closing) {
      throw new MediaException(MediaException.Reason.CLOSED, "room " + id + " is closed");
    }
    if (byId.containsKey(participantId)) {
      throw new IllegalStateException("already in room " + id + ": " + participantId);
    }
    engine.checkSecurity(offer);
    Negotiation.Result n = Negotiation.negotiate(offer.codecs(), engine.codecs(), engine.mixRate());
    Events adapter = new Events(participantId);
    ParticipantPipeline pipeline;
    MediaAnswer answer;
    WebRtcLeg leg = null;
    IceParameters remoteIce = offer.ice();
    if (remoteIce == null) {
      pipeline =
          engine.openLeg(
              n.payloads(),
              offer.audioLevelId(),
              offer.rtcpMux(),
              offer.rtp(),
              offer.rtcp(),
              adapter);
      answer =
          new MediaAnswer(
              n.answer(),
              Candidate.of(pipeline.transport().localRtp()),
              Candidate.of(pipeline.transport().localRtcp()),
              pipeline.transport().rtcpMux(),
              pipeline.localSsrc(),
              null,
              null,
              Negotiation.headerExtensions(offer));
    } else {
      DtlsParameters remoteDtls = offer.dtls();
      leg = new WebRtcLeg(participantId, engine, false, remoteDtls != null, this::emit);
      try {
        DtlsParameters ours =
            remoteDtls == null ? null : leg.localDtls(leg.startDtls(remoteDtls, true));
        pipeline =
            new ParticipantPipeline(
                engine.setup(n.payloads(), leg.gate, offer.audioLevelId(), -1),
                leg.queue,
                leg.transport,
                adapter);
        leg.transport.setRemoteIce(remoteIce);
        Candidate local = Candidate.of(leg.transport.localRtp());
        answer =
            new MediaAnswer(
                n.answer(),
                local,
                local,
                true,
                pipeline.localSsrc(),
                leg.transport.localIce(),
                ours,
                Negotiation.headerExtensions(offer));
      } catch (MediaException | RuntimeException e) {
        leg.transport.close();
        throw e;
      }
    }
    return admit(participantId, pipeline, answer, leg);
  }

  /**
   * Dials out: a participant the bridge offers media to (the bridge is the ICE controlling agent
   * and says {@code actpass}). Signal {@link Invitation#offer()}; when the answer comes, {@link
   * Invitation#accept} adds the participant.
   *
   * @throws MediaException SECURITY when policy requires DTLS-SRTP and {@code options} has none;
   *     TRANSPORT (no port); CLOSED
   */
  public Invitation invite(String participantId, PhoneOptions options) throws MediaException {
    if (closing) {
      throw new MediaException(MediaException.Reason.CLOSED, "room " + id + " is closed");
    }
    if (!options.dtls() && engine.config().security() == SecurityPolicy.REQUIRE_DTLS_SRTP) {
      throw new MediaException(
          MediaException.Reason.SECURITY, "plain RTP is refused: DTLS-SRTP is required");
    }
    return new Invitation(this, engine, participantId, options);
  }

  /** Adds a participant whose pipeline is built (answered, or invited and accepted). */
  Participant admit(
      String participantId,
      ParticipantPipeline pipeline,
      MediaAnswer answer,
      @Nullable WebRtcLeg leg)
      throws MediaException {
    Participant p = new Participant(participantId, this, pipeline, answer, clock.nanoTime(), leg);
    if (byId.putIfAbsent(participantId, p) != null) {
      pipeline.transport().close();
      pipeline.close();
      throw new IllegalStateException("already in room " + id + ": " + participantId);
    }
    participants.updateAndGet(
        a -> {
          Participant[] b = Arrays.copyOf(a, a.length + 1);
          b[a.length] = p;
          return b;
        });
    if (finishing) {
      // the room finished concurrently and may not have seen this participant: finish it here
      // (finishing a participant twice is harmless)
      remove(p);
      p.finish("room closed");
      throw new MediaException(MediaException.Reason.CLOSED, "room " + id + " is closed");
    }
    return p;
  }

  /** The participants, in order of arrival. */
  public List<Participant> participants() {
    return List.of(participants.get());
  }

  public Optional<Participant> participant(String participantId) {
    return Optional.ofNullable(byId.get(participantId));
  }

  /**
   * Closes the room: every participant gets RTCP BYE and its sockets are closed at the next tick.
   * The future completes when every port is free. Idempotent.
   */
  public CompletableFuture<Void> close() {
    closing = true;
    return closed;
  }

  @Override
  public int weight() {
    return Math.max(1, participants.get().length);
  }

  @Override
  public void tick(long now, int ticks) {
    if (closing) {
      finishAll("room closed");
      return;
    }
    Participant[] ps = leaveRequested();
    int n = ps.length;
    if (levels.length < n) {
      levels = new double[n * 2];
      smoothed = new double[n * 2];
      talking = new boolean[n * 2];
    }
    for (int i = 0; i < n; i++) {
      Participant p = ps[i];
      ParticipantPipeline pipeline = p.pipeline();
      pipeline.receive();
      long turn = clock.nanoTime();
      double reported = pipeline.audioLevelDbov(turn);
      boolean silent = !Double.isNaN(reported) && reported < SpeakerSelection.SILENT_DBOV;
      // the time of this participant's turn, not the tick's start: packets that arrived since
      // the tick began were just drained, and their wait must not come out negative
      AudioFrame f = pipeline.playout(turn, ticks, !p.muted() && (!silent || p.talking));
      p.frame = f;
      boolean audible =
          f.hasInput()
              && f.inputLevelDbov() > DIGITAL_SILENCE_DBOV
              && !p.muted()
              && !pipeline.held();
      levels[i] =
          !audible
              ? SpeakerSelection.NOT_TALKING
              : Double.isNaN(reported) ? f.inputLevelDbov() : reported;
      smoothed[i] = p.smoothedLevel;
      talking[i] = p.talking;
    }
    selection.update(levels, smoothed, talking, n);
    for (int i = 0; i < n; i++) {
      ps[i].smoothedLevel = smoothed[i];
      ps[i].talking = talking[i];
      if (ps[i].talkingPublished != talking[i]) {
        ps[i].talkingPublished = talking[i];
      }
      ps[i].contributes = talking[i];
    }
    mix(ps, ticks);
    for (Participant p : ps) {
      p.pipeline().housekeeping(now);
      checkMediaTimeout(p, now);
    }
  }

  /** Mixer(N−1): sum the contributors, then give each participant its mix. */
  private void mix(Participant[] ps, int ticks) {
    MixMinus.clear(sum, frameSamples);
    for (Participant p : ps) {
      if (p.contributes) {
        MixMinus.add(sum, p.frame.input(), frameSamples);
      }
    }
    mixAllReady = false;
    for (SharedEncoding s : shared) {
      s.length = -1;
    }
    for (Participant p : ps) {
      ParticipantPipeline pipeline = p.pipeline();
      AudioFrame f = p.frame;
      if (pipeline.held()) {
        pipeline.skipSend(ticks);
        continue;
      }
      if (p.contributes) {
        MixMinus.minus(sum, f.input(), f.output(), frameSamples);
      } else {
        SharedEncoding s = sharedFor(p);
        if (s.length < 0) {
          s.length = s.encode(mixAll(), frameSamples);
        }
        f.shareEncoded(s.payload, s.length);
      }
      pipeline.send(f);
    }
  }

  private short[] mixAll() {
    if (!mixAllReady) {
      MixMinus.all(sum, mixAll, frameSamples);
      mixAllReady = true;
    }
    return mixAll;
  }

  private SharedEncoding sharedFor(Participant p) {
    AudioCodec codec = p.pipeline().sendCodec();
    for (SharedEncoding s : shared) {
      if (s.codec == codec) {
        return s;
      }
    }
    SharedEncoding s = new SharedEncoding(codec, frameSamples, engine.mixRate());
    shared.add(s);
    return s;
  }

  private void checkMediaTimeout(Participant p, long now) {
    boolean held = p.pipeline().held();
    if (held || p.wasHeld) {
      p.silenceSince = now; // hold suspends the timer; it restarts on unhold
      p.wasHeld = held;
      return;
    }
    double last = p.pipeline().lastRtpNanos();
    long since = Double.isNaN(last) ? p.silenceSince : Math.max(p.silenceSince, (long) last);
    long silent = now - since;
    if (!p.timedOut && silent >= mediaTimeoutNanos) {
      p.timedOut = true;
      emit(new RoomEvent.MediaTimeout(p.id(), Duration.ofNanos(silent)));
    } else if (p.timedOut && silent < mediaTimeoutNanos) {
      p.timedOut = false;
      emit(new RoomEvent.MediaResumed(p.id()));
    }
  }

  /** Removes participants whose close was requested (sending BYE); returns who is left. */
  private Participant[] leaveRequested() {
    Participant[] ps = participants.get();
    for (Participant p : ps) {
      if (p.closeRequested()) {
        remove(p);
        p.finish("left");
      }
    }
    return participants.get();
  }

  private void remove(Participant p) {
    participants.updateAndGet(
        a -> Arrays.stream(a).filter(x -> x != p).toArray(Participant[]::new));
    byId.remove(p.id(), p);
  }

  /** Finishes every participant and the room; tick thread, or after the ticks stopped. */
  void finishAll(String reason) {
    finishing = true;
    TickScheduler.Registration r = registration;
    if (r != null) {
      r.cancel();
    }
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (Participant p : participants.getAndSet(new Participant[0])) {
      byId.remove(p.id(), p);
      p.finish(reason);
      futures.add(p.closedFuture());
    }
    for (SharedEncoding s : shared) {
      s.encoder.close();
    }
    shared.clear();
    engine.forget(this);
    CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
        .whenComplete((v, e) -> closed.complete(null));
  }

  void closeFromEngine() {
    closing = true;
    finishAll("shutdown");
  }

  void emit(RoomEvent e) {
    try {
      events.execute(() -> listener.onEvent(e));
    } catch (RejectedExecutionException ex) {
      LOG.warn("room {}: event executor rejected {}", id, e);
    }
  }

  PipelineEvents pipelineEvents(String participantId) {
    return new Events(participantId);
  }

  /** Turns one participant's pipeline events into room events. */
  private final class Events implements PipelineEvents {
    private final String participant;

    Events(String participant) {
      this.participant = participant;
    }

    @Override
    public void onDtmf(DtmfDetector.Digit digit) {
      emit(
          new RoomEvent.Dtmf(
              participant, digit.symbol(), Duration.ofMillis(digit.durationMillis())));
    }

    @Override
    public void onBye(@Nullable String reason) {
      emit(new RoomEvent.Bye(participant, reason));
    }
  }

  @Override
  public String toString() {
    return "Room[" + id + ", " + participants.get().length + " participants]";
  }
}
