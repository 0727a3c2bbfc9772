/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.Codec;
import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.jingle.negotiation.RtpNegotiation;
import dev.parley.jingle.negotiation.RtpPolicy;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Extensions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The signalling work of parley-jingle once a stanza is parsed: a trickled candidate reaching one
 * of {@code sessions} live sessions of a registry (the bridge's most frequent Jingle IQ), a whole
 * call (initiate received, accept sent, its result, terminate sent), and answering a WebRTC audio
 * offer.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JingleSessionBench {
  @Param({"100"})
  public int sessions;

  private static final Jid BRIDGE = jid("room@bridge.example/bridge");
  private static final Jid CALLER = jid("caller@example.org/phone");

  /** One second passes per call, so ended keys are forgotten after the retention as in service. */
  private Instant now = Instant.parse("2026-03-01T00:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          throw new UnsupportedOperationException();
        }
      };
  private JingleSessions registry;
  private Iq trickle;
  private RtpDescription webrtcOffer;
  private final RtpPolicy policy =
      RtpPolicy.of(List.of(Codec.OPUS, Codec.PCMU, Codec.PCMA, Codec.TELEPHONE_EVENT))
          .withRtcpMux(true);
  private long call;

  @Setup
  public void setup() {
    registry = new JingleSessions(IdGenerator.sequence("id"), clock);
    for (int i = 0; i < sessions; i++) {
      registry.receive(initiate(jid("user" + i + "@example.org/phone"), "sid" + i, "i" + i));
    }
    Jid peer = jid("user" + (sessions / 2) + "@example.org/phone");
    Content candidate =
        Content.of(
            Creator.INITIATOR,
            "audio",
            null,
            IceUdpTransport.of(
                "ufrag",
                "0123456789012345678901",
                List.of(IceCandidate.host(1, "2", "c2", "198.51.100.7", 40000, 65000))));
    trickle =
        Iq.set(BRIDGE, Jingle.transportInfo("sid" + (sessions / 2), candidate))
            .withFrom(peer)
            .withId("t");
    webrtcOffer = (RtpDescription) offer().description();
  }

  /** A trickled ICE candidate for one session among {@code sessions}. */
  @Benchmark
  public Received transportInfo() {
    return registry.receive(trickle);
  }

  /** One call from session-initiate to session-terminate, on a registry of {@code sessions}. */
  @Benchmark
  public Iq wholeCall() {
    Jid caller = CALLER;
    now = now.plusSeconds(1);
    String sid = "call" + (call++);
    registry.receive(initiate(caller, sid, "i"));
    SessionKey key = new SessionKey(caller, sid);
    Content answer = offer();
    Iq accept =
        registry.execute(key, (s, id) -> s.accept(id, List.of(answer), List.of())).request();
    registry.receive(
        new Iq(
            Iq.Type.RESULT, accept.id(), caller, BRIDGE, null, List.of(), null, Extensions.NONE));
    return registry
        .execute(key, (s, id) -> s.terminate(id, Reason.of(ReasonCondition.SUCCESS)))
        .request();
  }

  /** Answering a libwebrtc-style audio offer. */
  @Benchmark
  public RtpAnswer rtpAnswer() {
    return RtpNegotiation.answer(webrtcOffer, policy);
  }

  /** The first session's key, for checks. */
  public SessionKey someSession() {
    return new SessionKey(jid("user0@example.org/phone"), "sid0");
  }

  JingleSessions registry() {
    return registry;
  }

  private static Iq initiate(Jid from, String sid, String id) {
    return Iq.set(BRIDGE, Jingle.sessionInitiate(sid, from, List.of(offer())))
        .withFrom(from)
        .withId(id);
  }

  private static Content offer() {
    RtpDescription audio =
        new RtpDescription(
            "audio",
            null,
            List.of(
                PayloadType.of(111, "opus", 48000, 2),
                PayloadType.of(63, "red", 48000, 2),
                PayloadType.of(9, "G722", 8000),
                PayloadType.of(0, "PCMU", 8000),
                PayloadType.of(8, "PCMA", 8000),
                PayloadType.of(13, "CN", 8000),
                PayloadType.of(110, "telephone-event", 48000),
                PayloadType.of(126, "telephone-event", 8000)),
            true,
            null,
            null,
            Extensions.NONE);
    return Content.of(
        Creator.INITIATOR,
        "audio",
        audio,
        IceUdpTransport.of("ufrag", "0123456789012345678901", List.of()));
  }

  private static Jid jid(String s) {
    try {
      return JidCreate.from(s);
    } catch (XmppStringprepException e) {
      throw new IllegalArgumentException(s, e);
    }
  }
}
