/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.DtlsParameters;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.Invitation;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaException;
import dev.parley.media.Participant;
import dev.parley.media.PhoneOptions;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.conference.DisconnectionMethod;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.server.conference.media.MediaMapping;
import dev.parley.server.conference.room.Departure;
import dev.parley.server.conference.room.MemberId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The signalling side of the room's ICE-UDP legs (XEP-0176 with XEP-0320 DTLS-SRTP), on the room's
 * serial executor:
 *
 * <ul>
 *   <li><b>Dial-out</b>: the room calls a device that advertises ICE-UDP and DTLS-SRTP with an
 *       ICE-UDP offer (the bridge is the controlling agent, {@code setup='actpass'}); the device's
 *       session-accept completes the media participant.
 *   <li><b>Trickle</b>: candidates in a participant's {@code transport-info} go to its ICE agent;
 *       candidates the bridge finds after its answer or its offer (server-reflexive, from STUN) go
 *       out in a {@code transport-info} with the current credentials — on a dial-out as soon as
 *       they are found, before the device answers (XEP-0176 § 5.3: the session is live from the
 *       session-initiate on, and in-order delivery puts the transport-info after it).
 *   <li><b>ICE restart</b> (RFC 8445 § 9): a {@code transport-info} with a new ufrag and pwd (what
 *       Conversations sends when its network changes) restarts the leg's agent; the bridge answers
 *       with its own new credentials and candidates in a {@code transport-info}. Media goes on over
 *       the previous pair until the new checks succeed; DTLS keys are kept.
 *   <li><b>Failure</b>: no working pair, lost consent (RFC 7675) or a failed DTLS handshake (a
 *       fingerprint that does not match) ends the call with {@code failed-transport} or {@code
 *       security-error}; the member leaves as {@code failed}.
 * </ul>
 */
final class IceLegs {
  private static final Logger LOG = LoggerFactory.getLogger(IceLegs.class);

  /**
   * What transport-info needs: the content, both sides' current ICE credentials, and our DTLS
   * description (repeated in a restart's transport-info).
   */
  private record Leg(
      Creator creator,
      String content,
      String remoteUfrag,
      IceParameters local,
      @Nullable DtlsParameters localDtls) {}

  private final Conference c;
  private final Calls calls;
  private final Map<MemberId, Leg> legs = new HashMap<>();
  private final Map<MemberId, Dialling> invitations = new HashMap<>();

  /**
   * A dial-out between the room's offer and the device's answer: the media invitation and the
   * candidates signalled so far (the offer's, then each trickled one), so that none is sent twice.
   */
  private record Dialling(Invitation invitation, Set<IceCandidate> signalled) {
    Dialling {
      signalled = Set.copyOf(signalled);
    }

    Dialling plus(IceCandidate c) {
      Set<IceCandidate> more = new HashSet<>(signalled);
      more.add(c);
      return new Dialling(invitation, more);
    }
  }

  IceLegs(Conference conference, Calls calls) {
    this.c = conference;
    this.calls = calls;
  }

  /** A participant answered over ICE-UDP: remember its content and both credentials. */
  void answered(MemberId id, Content ours, String remoteUfrag, MediaAnswer local) {
    Creator creator = ours.creator() == null ? Creator.INITIATOR : ours.creator();
    IceParameters ice = local.ice();
    if (ice != null) {
      legs.put(id, new Leg(creator, ours.name(), remoteUfrag, ice, local.dtls()));
    }
  }

  /**
   * The room calls a WebRTC device (dial-out): the media invitation (the bridge is the controlling
   * ICE agent and offers {@code actpass}) and the content to put in the session-initiate.
   */
  Content invite(MemberId id) throws MediaException {
    Invitation inv =
        c.media().invite(id.toString(), PhoneOptions.webrtc(MediaMapping.WEBRTC_DIAL_OUT_CODECS));
    IceParameters ice = inv.offer().ice();
    invitations.put(id, new Dialling(inv, ice == null ? Set.of() : Set.copyOf(ice.candidates())));
    return IceMapping.offer(MediaMapping.CONTENT, inv.offer(), c.ctx.ids());
  }

  /**
   * The member whose unanswered invitation is the media participant {@code participant}: its ICE
   * agent reports candidates before the member has a media participant of its own.
   */
  @Nullable MemberId invitee(String participant) {
    for (MemberId id : invitations.keySet()) {
      if (id.toString().equals(participant)) {
        return id;
      }
    }
    return null;
  }

  /** Whether the room is waiting for this member's answer to an ICE-UDP offer. */
  boolean invited(MemberId id) {
    return invitations.containsKey(id);
  }

