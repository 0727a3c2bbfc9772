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
import dev.parley.jingle.negotiation.RawUdp;
import dev.parley.jingle.negotiation.TransportAddress;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.media.Phone;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.sync.ConferenceUpdate;
import dev.parley.protocol.conference.sync.ConferenceView;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.Parameter;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.CapturedIq;
import dev.parley.server.conference.media.MediaMapping;
import dev.parley.testkit.Prosody;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.roster.Roster;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * A test participant: a real Smack client on the test Prosody whose Jingle and XEP-0353 side is
 * driven by Parley's own state machines ({@link JingleSessions}, {@link Jmi}), with a {@code
 * parley-media} {@link Phone} for the audio and a {@link ConferenceView} fed by the Coin documents
 * it receives. Stanzas go out as raw XML written by Parley's codecs and come in through Smack as
 * the XML received, read by Parley's codecs. All protocol state lives on one serial executor.
 */
final class Caller implements AutoCloseable {
  static {
    CapturedIq.register("jingle", Jingle.NAMESPACE);
    CapturedIq.register("conference-info", ConferenceInfo.NAMESPACE);
    for (String e : List.of("propose", "ringing", "proceed", "reject", "retract", "finish")) {
      RawElement.register(e, JmiMessage.NAMESPACE);
    }
  }

  final XMPPTCPConnection xmpp;
  final Jid me;
  final Phone phone;
  final Recorder recorder = new Recorder(8000, 8000 * 120);
  private final ExecutorService serial = Executors.newSingleThreadExecutor();
  private final IdGenerator ids = IdGenerator.uuids(new SecureRandom());
  private final JingleSessions sessions;
  private final Jmi jmi;
  final CompletableFuture<SessionEvent.Accepted> accepted = new CompletableFuture<>();
  final CompletableFuture<Reason> terminated = new CompletableFuture<>();
  final CompletableFuture<JmiEvent.Rejected> rejected = new CompletableFuture<>();
  final List<JmiEvent> jmiEvents = new CopyOnWriteArrayList<>();
  final List<ConferenceInfo> documents = new CopyOnWriteArrayList<>();
  final Map<String, Iq> answers = new ConcurrentHashMap<>();
  final List<Iq> answersInOrder = new CopyOnWriteArrayList<>();

  /** The same answers as Smack parsed them (for application error conditions). */
  final Map<String, IQ> smackAnswers = new ConcurrentHashMap<>();

  /** The payloads of the Jingle and Coin requests this caller received, as received. */
  final List<String> receivedXml = new CopyOnWriteArrayList<>();

  /** The Jingle requests this caller sent, in order. */
  final List<Iq> sentRequests = new CopyOnWriteArrayList<>();

  private volatile ConferenceView view = ConferenceView.EMPTY;
  private volatile boolean gap;
  private volatile SessionKey key;

