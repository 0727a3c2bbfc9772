/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PipelineEvents;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A participant the bridge dials out to, between its offer and the peer's answer. With ICE the
 * bridge is the controlling agent (RFC 8445 § 6.1.1: the offerer) and offers DTLS {@code actpass}
 * (RFC 5763 § 5); the answer's {@code setup} decides who is the DTLS client. Exactly one of {@link
 * #accept} and {@link #cancel} should be called.
 */
public final class Invitation {
  private final Room room;
  private final MediaEngine engine;
  private final String participantId;
  private final PhoneOptions options;
  private final @Nullable WebRtcLeg leg;
  private final MediaEngine.@Nullable Endpoint endpoint;
  private final MediaOffer offer;
  private boolean done;

  Invitation(Room room, MediaEngine engine, String participantId, PhoneOptions options)
      throws MediaException {
    this.room = room;
    this.engine = engine;
    this.participantId = participantId;
    this.options = options;
    if (options.ice()) {
      this.leg = new WebRtcLeg(participantId, engine, true, options.dtls(), room::emit);
      this.endpoint = null;
      Candidate local = Candidate.of(leg.transport.localRtp());
      this.offer =
          new MediaOffer(
              options.codecs(),
              local,
              local,
              true,
              leg.transport.localIce(),
              leg.localDtls(DtlsParameters.Setup.ACTPASS),
              List.of(new HeaderExtension(1, HeaderExtension.AUDIO_LEVEL)),
              List.of());
    } else {
      boolean[] accepted = new boolean[128];
      options.codecs().forEach(c -> accepted[c.payloadType()] = true);
      this.leg = null;
      this.endpoint = engine.openEndpoint(options.rtcpMux(), accepted, null, null);
      this.offer =
          new MediaOffer(
              options.codecs(),
              Candidate.of(endpoint.transport().localRtp()),
              Candidate.of(endpoint.transport().localRtcp()),
              endpoint.transport().rtcpMux());
    }
  }

  /** What to signal (a Jingle {@code session-initiate}). */
  public MediaOffer offer() {
    return offer;
  }

  /**
   * The peer's answer: negotiates, starts ICE checks and the DTLS handshake, and adds the
   * participant to the room (media flows at {@link RoomEvent.TransportReady} on ICE legs).
   *
   * @throws MediaException NO_COMMON_CODEC; SECURITY if we offered DTLS-SRTP and the answer has
   *     none (no plain fallback) or an unusable setup; TRANSPORT if we offered ICE and the answer
   *     has none; CLOSED
   */
  public Participant accept(MediaAnswer answer) throws MediaException {
    if (done) {
      throw new IllegalStateException("invitation already settled: " + participantId);
    }
    done = true;
    try {
      Negotiation.Result n =
          Negotiation.negotiate(answer.codecs(), engine.codecs(), engine.mixRate());
      int audioLevelId = -1;
      for (HeaderExtension e : answer.headerExtensions()) {
        if (HeaderExtension.AUDIO_LEVEL.equals(e.uri())) {
          audioLevelId = e.id();
        }
      }
      PipelineEvents events = room.pipelineEvents(participantId);
      if (leg == null) {
        MediaEngine.Endpoint e = endpoint;
        e.transport().setRemote(answer.rtp().toSocketAddress(), answer.rtcp().toSocketAddress());
        ParticipantPipeline pipeline =
            new ParticipantPipeline(
                engine.setup(n.payloads(), null, audioLevelId, -1),
                e.queue(),
                e.transport(),
                events);
        return room.admit(participantId, pipeline, answer, null);
      }
      IceParameters ice = answer.ice();
      if (ice == null) {
        throw new MediaException(MediaException.Reason.TRANSPORT, "the answer has no ICE-UDP");
      }
      if (leg.gate != null) {
        DtlsParameters dtls = answer.dtls();
        if (dtls == null) {
          throw new MediaException(
              MediaException.Reason.SECURITY, "the answer refused DTLS-SRTP: no plain fallback");
        }
        leg.startDtls(dtls, false);
      }
      ParticipantPipeline pipeline =
          new ParticipantPipeline(
              engine.setup(n.payloads(), leg.gate, audioLevelId, -1),
              leg.queue,
              leg.transport,
              events);
      Participant p = room.admit(participantId, pipeline, answer, leg);
      leg.transport.setRemoteIce(ice);
      return p;
    } catch (MediaException | RuntimeException e) {
      close();
      throw e;
    }
  }

  /** The peer declined or the call was abandoned: frees the port. */
  public void cancel() {
    if (!done) {
      done = true;
      close();
    }
  }

  private void close() {
    if (leg != null) {
      leg.transport.close();
    } else if (endpoint != null) {
      endpoint.transport().close();
    }
  }
}