  /**
   * The device answered the room's ICE-UDP offer: ICE checks and the DTLS handshake start, and the
   * member's media participant exists from now on.
   *
   * @throws MediaException as {@link Invitation#accept}
   * @throws IllegalArgumentException if the answer's transport is not usable ICE-UDP
   */
  Participant accept(MemberId id, Content answer, RtpDescription answered) throws MediaException {
    Dialling d = invitations.remove(id);
    if (d == null) {
      throw new IllegalStateException("no invitation for " + id);
    }
    Invitation inv = d.invitation();
    IceDtlsOffer peer = IceDtlsOffer.of(answer).orElse(null);
    if (peer == null) {
      inv.cancel();
      throw new IllegalArgumentException("the answer has no ICE-UDP credentials");
    }
    Participant p = inv.accept(IceMapping.answer(answered, peer, inv.offer().rtp()));
    IceParameters ours = inv.offer().ice();
    if (ours != null) {
      legs.put(
          id,
          new Leg(Creator.INITIATOR, MediaMapping.CONTENT, peer.ufrag(), ours, inv.offer().dtls()));
    }
    return p;
  }

  /** Forgets a member's leg (it left), freeing the port of an unanswered invitation. */
  void removed(MemberId id) {
    legs.remove(id);
    Dialling d = invitations.remove(id);
    if (d != null) {
      d.invitation().cancel();
    }
  }

  /** A participant's {@code transport-info} for an ICE-UDP content: candidates or a restart. */
  void transportInfo(SessionKey key, MemberId id, Participant p, IceUdpTransport t) {
    Leg leg = legs.get(id);
    if (leg == null) {
      return; // a raw-UDP member sent ICE: nothing to act on (its session would need a replace)
    }
    String ufrag = t.ufrag();
    String pwd = t.pwd();
    if (ufrag != null && pwd != null && !ufrag.equals(leg.remoteUfrag())) {
      restart(key, id, p, leg, ufrag, pwd, t);
      return;
    }
    List<IceCandidate> candidates = IceMapping.candidates(t.candidates());
    if (!candidates.isEmpty()) {
      p.addRemoteCandidates(candidates);
    }
  }

  private void restart(
      SessionKey key,
      MemberId id,
      Participant p,
      Leg leg,
      String ufrag,
      String pwd,
      IceUdpTransport t) {
    IceParameters ours;
    try {
      ours = p.restartIce(new IceParameters(ufrag, pwd, IceMapping.candidates(t.candidates())));
    } catch (MediaException | IllegalArgumentException e) {
      calls.end(
          id,
          Reason.of(ReasonCondition.FAILED_TRANSPORT, "ICE restart failed: " + e.getMessage()),
          new Departure(DisconnectionMethod.FAILED, c.now(), "ICE restart failed", null));
      return;
    }
    legs.put(id, new Leg(leg.creator(), leg.content(), ufrag, ours, leg.localDtls()));
    LOG.info("room {}: {} restarted ICE (generation {})", c.room, id, p.iceGeneration());
    send(key, leg, IceMapping.transport(ours, leg.localDtls(), c.ctx.ids()));
  }

  /**
   * The bridge found a candidate after its answer or its offer: trickle it. On a dial-out the
   * device may not have answered yet: the candidate goes out at once with the offer's credentials,
   * unless the offer or an earlier transport-info carried it. {@link Calls} builds the offer and
   * sends the session-initiate in one task on the room's executor, where these events run too, so a
   * candidate reported here always finds the session-initiate sent.
   */
  void localCandidate(MemberId id, IceCandidate candidate) {
    SessionKey key = calls.keyOf(id);
    if (key == null) {
      return;
    }
    Dialling d = invitations.get(id);
    if (d != null) {
      IceParameters offered = d.invitation().offer().ice();
      if (offered == null || d.signalled().contains(candidate)) {
        return;
      }
      invitations.put(id, d.plus(candidate));
      Content content =
          IceMapping.transportInfo(
              Creator.INITIATOR,
              MediaMapping.CONTENT,
              IceMapping.transport(
                  new IceParameters(offered.ufrag(), offered.pwd(), List.of(candidate)),
                  null,
                  c.ctx.ids()));
      calls.execute(key, (x, iqId) -> x.transportInfo(iqId, List.of(content)));
      return;
    }
    Leg leg = legs.get(id);
    if (leg == null) {
      return;
    }
    IceParameters ice = leg.local();
    send(
        key,
        leg,
        IceMapping.transport(
            new IceParameters(ice.ufrag(), ice.pwd(), List.of(candidate)), null, c.ctx.ids()));
  }

  /** A leg's transport failed: end the call with the reason XEP-0166 § 7.4 names. */
  void failed(MemberId id, String reason, boolean security) {
    LOG.info("room {}: {} transport failed: {}", c.room, id, reason);
    calls.end(
        id,
        Reason.of(
            security ? ReasonCondition.SECURITY_ERROR : ReasonCondition.FAILED_TRANSPORT, reason),
        new Departure(DisconnectionMethod.FAILED, c.now(), reason, null));
  }

  private void send(SessionKey key, Leg leg, IceUdpTransport transport) {
    Content content = IceMapping.transportInfo(leg.creator(), leg.content(), transport);
    calls.execute(key, (x, iqId) -> x.transportInfo(iqId, List.of(content)));
  }
}
