/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiEvent;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.CodecSpec;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.Phone;
import dev.parley.media.PhoneOptions;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import dev.parley.server.CapturedIq;
import dev.parley.testkit.Prosody;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A WebRTC caller built from Parley's own parts (a parley-media phone with ICE-UDP, DTLS-SRTP and
 * Opus; the Jingle state machine; {@link IceMapping}), for what the independent aiortc peer cannot
 * do: an ICE restart (RFC 8445 § 9) in the middle of a call, or an answer held back until the room
 * trickled a candidate. It calls with a direct session-initiate, trickles its candidates and
 * applies the room's; after {@link #answerCalls} it takes the room's calls (XEP-0353 proceed, then
 * session-accept).
 */
final class WebRtcCaller implements AutoCloseable {
  static {
    // the room's Jingle IQs reach the test as Parley records, not through Smack's own providers
    CapturedIq.register("jingle", Jingle.NAMESPACE);
    CapturedIq.register("conference-info", ConferenceInfo.NAMESPACE);
    for (String e : List.of("propose", "ringing", "proceed", "reject", "retract", "finish")) {
      RawElement.register(e, JmiMessage.NAMESPACE);
    }
  }

  private static final String CONTENT = "0";

  final XMPPTCPConnection xmpp;
  final Jid me;
  final Phone phone;
  final Recorder recorder = new Recorder(8000, 8000 * 120);
  final CompletableFuture<SessionEvent.Accepted> accepted = new CompletableFuture<>();
  final CompletableFuture<Reason> terminated = new CompletableFuture<>();

  /** The ICE credentials the room signalled, in order (its answer, then each restart). */
  final List<String> roomUfrags = new CopyOnWriteArrayList<>();

  /** The room's session-initiate (when the room calls), as received. */
  final CompletableFuture<Iq> initiate = new CompletableFuture<>();

  /** The room's Jingle requests after its session-initiate, in order, as received. */
  final List<Iq> requests = new CopyOnWriteArrayList<>();

  /** The candidates the room trickled while its call was unanswered, in order. */
  final List<dev.parley.protocol.jingle.ice.IceCandidate> trickledBeforeAnswer =
      new CopyOnWriteArrayList<>();

  private final ExecutorService serial = Executors.newSingleThreadExecutor();
  private final IdGenerator ids = IdGenerator.uuids(new SecureRandom());
  private final JingleSessions sessions = new JingleSessions(ids, Clock.systemUTC());
  private volatile SessionKey key;
  private final Jmi jmi;
  private @Nullable Predicate<List<dev.parley.protocol.jingle.ice.IceCandidate>> answerWhen;
  private SessionEvent.@Nullable Initiated unanswered;

  WebRtcCaller(Prosody prosody, String user, MediaEngine media, AudioSource source)
      throws MediaException {
    this.xmpp = prosody.login(user, "webrtc");
    this.me = xmpp.getUser();
    this.jmi = new Jmi(me, ids, JmiOptions.DEFAULT);
    // what the room looks for in disco#info before it offers WebRTC media to a device it calls
    ServiceDiscoveryManager disco = ServiceDiscoveryManager.getInstanceFor(xmpp);
    disco.addFeature(IceUdpTransport.NAMESPACE);
    disco.addFeature(Fingerprint.NAMESPACE);
    xmpp.addAsyncStanzaListener(
        m -> {
          var parsed = RawElement.toParley((org.jivesoftware.smack.packet.Message) m);
          serial.execute(() -> onJmi(parsed));
        },
        m ->
            m instanceof org.jivesoftware.smack.packet.Message msg
                && msg.getExtensions().stream().anyMatch(e -> e instanceof RawElement));
    xmpp.registerIQRequestHandler(
        new AbstractIqRequestHandler(
            "jingle", Jingle.NAMESPACE, IQ.Type.set, IQRequestHandler.Mode.sync) {
          @Override
          public IQ handleIQRequest(IQ request) {
            Iq iq = ((CapturedIq) request).toParley();
            serial.execute(() -> onRequest(iq));
            return null; // answered by the state machine
          }
        });
    xmpp.registerIQRequestHandler(
        new AbstractIqRequestHandler(
            "conference-info", ConferenceInfo.NAMESPACE, IQ.Type.set, IQRequestHandler.Mode.sync) {
          @Override
          public IQ handleIQRequest(IQ request) {
            Iq iq = ((CapturedIq) request).toParley();
            serial.execute(() -> send(iq.result())); // documents are not this test's concern
            return null;
          }
        });
    xmpp.addAsyncStanzaListener(
        s -> {
          Iq iq = CapturedIq.toParley(s);
          serial.execute(() -> handle(sessions.receive(iq)));
        },
        s ->
            s instanceof IQ iq
                && (iq.getType() == IQ.Type.result || iq.getType() == IQ.Type.error));
    this.phone =
        media.openPhone(
            user + "/webrtc",
            PhoneOptions.webrtc(
                List.of(new CodecSpec(111, "opus", 48000, 2, Map.of()), CodecSpec.pcmu())),
            source,
            recorder,
            e -> {}, // host candidates only on loopback: nothing is found later
            serial);
  }

  /** A session-initiate straight to {@code to}: ICE-UDP with DTLS-SRTP, bundled, Opus first. */
  void call(Jid to) {
    call(to, false);
  }

