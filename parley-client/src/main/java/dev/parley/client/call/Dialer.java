/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.coin.FocusMarker;
import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaException;
import dev.parley.media.MediaOffer;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * Our side of the calls we place: proposes them (XEP-0353) or initiates them at once. The
 * session-initiate goes to the device (the one that proceeded, for a proposal) in the transport of
 * {@link CallOptions#transport()}, asking the device under {@link CallTransport#AUTO}; a WebRTC one
 * waits for the server's STUN and TURN services. On the serial executor.
 */
final class Dialer {
  /** What a device must advertise to be offered WebRTC media under {@link CallTransport#AUTO}. */
  static final List<String> WEBRTC_FEATURES =
      List.of(IceUdpTransport.NAMESPACE, Fingerprint.NAMESPACE);

  private final Switchboard board;
  private final CallOptions options;
  private final IdGenerator ids;
  private final Jid self;
  private final JingleSessions sessions;
  private final Jmi jmi;
  private final Outbox out;
  private final CallBook book;
  private final @Nullable IceDiscovery discovery;

  Dialer(
      Switchboard board,
      IdGenerator ids,
      Jid self,
      JingleSessions sessions,
      Jmi jmi,
      Outbox out,
      CallBook book,
      @Nullable IceDiscovery discovery) {
    this.board = board;
    this.options = board.options();
    this.ids = ids;
    this.self = self;
    this.sessions = sessions;
    this.jmi = jmi;
    this.out = out;
    this.book = book;
    this.discovery = discovery;
  }

  /**
   * Places a call on {@code phone}: proposed to the peer's bare JID, or initiated directly to
   * {@code peer}; it ends unanswered after {@link CallOptions#ringTimeout()}.
   */
  Call place(
      Jid peer,
      CallMedia phone,
      AudioHandover.Lease lease,
      boolean propose,
      List<XmlElement> extras) {
    out.signalling().ifPresent(s -> s.presenceTo(peer.asBareJid()));
    Call call;
    if (propose) {
      JmiOutcome proposed =
          jmi.propose(
              peer.asBareJid(),
              List.of(RtpDescription.ofMedia("audio")),
              options.clock().instant());
      String id = proposed.messages().get(0).payload(Propose.class).orElseThrow().id();
      call = new Call(board, true, id, peer.asBareJid(), phone, lease, extras, CallState.PROPOSING);
      book.proposal(id, call);
      out.send(proposed);
    } else {
      call = new Call(board, true, null, peer, phone, lease, extras, CallState.CONNECTING);
      initiate(call, peer, null);
    }
    board.schedule(options.ringTimeout(), call::ringTimedOut);
    return call;
  }

  /**
   * Sends our session-initiate to {@code device} ({@code sid}: the XEP-0353 proposal's, or null for
   * a fresh one) in the call's transport: for {@link CallTransport#AUTO}, after asking the device
   * whether it takes WebRTC (its caps, else disco#info).
   */
  void initiate(Call call, Jid device, @Nullable String sid) {
    CallTransport transport =
        call.media().rawUdpOnly() ? CallTransport.RAW_UDP : options.transport();
    Signalling s = out.signalling().orElse(null);
    if (transport != CallTransport.AUTO || s == null) {
      initiate(call, device, sid, transport == CallTransport.WEBRTC);
      return;
    }
    s.supportsAll(
        device,
        WEBRTC_FEATURES,
        webrtc -> {
          if (call.state() != CallState.ENDED) {
            initiate(call, device, sid, Boolean.TRUE.equals(webrtc));
          }
        });
  }

  /**
   * Sends the session-initiate; a WebRTC one once the server's STUN and TURN services are known, or
   * after {@link CallOptions#iceDiscoveryTimeout()} without them.
   */
  private void initiate(Call call, Jid device, @Nullable String sid, boolean webrtc) {
    IceDiscovery d = discovery;
    if (!webrtc || d == null) {
      offer(call, device, sid, webrtc);
      return;
    }
    d.whenReady(
        () -> {
          if (call.state() != CallState.ENDED) {
            offer(call, device, sid, true);
          }
        });
  }

  private void offer(Call call, Jid device, @Nullable String sid, boolean webrtc) {
    MediaOffer offer;
    try {
      offer = call.media().offer(webrtc);
    } catch (MediaException e) {
      call.fail(
          CallFailedException.Kind.MEDIA, "media: " + e.getMessage(), Switchboard.reason(e), null);
      call.end(new CallEnd(Switchboard.reason(e), false));
      return;
    }
    List<XmlElement> extras = new ArrayList<>(call.extras());
    Content content;
    IceParameters ice = offer.ice();
    if (webrtc && ice != null) {
      content = IceMapping.offer(JingleMedia.CONTENT, offer, ids);
      extras.add(0, Group.bundle(List.of(JingleMedia.CONTENT)));
      call.ice(
          new CallIce(
              Creator.INITIATOR,
              JingleMedia.CONTENT,
              ice,
              offer.dtls(),
              requireNonNull(offer.rtp(), "the phone has a socket"),
              null));
    } else {
      content = JingleMedia.offer(offer, ids);
    }
    started(
        call,
        sid == null
            ? sessions.initiate(self, device, List.of(content), extras)
            : sessions.initiate(self, device, sid, List.of(content), extras));
  }

  private void started(Call call, Sent sent) {
    SessionKey key = SessionKey.of(sent.session());
    book.session(key, call);
    call.initiated(key);
    out.request(sent.request());
  }

  /** The children our session-initiates and session-accepts carry besides the contents. */
  static List<XmlElement> extras(CallOptions options) {
    return options.focus() ? FocusMarker.extras(true) : List.of();
  }
}
