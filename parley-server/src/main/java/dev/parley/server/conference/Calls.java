/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.coin.FocusMarker;
import dev.parley.jingle.jmi.JmiCall;
import dev.parley.jingle.jmi.JmiEvent;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.jingle.negotiation.RtpAnswer;
import dev.parley.jingle.negotiation.RtpNegotiation;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.transfer.TransferTarget;
import dev.parley.media.MediaException;
import dev.parley.media.Participant;
import dev.parley.mediajingle.IceMapping;
import dev.parley.mediajingle.PayloadTypes;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.Active;
import dev.parley.protocol.jingle.rtp.Hold;
import dev.parley.protocol.jingle.rtp.Mute;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.jingle.rtp.Unhold;
import dev.parley.protocol.jingle.rtp.Unmute;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.conference.caps.PeerFeatures;
import dev.parley.server.conference.media.MediaMapping;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.Member;
import dev.parley.server.conference.room.MemberId;
import dev.parley.server.conference.room.Phase;
import dev.parley.server.conference.room.Referral;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The room's calls: what Jingle and XEP-0353 events do to its members and media, and the commands
 * that end or place calls. Runs on the room's serial executor, like {@link Conference}.
 *
 * <ul>
 *   <li><b>Dial-in</b>: a JMI proposal to the room's bare JID from a permitted caller is answered
 *       {@code ringing} then {@code proceed} from the focus; a refused one gets {@code reject} with
 *       {@code decline}. The caller's session-initiate (or a direct one, without JMI) is
 *       acknowledged by the state machine, then accepted with the focus marker, the RTP answer
 *       (PCMU, PCMA, telephone-event, the offer's ids) and the bridge's raw-UDP candidate, or for a
 *       WebRTC client (ICE-UDP with DTLS-SRTP, {@code IceMapping}) Opus first, the audio-level
 *       extension, its BUNDLE group and the bridge's ICE credentials, host candidates and
 *       fingerprint; or terminated with the reason that applies ({@code decline} for a refused or
 *       locked room, {@code unsupported-applications}, {@code unsupported-transports}, {@code
 *       failed-application}, {@code failed-transport}, XEP-0166 § 6.3.1: acknowledge, then
 *       terminate).
 *   <li><b>Dial-out</b>: a JMI proposal from the focus, then the room's own session-initiate to the
 *       device that proceeds, with the focus marker (XEP-0298 § 5).
 *   <li><b>In call</b>: hold, unhold, mute, unmute and active (XEP-0167 § 7) and content-modify
 *       senders change the member and its media; transport-info updates the peer's address or
 *       trickles ICE candidates and restarts ({@link IceLegs}); content-add and transport-replace
 *       are declined (one audio stream).
 *   <li><b>Leaving</b>: the peer's session-terminate ({@code departed}), a moderator's kick ({@code
 *       booted}), no media or unavailable presence ({@code failed}: {@code timeout}, {@code gone}),
 *       a failed request. The member's media closes at once; it stays in the document as {@code
 *       disconnected} for {@code parley.bridge.departed-linger}.
 *   <li><b>Transfer</b> (XEP-0251, {@link RoomTransfers}): a session-initiate carrying {@code
 *       <transfer/>} joins referred by the attendant, or replaces the member's session it names;
 *       the room asks a participant to transfer (the moderator's command), and, for its dial-out
 *       calls, carries out the participant's transfer of the room's call.
 * </ul>
 */
final class Calls {
  private static final Logger LOG = LoggerFactory.getLogger(Calls.class);

  private final Conference c;
  private final RoomTransfers transfers;
  private final IceLegs ice;

  Calls(Conference conference) {
    this.c = conference;
    this.transfers = new RoomTransfers(conference, this);
    this.ice = new IceLegs(conference, this);
  }

  /** The room's ICE-UDP legs (trickle, restarts, failures). */
  IceLegs ice() {
    return ice;
  }

  /** The room's XEP-0251 roles. */
  RoomTransfers transfers() {
    return transfers;
  }

  // --- Jingle -----------------------------------------------------------------------------------

  void handle(Received r) {
    JingleSession s = r.session();
    if (s != null) {
      handle(s, r.events());
    }
  }

  private void handle(JingleSession s, List<SessionEvent> events) {
    SessionKey key = SessionKey.of(s);
    for (SessionEvent e : events) {
      transfers.onSession(key, e);
      if (e instanceof SessionEvent.Initiated i) {
        initiated(s, i);
      } else if (e instanceof SessionEvent.Accepted a) {
        accepted(s, a);
      } else if (e instanceof SessionEvent.Info info) {
        info(key, info.payload());
      } else if (e instanceof SessionEvent.ContentModified m) {
        modified(s, m);
      } else if (e instanceof SessionEvent.ContentAddRequested a) {
        execute(
            key,
            (x, id) ->
                x.contentReject(
                    id,
                    a.contents(),
                    Reason.of(ReasonCondition.DECLINE, "the bridge mixes one audio stream")));
      } else if (e instanceof SessionEvent.TransportReplaceRequested t) {
        execute(key, (x, id) -> x.transportReject(id, t.contents()));
      } else if (e instanceof SessionEvent.TransportInfo t) {
        transportInfo(key, t.contents());
      } else if (e instanceof SessionEvent.ContentRemoved) {
        if (s.isVoid()) {
          terminate(key, Reason.of(ReasonCondition.SUCCESS, "no content left"));
        }
      } else if (e instanceof SessionEvent.Terminated t) {
        Departure how =
            new Departure(DisconnectionMethod.DEPARTED, c.now(), describe(t.reason()), null);
        MemberId id = c.bySession.get(key);
        departed(key, id == null ? how : transfers.terminated(id, t.reason(), how));
      } else if (e instanceof SessionEvent.RequestFailed f && f.ended()) {
        departed(
            key,
            new Departure(
                DisconnectionMethod.FAILED,
                c.now(),
                f.action().xml() + " failed: " + f.error().condition().xml(),
                null));
      }
      // pings, acknowledgements, focus markers, documents: nothing to do
    }
    if (!c.sessions.get(key).isPresent()) {
      // Ended by this stanza or answer, whatever the events said.
      departed(key, new Departure(DisconnectionMethod.FAILED, c.now(), "session ended", null));
    }
  }

  private void initiated(JingleSession s, SessionEvent.Initiated i) {
    SessionKey key = SessionKey.of(s);
    BareJid user = s.peer().asBareJid();
    // XEP-0251: a transferred caller, maybe replacing a member's session (which passes its seat
    // on, even in a locked room).
    Transfer transfer = i.find(Transfer.class).orElse(null);
    TransferTarget.Match match = transfer == null ? null : transfers.match(s, transfer);
    JingleSession replaced = match instanceof TransferTarget.Replaces r ? r.replaced() : null;
    RoomPolicy.Verdict verdict =
        c.ctx.policy().admit(user, c.exists(), c.creator(), c.state().locked() && replaced == null);
    if (!verdict.admitted()) {
      c.ctx.meters().call("refused");
      terminate(key, refusal(verdict));
      return;
    }
    c.created(user); // the caller creates it, or it opens for its meeting's requester
    Content offered = MediaMapping.audio(i.offer()).orElse(null);
    if (offered == null) {
      fail(key, ReasonCondition.UNSUPPORTED_APPLICATIONS, "the bridge takes RTP audio");
      return;
    }
    RawUdpTransport transport = offered.transport(RawUdpTransport.class).orElse(null);
    IceDtlsOffer webrtc = transport == null ? IceDtlsOffer.of(offered).orElse(null) : null;
    if (transport == null && webrtc == null) {
      fail(
          key,
          ReasonCondition.UNSUPPORTED_TRANSPORTS,
          "the bridge takes ICE-UDP (XEP-0176) or raw UDP (XEP-0177)");
      return;
    }
    RtpAnswer answer =
        RtpNegotiation.answer(
            offered, webrtc == null ? MediaMapping.POLICY : MediaMapping.WEBRTC_POLICY);
    if (answer instanceof RtpAnswer.Failed f) {
      c.ctx.meters().call(f.reason().condition().xml());
      terminate(key, f.reason());
      return;
    }
    RtpDescription agreed = ((RtpAnswer.Agreed) answer).description();
    if (webrtc != null && !agreed.rtcpMux()) {
      // The bridge's ICE legs have one component: RTP and RTCP share it (RFC 5761).
      fail(key, ReasonCondition.FAILED_TRANSPORT, "ICE-UDP calls to the bridge need rtcp-mux");
      return;
    }
    MemberId id = new MemberId(user, s.sid());
    Participant p;
    try {
      p =
          c.media()
              .addParticipant(
                  id.toString(),
                  webrtc == null
                      ? MediaMapping.offer(agreed, transport)
                      : IceMapping.offer(agreed, webrtc));
    } catch (MediaException e) {
      fail(key, condition(e), e.getMessage());
      return;
    } catch (IllegalArgumentException e) {
      fail(key, ReasonCondition.FAILED_TRANSPORT, e.getMessage());
      return;
    }
    Content ours =
        webrtc == null
            ? MediaMapping.answer(offered, agreed, p.answer(), c.ctx.ids())
            : IceMapping.answer(offered, agreed, p.answer(), c.ctx.engine().cname(), c.ctx.ids());
    List<XmlElement> extras = new ArrayList<>(FocusMarker.extras(true));
    IceMapping.bundle(i.find(Group.class), offered.name()).ifPresent(extras::add);
    // XEP-0166 § 7.1: the accept names the focus, a full JID, as responder, even when the caller
    // addressed the room's bare JID (Smack's Jingle provider and Dino refuse a bare responder). The
    // caller may then address the session's IQs to the focus or to the bare JID: both are accepted.
    // Our own requests in the session (this accept, info, transport-info, terminate, Coin) keep
    // coming from the address the caller used: Conversations and Parley's own JingleSessions find a
    // session by the IQ's sender and sid, so a caller that addressed the bare JID and takes the
    // accept's from as the responder (§ 7.1 lets it: "whether the responder is considered the
    // 'from' JID or the 'responder' JID") would answer requests from the focus unknown-session.
    // Dino finds sessions by sid alone. The cost: a caller that adopts the responder as its peer
    // and wants our requests from it refuses them (Smack's JingleManager keys sessions by the
    // sender's full JID, but its API cannot address a bare JID in the first place).
    execute(key, (x, iqId) -> x.accept(iqId, c.focus, List.of(ours), extras));
    if (webrtc != null) {
      ice.answered(id, ours, webrtc.ufrag(), p.answer());
    }
    boolean[] dir = MediaMapping.directions(offered.senders(), true);
    Long ssrc = offered.description(RtpDescription.class).map(PayloadTypes::ssrc).orElse(null);
    Member m =
        Member.dialedIn(id, s.peer(), c.now(), ssrc)
            .withSenders(dir[0], dir[1])
            .withReferred(RoomTransfers.referral(match, c.now()));
    joined(key, m, p);
    LOG.info("room {}: {} joined ({})", c.room, s.peer(), p.answer().codecs().get(0).name());
    if (replaced != null) {
      // The newcomer is answered and mixed: only now does the replaced member leave.
      transfers.replace(replaced, key);
    }
  }

  private void accepted(JingleSession s, SessionEvent.Accepted a) {
    SessionKey key = SessionKey.of(s);
    MemberId id = c.bySession.get(key);
    Member m = id == null ? null : c.state().member(id).orElse(null);
    if (m == null) {
      return;
    }
    Content content = MediaMapping.audio(a.contents()).orElse(null);
    RtpDescription d =
        content == null ? null : content.description(RtpDescription.class).orElse(null);
    Participant p =
        ice.invited(id) ? acceptIce(key, id, content, d) : acceptRaw(key, id, content, d);
    if (p == null) {
      return;
    }
    boolean[] dir = MediaMapping.directions(content.senders(), false);
    Member connected =
        m.connectedAt(c.now())
            .withEndpoint(s.peer())
            .withSenders(dir[0], dir[1])
            .withSsrc(PayloadTypes.ssrc(d));
    joined(key, connected, p);
    LOG.info("room {}: {} answered the room's call", c.room, s.peer());
    transfers.connected(m.id());
  }

  /** The device's answer to the room's raw-UDP offer (PCMU): its address for the participant. */
  private @Nullable Participant acceptRaw(
      SessionKey key, MemberId id, @Nullable Content content, @Nullable RtpDescription d) {
    Participant p = c.participants.get(id);
    RawUdpTransport t =
        content == null ? null : content.transport(RawUdpTransport.class).orElse(null);
    if (p == null) {
      return null;
    }
    if (d == null || t == null || d.payloadType(0).isEmpty()) {
      fail(key, ReasonCondition.FAILED_APPLICATION, "the bridge offered PCMU over raw UDP");
      return null;
    }
    try {
      MediaMapping.remote(t).ifPresent(r -> p.setRemote(r.rtp(), r.rtcp()));
    } catch (IllegalArgumentException e) {
      fail(key, ReasonCondition.FAILED_TRANSPORT, e.getMessage());
      return null;
    }
    return p;
  }

  /** The device's answer to the room's ICE-UDP offer: the media participant starts ICE and DTLS. */
  private @Nullable Participant acceptIce(
      SessionKey key, MemberId id, @Nullable Content content, @Nullable RtpDescription d) {
    if (content == null || d == null) {
      ice.removed(id);
      fail(key, ReasonCondition.FAILED_APPLICATION, "the answer has no RTP audio");
      return null;
    }
    try {
      return ice.accept(id, content, d);
    } catch (MediaException e) {
      fail(key, condition(e), e.getMessage());
    } catch (IllegalArgumentException e) {
      fail(key, ReasonCondition.FAILED_TRANSPORT, e.getMessage());
    }
    return null;
  }

  /** A member is in the call: media flags, metrics, Coin, the document. */
  private void joined(SessionKey key, Member m, Participant p) {
    c.participants.put(m.id(), p);
    c.bySession.put(key, m.id());
    c.meters.computeIfAbsent(
        m.id(), id -> c.ctx.meters().participant(c.room.toString(), key.peer().toString(), p));
    apply(m);
    c.subscribe(
        key.peer(), key.sid(), c.sessions.get(key).map(JingleSession::local).orElse(c.focus));
    c.update(c.state().with(m));
  }

  private void info(SessionKey key, RtpInfo payload) {
    MemberId id = c.bySession.get(key);
    Member m = id == null ? null : c.state().member(id).orElse(null);
    if (m == null) {
      return;
    }
    Member next = m; // ringing changes nothing
    if (payload instanceof Hold) {
      next = m.withHeldByPeer(true);
    } else if (payload instanceof Unhold) {
      next = m.withHeldByPeer(false);
    } else if (payload instanceof Mute) {
      next = m.withMutedByPeer(true);
    } else if (payload instanceof Unmute) {
      next = m.withMutedByPeer(false);
    } else if (payload instanceof Active) {
      next = m.withHeldByPeer(false).withMutedByPeer(false);
    }
    change(next);
  }

  private void modified(JingleSession s, SessionEvent.ContentModified mod) {
    MemberId id = c.bySession.get(SessionKey.of(s));
    Member m = id == null ? null : c.state().member(id).orElse(null);
    if (m != null) {
      boolean[] dir = MediaMapping.directions(mod.senders(), s.role() == Creator.RESPONDER);
      change(m.withSenders(dir[0], dir[1]));
    }
  }

  private void transportInfo(SessionKey key, List<Content> contents) {
    MemberId id = c.bySession.get(key);
    Participant p = id == null ? null : c.participants.get(id);
    if (p == null) {
      return;
    }
    for (Content content : contents) {
      content
          .transport(RawUdpTransport.class)
          .flatMap(MediaMapping::remote)
          .ifPresent(r -> p.setRemote(r.rtp(), r.rtcp()));
      content.transport(IceUdpTransport.class).ifPresent(t -> ice.transportInfo(key, id, p, t));
    }
  }

  /** A member's flags changed: media and document follow. */
  void change(Member next) {
    apply(next);
    c.update(c.state().with(next));
  }

  private void apply(Member m) {
    Participant p = c.participants.get(m.id());
    if (p != null) {
      p.mute(m.silenced());
      p.hold(m.held());
    }
  }

  // --- XEP-0353 ---------------------------------------------------------------------------------

  void handle(JmiOutcome out) {
    out.messages().forEach(c.ctx.router()::send);
    for (JmiEvent e : out.events()) {
      if (e instanceof JmiEvent.Proposed p) {
        proposed(p.call());
      } else if (e instanceof JmiEvent.Ringing r) {
        dialled(r.id()).ifPresent(m -> change(m.withPhase(Phase.ALERTING)));
      } else if (e instanceof JmiEvent.Proceeded p) {
        proceeded(p.id(), p.device());
      } else if (e instanceof JmiEvent.Rejected r) {
        dialled(r.id())
            .ifPresent(
                m ->
                    depart(
                        m.id(),
                        new Departure(
                            DisconnectionMethod.BUSY, c.now(), describe(r.reason()), null)));
      } else if (e instanceof JmiEvent.Undeliverable u) {
        dialled(u.id())
            .ifPresent(
                m ->
                    depart(
                        m.id(),
                        new Departure(
                            DisconnectionMethod.FAILED, c.now(), describe(u.error()), null)));
      } else if (e instanceof JmiEvent.Migrated m) {
        migrated(m.previous());
      }
      // retracted, finished, expired, answered elsewhere: no session to act on
    }
  }

  private void proposed(JmiCall call) {
    RoomPolicy.Verdict verdict =
        c.ctx.policy().admit(call.peer(), c.exists(), c.creator(), c.state().locked());
    if (!verdict.admitted()) {
      c.ctx.meters().call("refused");
      handle(c.jmi.reject(call.id(), refusal(verdict), c.now()));
      return;
    }
    c.created(call.peer()); // the caller creates it, or it opens for its meeting's requester
    handle(c.jmi.ring(call.id()));
    handle(c.jmi.proceed(call.id()));
  }

  /** The room calls {@code callee} (XEP-0353 propose from the focus); {@code by} asked for it. */
  void dialOut(BareJid callee, BareJid by) {
    propose(callee, by, null, null);
  }

  private MemberId propose(
      BareJid callee,
      @Nullable BareJid by,
      @Nullable Transfer referral,
      @Nullable Referral referred) {
    // XEP-0353 § 3.1: directed presence with caps, so that the callee can check what we support.
    c.ctx.router().send(Presence.of(null, callee, List.of(RoomDisco.caps())).withFrom(c.focus));
    JmiOutcome out = c.jmi.propose(callee, List.of(RtpDescription.ofMedia("audio")), c.now());
    Message propose = out.messages().get(0);
    String id = propose.payload(Propose.class).orElseThrow().id();
    if (referral != null) {
      transfers.referring(id, referral);
    }
    MemberId member = new MemberId(callee, id);
    c.update(c.state().with(Member.dialedOut(member, c.now(), by).withReferred(referred)));
    handle(out);
    return member;
  }

  /**
   * The room, as XEP-0251 transferee, calls the target of a transfer of one of its dial-out legs (§
   * 2 step 3): a full JID gets the session-initiate directly, a bare JID an XEP-0353 proposal first
   * (every device rings); either initiate carries {@code referral} after the contents.
   *
   * @return the target's member (departed already if the call could not start)
   */
  MemberId dialTransfer(Jid callee, @Nullable BareJid by, Transfer referral, Referral referred) {
    if (!callee.hasResource()) {
      return propose(callee.asBareJid(), by, referral, referred);
    }
    String sid = c.ctx.ids().next();
    transfers.referring(sid, referral);
    Member m =
        Member.dialedOut(new MemberId(callee.asBareJid(), sid), c.now(), by).withReferred(referred);
    c.update(c.state().with(m));
    dial(m, callee, sid);
    return m.id();
  }

  /**
   * The device took the room's call (or is the full JID a transfer names): the room offers WebRTC
   * media (ICE-UDP, DTLS-SRTP, Opus) to a device that advertises ICE-UDP and DTLS, raw-UDP PCMU to
   * any other. What the device supports comes from its caps when known, else from disco#info (the
   * session-initiate waits for it, at most {@code parley.bridge.request-timeout}; no answer means
   * raw UDP).
   */
  private void proceeded(String callId, Jid device) {
    Member m = dialled(callId).orElse(null);
    if (m != null) {
      dial(m, device, callId);
    }
  }

  private void dial(Member m, Jid device, String callId) {
    PeerFeatures known = c.ctx.capabilities().known(device).orElse(null);
    if (known != null) {
      initiate(m, device, callId, known.webrtc());
      return;
    }
    c.ctx
        .capabilities()
        .discover(c.focus, device)
        .thenAcceptAsync(
            f -> {
              Member still = dialled(callId).orElse(null);
              if (!c.closed() && still != null && keyOf(still.id()) == null) {
                initiate(still, device, callId, f.webrtc());
              }
            },
            c.executor);
  }

  /** The room's session-initiate to {@code device}, with the focus marker (and a referral). */
  private void initiate(Member m, Jid device, String callId, boolean webrtc) {
    try {
      Participant p = null;
      List<XmlElement> extras = new ArrayList<>(FocusMarker.extras(true));
      Content offer;
      if (webrtc) {
        offer = ice.invite(m.id());
        extras.add(Group.bundle(List.of(offer.name())));
      } else {
        p = c.media().addParticipant(m.id().toString(), MediaMapping.dialOutMediaOffer());
        offer = MediaMapping.dialOutContent(p.answer(), c.ctx.ids());
      }
      transfers.referralFor(callId).ifPresent(extras::add);
      Sent sent = c.sessions.initiate(c.focus, device, callId, List.of(offer), extras);
      if (p != null) {
        c.participants.put(m.id(), p);
      }
      c.bySession.put(SessionKey.of(sent.session()), m.id());
      c.update(c.state().with(m.withEndpoint(device).withPhase(Phase.ALERTING)));
      send(sent);
    } catch (MediaException e) {
      depart(m.id(), new Departure(DisconnectionMethod.FAILED, c.now(), e.getMessage(), null));
    }
  }

  private void migrated(JmiCall previous) {
    for (Map.Entry<SessionKey, MemberId> e : Map.copyOf(c.bySession).entrySet()) {
      if (e.getKey().sid().equals(previous.id())) {
        end(
            e.getValue(),
            Reason.of(ReasonCondition.EXPIRED, "replaced by a new call"),
            new Departure(DisconnectionMethod.DEPARTED, c.now(), "migrated", null));
      }
    }
  }

  /** The present dial-out member of this JMI call. */
  private Optional<Member> dialled(String callId) {
    for (Member m : c.state().present()) {
      if (m.id().sid().equals(callId)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  // --- ending -----------------------------------------------------------------------------------

  /**
   * Ends a member's call: session-terminate with {@code reason} if its session is live (or a JMI
   * retract while the room is still calling it), then it departs as {@code how}.
   */
  void end(MemberId id, Reason reason, Departure how) {
    SessionKey key = keyOf(id);
    if (key != null && c.sessions.get(key).isPresent()) {
      terminate(key, reason);
    } else {
      JmiCall call = c.jmi.call(id.sid()).orElse(null);
      if (call != null && call.isCaller() && call.state() == JmiCall.State.PROPOSED) {
        handle(c.jmi.retract(id.sid(), reason, c.now()));
      }
    }
    depart(id, how);
  }

  private void departed(SessionKey key, Departure how) {
    MemberId id = c.bySession.get(key);
    if (id != null) {
      depart(id, how);
    }
  }

  /** The member left: media closed, Coin stopped, the document says how; dropped later. */
  void depart(MemberId id, Departure how) {
    Member m = c.state().member(id).filter(Member::present).orElse(null);
    if (m == null) {
      return;
    }
    Participant p = c.participants.remove(id);
    if (p != null) {
      p.close();
    }
    var meter = c.meters.remove(id);
    if (meter != null) {
      meter.close();
    }
    c.bySession.values().removeIf(id::equals);
    ice.removed(id);
    c.unsubscribe(m.endpoint());
    JmiCall call = c.jmi.call(id.sid()).orElse(null);
    if (call != null && call.state() == JmiCall.State.PROCEEDED && call.device() != null) {
      handle(c.jmi.finish(id.sid(), Reason.of(ReasonCondition.SUCCESS), c.now()));
    }
    c.ctx.meters().call(how.method().xml());
    c.update(c.state().with(m.departed(how)));
    LOG.info("room {}: {} left ({}, {})", c.room, m.endpoint(), how.method().xml(), how.reason());
    transfers.departed(id, how);
    c.later(
        c.ctx.settings().departedLinger(),
        () -> {
          if (c.state().member(id).filter(x -> !x.present()).isPresent()) {
            c.update(c.state().without(id));
          }
          c.checkIdle();
        });
  }

  @Nullable SessionKey keyOf(MemberId id) {
    for (Map.Entry<SessionKey, MemberId> e : c.bySession.entrySet()) {
      if (e.getValue().equals(id)) {
        return e.getKey();
      }
    }
    return null;
  }

  private void fail(SessionKey key, ReasonCondition condition, @Nullable String text) {
    c.ctx.meters().call(condition.xml());
    terminate(key, Reason.of(condition, text));
  }

  private void terminate(SessionKey key, Reason reason) {
    execute(key, (x, id) -> x.terminate(id, reason));
  }

  /** Runs a command on a live session and sends its request; nothing when it has ended. */
  void execute(SessionKey key, dev.parley.jingle.session.JingleSessions.Command command) {
    if (c.sessions.get(key).isPresent()) {
      send(c.sessions.execute(key, command));
    }
  }

  /**
   * Sends one of the room's Jingle requests; its answer (or its absence within {@code
   * parley.bridge.request-timeout}) goes back through the state machine on the room's executor.
   */
  void send(Sent sent) {
    Iq request = sent.request();
    c.ctx
        .router()
        .request(request, c.ctx.settings().requestTimeout())
        .whenCompleteAsync(
            (answer, failure) -> {
              if (c.closed()) {
                return;
              }
              Received r =
                  answer != null ? c.sessions.receive(answer) : c.sessions.timeout(request.id());
              handle(r);
              c.checkIdle();
            },
            c.executor);
  }

  private Reason refusal(RoomPolicy.Verdict verdict) {
    return Reason.of(
        ReasonCondition.DECLINE,
        verdict == RoomPolicy.Verdict.LOCKED
            ? "the room " + c.room + " is locked"
            : "you may not call " + c.room);
  }

  private static ReasonCondition condition(MediaException e) {
    return switch (e.reason()) {
      case NO_COMMON_CODEC -> ReasonCondition.FAILED_APPLICATION;
      case TRANSPORT -> ReasonCondition.FAILED_TRANSPORT;
      case SECURITY -> ReasonCondition.SECURITY_ERROR;
      case CLOSED -> ReasonCondition.GONE;
      default -> ReasonCondition.MEDIA_ERROR;
    };
  }

  private static @Nullable String describe(@Nullable Reason reason) {
    if (reason == null) {
      return null;
    }
    return reason.text() == null
        ? reason.condition().xml()
        : reason.condition().xml() + ": " + reason.text();
  }

  /** An error answer's text for logs. */
  static String describe(StanzaError e) {
    return e.condition().xml() + (e.text() == null ? "" : " (" + e.text() + ")");
  }
}