  Caller(
      Prosody prosody,
      String user,
      String resource,
      MediaEngine media,
      AudioSource source,
      boolean coin)
      throws MediaException {
    this.xmpp = prosody.login(user, resource);
    this.me = xmpp.getUser();
    this.sessions = new JingleSessions(ids, Clock.systemUTC());
    this.jmi = new Jmi(me, ids, JmiOptions.DEFAULT);
    Roster.getInstanceFor(xmpp).setSubscriptionMode(Roster.SubscriptionMode.accept_all);
    if (coin) {
      ServiceDiscoveryManager.getInstanceFor(xmpp).addFeature(Coin.FEATURE);
    }
    for (String[] name :
        List.of(
            new String[] {"jingle", Jingle.NAMESPACE},
            new String[] {"conference-info", ConferenceInfo.NAMESPACE})) {
      xmpp.registerIQRequestHandler(
          new AbstractIqRequestHandler(name[0], name[1], IQ.Type.set, IQRequestHandler.Mode.sync) {
            @Override
            public IQ handleIQRequest(IQ request) {
              receivedXml.add(((CapturedIq) request).payloadXml());
              Iq iq = ((CapturedIq) request).toParley();
              serial.execute(() -> onRequest(iq));
              return null; // answered by the state machine, as raw XML
            }
          });
    }
    xmpp.addAsyncStanzaListener(
        s -> {
          if (s.getStanzaId() != null) {
            smackAnswers.put(s.getStanzaId(), (IQ) s);
          }
          Iq iq = CapturedIq.toParley(s);
          serial.execute(() -> onAnswer(iq));
        },
        s ->
            s instanceof IQ iq
                && (iq.getType() == IQ.Type.result || iq.getType() == IQ.Type.error));
    xmpp.addAsyncStanzaListener(
        s -> {
          var m = RawElement.toParley((org.jivesoftware.smack.packet.Message) s);
          serial.execute(() -> onJmi(m));
        },
        s ->
            s instanceof org.jivesoftware.smack.packet.Message m
                && m.getExtensions().stream().anyMatch(e -> e instanceof RawElement));
    this.phone =
        media.openPhone(
            user + "/" + resource,
            List.of(CodecSpec.pcmu(), CodecSpec.pcma(), CodecSpec.telephoneEvent(101)),
            source,
            recorder,
            false,
            e -> {},
            serial);
  }

  // --- what the test does ------------------------------------------------------------------------

  /**
   * Calls the room with XEP-0353: directed presence (§ 3.1: the room learns when we go away), then
   * propose to its bare JID; the session follows the proceed.
   */
  void call(BareJid room) {
    sendXml("<presence xmlns='jabber:client' to='" + room + "'/>");
    on(() -> send(jmi.propose(room, List.of(RtpDescription.ofMedia("audio")), now())));
  }

  /** Calls without XEP-0353: a session-initiate straight to {@code to}. */
  void callDirect(Jid to) {
    on(() -> send(sessions.initiate(me, to, List.of(offer()), List.of())));
  }

  /** Sends session-info with this payload on the current session. */
  void info(XmlElement payload) {
    on(() -> send(sessions.execute(key, (s, id) -> s.info(id, payload))));
  }

  /** Hangs up with {@code success}. */
  void hangUp() {
    on(
        () ->
            send(
                sessions.execute(
                    key, (s, id) -> s.terminate(id, Reason.of(ReasonCondition.SUCCESS)))));
  }

  /** Sends any stanza as Parley writes it. */
  void send(Stanza stanza) {
    sendXml(Xml.toXml(stanza, ParleyCodecs.registry()));
  }

  /** Sends literal XML (malformed stanzas). */
  void sendXml(String xml) {
    RawXml.send(xmpp, xml);
  }

  /** The live session's key (after the call is set up). */
  SessionKey key() {
    return key;
  }

  /** The session as this caller's state machine sees it. */
  JingleSession session() {
    return ask(() -> sessions.get(key).orElse(null));
  }

  ConferenceView view() {
    return view;
  }

  boolean sawGap() {
    return gap;
  }

  /** Every answer received to the IQ with this id, in order (there must be exactly one). */
  List<Iq> answersTo(String id) {
    return answersInOrder.stream().filter(a -> id.equals(a.id())).toList();
  }

  // --- protocol (serial executor)
  // -----------------------------------------------------------------

  private void onRequest(Iq iq) {
    Coin.document(iq).ifPresent(this::onDocument);
    Received r = sessions.receive(iq);
    if (r.reply() != null) {
      send(r.reply());
    }
    handle(r);
  }

  private void onAnswer(Iq iq) {
    if (iq.id() != null) {
      answers.put(iq.id(), iq);
      answersInOrder.add(iq);
    }
    handle(sessions.receive(iq));
  }

  private void onJmi(dev.parley.protocol.stanza.Message m) {
    JmiOutcome out = jmi.receive(m, now());
    send(out);
  }