  /**
   * Calls {@code to}, optionally signalling a fingerprint that is not our certificate's (what a man
   * in the middle would cause): the DTLS handshake must then fail, never fall back.
   */
  void call(Jid to, boolean wrongFingerprint) {
    serial.execute(
        () -> {
          Content offer = IceMapping.offer(CONTENT, phone.offer(), ids);
          if (wrongFingerprint) {
            IceUdpTransport t = offer.transport(IceUdpTransport.class).orElseThrow();
            Fingerprint f = t.fingerprint().orElseThrow();
            String other =
                f.value().startsWith("00")
                    ? "11" + f.value().substring(2)
                    : "00" + f.value().substring(2);
            offer =
                new Content(
                    offer.creator(),
                    offer.name(),
                    offer.disposition(),
                    offer.senders(),
                    offer.description(RtpDescription.class).orElseThrow(),
                    t.withFingerprint(Fingerprint.of(f.hash(), f.setup(), other)),
                    null,
                    Extensions.NONE);
          }
          send(sessions.initiate(me, to, List.of(offer), List.of(Group.bundle(List.of(CONTENT)))));
        });
  }

  /**
   * Takes the room's calls: proceeds on its XEP-0353 proposal, acknowledges its session-initiate
   * and answers it once {@code ready} holds for the candidates the room trickled so far.
   */
  void answerCalls(Predicate<List<dev.parley.protocol.jingle.ice.IceCandidate>> ready) {
    serial.execute(() -> answerWhen = ready);
  }

  /**
   * Restarts ICE: new credentials and candidates in a transport-info; the room answers likewise.
   */
  void restartIce() {
    serial.execute(
        () -> {
          try {
            trickle(phone.restartIce());
          } catch (MediaException e) {
            throw new IllegalStateException(e);
          }
        });
  }

  private void trickle(IceParameters ice) {
    Content c =
        IceMapping.transportInfo(Creator.INITIATOR, CONTENT, IceMapping.transport(ice, null, ids));
    send(sessions.execute(key, (s, id) -> s.transportInfo(id, List.of(c))));
  }

  private void onJmi(dev.parley.protocol.stanza.Message m) {
    JmiOutcome out = jmi.receive(m, java.time.Instant.now());
    out.messages().forEach(this::send);
    for (JmiEvent e : out.events()) {
      if (e instanceof JmiEvent.Proposed p && answerWhen != null) {
        jmi.proceed(p.id()).messages().forEach(this::send);
      }
    }
  }

  private void onRequest(Iq iq) {
    if (initiate.isDone()) {
      requests.add(iq);
    } else if (iq.payload(Jingle.class)
        .map(j -> j.action() == JingleAction.SESSION_INITIATE)
        .orElse(false)) {
      initiate.complete(iq);
    }
    Received r = sessions.receive(iq);
    if (r.reply() != null) {
      send(r.reply());
    }
    handle(r);
  }

  private void handle(Received r) {
    for (SessionEvent e : r.events()) {
      try {
        if (e instanceof SessionEvent.Initiated i) {
          key = SessionKey.of(r.session());
          unanswered = i;
          maybeAnswer();
        } else if (e instanceof SessionEvent.Accepted a) {
          Content c = a.contents().get(0);
          IceDtlsOffer room = IceDtlsOffer.of(c).orElseThrow();
          roomUfrags.add(room.ufrag());
          phone.accept(
              IceMapping.answer(
                  c.description(RtpDescription.class).orElseThrow(), room, phone.offer().rtp()));
          accepted.complete(a);
        } else if (e instanceof SessionEvent.Terminated t) {
          terminated.complete(t.reason() == null ? Reason.of(ReasonCondition.SUCCESS) : t.reason());
        } else if (e instanceof SessionEvent.TransportInfo t && unanswered != null) {
          for (Content c : t.contents()) {
            c.transport(IceUdpTransport.class)
                .ifPresent(x -> trickledBeforeAnswer.addAll(x.candidates()));
          }
          maybeAnswer();
        } else if (e instanceof SessionEvent.TransportInfo t) {
          for (Content c : t.contents()) {
            IceUdpTransport ice = c.transport(IceUdpTransport.class).orElse(null);
            if (ice == null || ice.ufrag() == null || ice.pwd() == null) {
              continue;
            }
            if (!ice.ufrag().equals(roomUfrags.get(roomUfrags.size() - 1))) {
              roomUfrags.add(ice.ufrag()); // the room's answer to our restart
              phone.setRemoteIce(
                  new IceParameters(
                      ice.ufrag(), ice.pwd(), IceMapping.candidates(ice.candidates())));
            } else {
              phone.addRemoteCandidates(IceMapping.candidates(ice.candidates()));
            }
          }
        }
      } catch (MediaException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  /** Answers the room's call once what the test waits for was trickled. */
  private void maybeAnswer() throws MediaException {
    SessionEvent.Initiated i = unanswered;
    var ready = answerWhen;
    if (i == null || ready == null || !ready.test(List.copyOf(trickledBeforeAnswer))) {
      return;
    }
    unanswered = null;
    Content offered = i.offer().get(0);
    RtpDescription d = offered.description(RtpDescription.class).orElseThrow();
    IceDtlsOffer room = IceDtlsOffer.of(offered).orElseThrow();
    roomUfrags.add(room.ufrag());
    MediaAnswer ours = phone.answer(IceMapping.offer(d, room));
    phone.addRemoteCandidates(IceMapping.candidates(trickledBeforeAnswer));
    Content answer = IceMapping.answer(offered, d, ours, "webrtc-callee", ids);
    send(
        sessions.execute(
            key,
            (s, id) ->
                s.accept(id, List.of(answer), List.of(Group.bundle(List.of(offered.name()))))));
    accepted.complete(new SessionEvent.Accepted(List.of(answer), List.of()));
  }

  private void send(Sent sent) {
    key = SessionKey.of(sent.session());
    send(sent.request());
  }

  private void send(Stanza stanza) {
    RawXml.send(xmpp, Xml.toXml(stanza, ParleyCodecs.registry()));
  }

  @Override
  public void close() {
    phone.close();
    xmpp.disconnect();
    serial.shutdown();
    try {
      serial.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
