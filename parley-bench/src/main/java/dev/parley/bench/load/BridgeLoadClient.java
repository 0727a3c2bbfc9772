/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.bench.load.StanzaTraffic.Kind;
import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiEvent;
import dev.parley.jingle.jmi.JmiOptions;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.negotiation.RawUdp;
import dev.parley.jingle.negotiation.TransportAddress;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.media.CodecSpec;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.Parameter;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The signalling side of the load: N participants {@code p<i>@<domain>/phone} behind one XEP-0114
 * link through Prosody, calling the bridge's rooms as a deployed client does. For participant
 * {@code i}: directed presence with XEP-0115 caps to {@code room<i % rooms>@<bridge>}, a XEP-0353
 * propose; on {@code proceed}, a session-initiate to the focus offering PCMU, PCMA and
 * telephone-event with its SSRC over raw UDP (its socket in {@link RtpPhones}); the session-accept
 * is acknowledged and the bridge's candidate handed to the phone. Conference documents are answered
 * with results, and disco#info queries with features that include Coin ({@code urn:xmpp:coin:1}),
 * so the bridge sends partial notifications. Protocol state is Parley's own state machines ({@link
 * JingleSessions}, one {@link Jmi} per participant).
 *
 * <p>Everything runs on one thread ({@code load-sig}); the link's reader thread ({@code
 * load-reader}) hands it each element with its size on the wire. {@link #traffic()} counts, per
 * kind, stanzas and bytes in both directions ({@link StanzaTraffic}).
 */
final class BridgeLoadClient implements AutoCloseable {
  /** What the load's participants advertise (the bridge asks, or trusts their verified caps). */
  static final DiscoInfo DISCO =
      DiscoInfo.of(
          List.of(Identity.of("client", "phone", "Parley bridge load")),
          List.of(
              DiscoInfo.NAMESPACE,
              Caps.NAMESPACE,
              Jingle.NAMESPACE,
              RtpDescription.NAMESPACE,
              RtpDescription.AUDIO_FEATURE,
              RawUdpTransport.NAMESPACE,
              JmiMessage.NAMESPACE,
              Coin.FEATURE));

  private static final Caps CAPS = Caps.of("https://parley.dev/bench", DISCO);
  private static final List<CodecSpec> CODECS =
      List.of(CodecSpec.pcmu(), CodecSpec.pcma(), CodecSpec.telephoneEvent(101));

  /** What happens to a participant's call. */
  interface Events {
    /** The bridge accepted the call of participant {@code i}; media goes to {@code bridge}. */
    void joined(int i, InetSocketAddress bridge);

    /** The call of participant {@code i} failed (rejected, terminated, error). */
    void failed(int i, String why);
  }

  private final RawComponentLink link;
  private final String domain;
  private final int rooms;
  private final boolean caps;
  private final RtpPhones phones;
  private final Events events;
  private final ExecutorService serial =
      Executors.newSingleThreadExecutor(r -> new Thread(r, "load-sig"));
  private final IdGenerator ids = IdGenerator.uuids(new SecureRandom());
  private final Jid[] jids;
  private final BareJid[] roomJids;
  private final long[] version;
  private final StanzaTraffic traffic = new StanzaTraffic();
  private @Nullable JingleSessions sessions = new JingleSessions(ids, Clock.systemUTC());
  private Jmi @Nullable [] jmi;
  private final Map<String, Integer> bySid = new HashMap<>();

  /**
   * @param domain the load's component domain
   * @param bridge the bridge's component domain
   * @param caps whether presence carries caps (else the bridge asks every participant)
   */
  BridgeLoadClient(
      RawComponentLink link,
      String domain,
      String bridge,
      int rooms,
      int perRoom,
      boolean caps,
      RtpPhones phones,
      Events events) {
    this.link = link;
    this.domain = domain;
    this.rooms = rooms;
    this.caps = caps;
    this.phones = phones;
    this.events = events;
    int n = rooms * perRoom;
    this.jids = new Jid[n];
    this.jmi = new Jmi[n];
    this.version = new long[n];
    for (int i = 0; i < n; i++) {
      jids[i] = JidCreate.fromOrThrowUnchecked("p" + i + "@" + domain + "/phone");
      jmi[i] = new Jmi(jids[i], ids, JmiOptions.DEFAULT);
    }
    this.roomJids = new BareJid[rooms];
    for (int r = 0; r < rooms; r++) {
      roomJids[r] = JidCreate.bareFromOrThrowUnchecked("room" + r + "@" + bridge);
    }
    link.read("load-reader", (e, bytes) -> serial.execute(() -> onElement(e, bytes)));
  }

  /** Participant {@code i} calls its room: directed presence, then a XEP-0353 propose. */
  void join(int i) {
    serial.execute(
        () -> {
          BareJid room = roomJids[i % rooms];
          List<XmlElement> payload = caps ? List.of(CAPS) : List.of();
          send(Presence.of(null, room, payload).withFrom(jids[i]), Kind.PRESENCE);
          send(jmi()[i].propose(room, List.of(RtpDescription.ofMedia("audio")), now()));
          flush();
        });
  }

  /**
   * Forgets the participants' session state (so that the heap measured afterwards is the bridge's,
   * not the load's); from now on every request is answered with an empty result, or disco, and a
   * session-terminate from the bridge is still reported as a failure.
   */
  void release() {
    call(
        () -> {
          sessions = null;
          jmi = null;
          bySid.clear();
          return null;
        });
  }

  /** A copy of the counters. */
  StanzaTraffic traffic() {
    return call(traffic::copy);
  }

  // --- received (load-sig) --------------------------------------------------------------------

  private void onElement(XmlElement e, long bytes) {
    if (e instanceof Presence) {
      traffic.in(Kind.PRESENCE, bytes);
    } else if (e instanceof Message m) {
      traffic.in(Kind.JMI, bytes);
      onJmi(m);
    } else if (e instanceof Iq iq) {
      onIq(iq, bytes);
    } else {
      traffic.in(Kind.OTHER, bytes);
    }
    flush();
  }

  private void onJmi(Message m) {
    int i = index(m.to());
    Jmi[] calls = jmi;
    if (i < 0 || calls == null) {
      return;
    }
    send(calls[i].receive(m, now()));
  }

  private void onIq(Iq iq, long bytes) {
    ConferenceInfo document = Coin.document(iq).orElse(null);
    if (iq.isRequest() && document != null) {
      traffic.coin(document, bytes, index(iq.to()), version);
    } else if (iq.isRequest() && iq.payload() instanceof DiscoInfo query) {
      traffic.in(Kind.DISCO, bytes);
      send(iq.result(DISCO.withNode(query.node())), Kind.DISCO);
      return;
    } else {
      traffic.in(Kind.JINGLE, bytes);
      if (iq.type() == Iq.Type.ERROR) {
        traffic.errors++;
      }
    }
    Kind kind = document != null ? Kind.COIN : Kind.JINGLE;
    JingleSessions s = sessions;
    if (s == null) {
      if (iq.isRequest()) {
        send(iq.result(), kind);
      }
      if (iq.payload() instanceof Jingle j && j.action() == JingleAction.SESSION_TERMINATE) {
        events.failed(index(iq.to()), "session-terminate " + j.reason());
      }
      return;
    }
    Received r = s.receive(iq);
    if (r.reply() != null) {
      send(r.reply(), kind);
    }
    Integer i = r.session() == null ? null : bySid.get(r.session().sid());
    if (i == null) {
      return;
    }
    for (SessionEvent event : r.events()) {
      if (event instanceof SessionEvent.Accepted a) {
        RawUdpTransport t = a.contents().get(0).transport(RawUdpTransport.class).orElse(null);
        RawUdp.Peer peer = t == null ? null : RawUdp.peer(t).orElse(null);
        if (peer == null) {
          events.failed(i, "session-accept without a raw-UDP candidate");
        } else {
          events.joined(i, new InetSocketAddress(peer.rtp().ip(), peer.rtp().port()));
        }
      } else if (event instanceof SessionEvent.Terminated t) {
        events.failed(i, "session-terminate " + t.reason());
      } else if (event instanceof SessionEvent.RequestFailed f) {
        events.failed(i, f.action().xml() + " failed: " + f.error().condition().xml());
      }
    }
  }

  // --- sent (load-sig) ------------------------------------------------------------------------

  private void send(JmiOutcome out) {
    for (Message m : out.messages()) {
      send(m, Kind.JMI);
    }
    for (JmiEvent e : out.events()) {
      if (e instanceof JmiEvent.Proceeded p) {
        initiate(p.id(), p.device());
      } else if (e instanceof JmiEvent.Rejected r) {
        events.failed(bySidOfCall(r.id()), "rejected: " + r.reason());
      } else if (e instanceof JmiEvent.Undeliverable u) {
        events.failed(bySidOfCall(u.id()), "propose undeliverable: " + u.error().condition());
      }
    }
  }

  private void initiate(String callId, Jid focus) {
    int i = bySidOfCall(callId);
    JingleSessions s = sessions;
    if (i < 0 || s == null) {
      return;
    }
    try {
      InetSocketAddress local = phones.address(i);
      TransportAddress address =
          new TransportAddress(local.getAddress().getHostAddress(), local.getPort());
      Content offer =
          Content.of(
              Creator.INITIATOR,
              "audio",
              description(RtpPhones.ssrc(i)),
              RawUdp.offer(address, address, ids));
      Sent sent = s.initiate(jids[i], focus, callId, List.of(offer), List.of());
      send(sent.request(), Kind.JINGLE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The participant whose JMI call has this id (its Jingle sid too). */
  private int bySidOfCall(String id) {
    Integer i = bySid.get(id);
    return i == null ? -1 : i;
  }

  private void send(Stanza stanza, Kind kind) {
    if (stanza instanceof Message m && kind == Kind.JMI && jmi != null) {
      // Remember which participant a call belongs to: its propose names it.
      m.payload(Propose.class).ifPresent(p -> bySid.put(p.id(), index(m.from())));
    }
    byte[] bytes =
        Xml.toXml(stanza, ParleyCodecs.registry(), StanzaNamespaces.COMPONENT)
            .getBytes(StandardCharsets.UTF_8);
    traffic.out(kind, bytes.length);
    try {
      link.send(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() {
    try {
      link.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  private Jmi[] jmi() {
    Jmi[] calls = jmi;
    if (calls == null) {
      throw new IllegalStateException("released");
    }
    return calls;
  }

  /** The participant index of {@code p<i>@domain/…}, or -1. */
  private int index(@Nullable Jid jid) {
    if (jid == null || jid.getLocalpartOrNull() == null || !jid.getDomain().equals(domain)) {
      return -1;
    }
    String local = jid.getLocalpartOrNull().toString();
    try {
      int i = Integer.parseInt(local, 1, local.length(), 10);
      return i >= 0 && i < jids.length ? i : -1;
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static RtpDescription description(long ssrc) {
    List<PayloadType> pts = new ArrayList<>();
    for (CodecSpec c : CODECS) {
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
    return new RtpDescription("audio", ssrc, pts, false, null, null, Extensions.NONE);
  }

  private static Instant now() {
    return Instant.now();
  }

  private <T> T call(java.util.concurrent.Callable<T> task) {
    try {
      return serial.submit(task).get(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Closes the link, then stops the signalling thread. */
  @Override
  public void close() throws IOException {
    link.close();
    serial.shutdown();
    try {
      serial.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