  private void send(JmiOutcome out) {
    out.messages().forEach(this::send);
    for (JmiEvent e : out.events()) {
      jmiEvents.add(e);
      if (e instanceof JmiEvent.Proceeded p) {
        send(sessions.initiate(me, p.device(), p.id(), List.of(offer()), List.of()));
      } else if (e instanceof JmiEvent.Proposed p) {
        send(jmi.proceed(p.id())); // the room calls: answer
      } else if (e instanceof JmiEvent.Rejected r) {
        rejected.complete(r);
      }
    }
  }

  private void send(Sent sent) {
    key = SessionKey.of(sent.session());
    sentRequests.add(sent.request());
    send(sent.request());
  }

  private void handle(Received r) {
    JingleSession s = r.session();
    if (s == null) {
      return;
    }
    for (SessionEvent e : r.events()) {
      try {
        if (e instanceof SessionEvent.Accepted a) {
          Content c = a.contents().get(0);
          MediaOffer theirs =
              MediaMapping.offer(
                  c.description(RtpDescription.class).orElseThrow(),
                  c.transport(RawUdpTransport.class).orElseThrow());
          phone.accept(
              new MediaAnswer(
                  theirs.codecs(),
                  theirs.rtp(),
                  theirs.rtcp(),
                  false,
                  c.description(RtpDescription.class).orElseThrow().ssrc() == null
                      ? 0
                      : c.description(RtpDescription.class).orElseThrow().ssrc()));
          accepted.complete(a);
        } else if (e instanceof SessionEvent.Initiated i) {
          key = SessionKey.of(s);
          Content c = i.offer().get(0);
          RawUdpTransport t = c.transport(RawUdpTransport.class).orElseThrow();
          MediaAnswer ours =
              phone.answer(
                  MediaMapping.offer(c.description(RtpDescription.class).orElseThrow(), t));
          Content answer =
              new Content(
                  c.creator(),
                  c.name(),
                  null,
                  null,
                  description(ours.codecs()),
                  RawUdp.answer(t, address(ours.rtp()), address(ours.rtcp()), ids),
                  null,
                  Extensions.NONE);
          Sent sent = sessions.execute(key, (x, id) -> x.accept(id, List.of(answer), List.of()));
          send(sent);
          accepted.complete(new SessionEvent.Accepted(i.offer(), i.extras()));
        } else if (e instanceof SessionEvent.Terminated t) {
          terminated.complete(t.reason() == null ? Reason.of(ReasonCondition.SUCCESS) : t.reason());
        }
      } catch (MediaException ex) {
        throw new IllegalStateException(ex);
      }
    }
  }

  private void onDocument(ConferenceInfo document) {
    documents.add(document);
    ConferenceUpdate u = view.apply(document);
    if (u instanceof ConferenceUpdate.Gap) {
      gap = true;
    }
    view = u.view();
  }

  private Content offer() {
    MediaOffer o = phone.offer();
    return Content.of(
        Creator.INITIATOR,
        "audio",
        description(o.codecs()),
        RawUdp.offer(address(o.rtp()), o.rtcp() == null ? null : address(o.rtcp()), ids));
  }

  private static RtpDescription description(List<CodecSpec> codecs) {
    List<PayloadType> pts = new ArrayList<>();
    for (CodecSpec c : codecs) {
      List<Parameter> params = new ArrayList<>();
      c.parameters().forEach((k, v) -> params.add(new Parameter(k, v, Extensions.NONE)));
      pts.add(
          new PayloadType(
              c.payloadType(),
              c.name(),
              (long) c.clockRate(),
              null,
              null,
              null,
              params,
              Extensions.NONE));
    }
    return RtpDescription.of("audio", pts);
  }

  private static TransportAddress address(dev.parley.media.Candidate c) {
    return new TransportAddress(c.ip(), c.port());
  }

  private static java.time.Instant now() {
    return java.time.Instant.now();
  }

  private void on(Runnable task) {
    CompletableFuture.runAsync(task, serial).join();
  }

  private <T> T ask(Supplier<T> question) {
    return CompletableFuture.supplyAsync(question, serial).join();
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
