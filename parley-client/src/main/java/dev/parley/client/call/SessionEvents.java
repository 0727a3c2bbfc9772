/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.client.conference.ConferenceTracker;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaException;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rtp.Ringing;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;

/**
 * What one call's Jingle session reports, applied to the call: the peer's session-accept (its media
 * answer and focus marker), the answers to our requests, its session-info (XEP-0167 hold, mute,
 * ringing; XEP-0298 focus and conference documents), its transport-info (XEP-0176), its
 * session-terminate, and the content-add and transport-replace an audio call refuses. Every event
 * goes to {@link CallTransfers} first. On the session's serial executor.
 */
final class SessionEvents {
  private final Call call;
  private final CallLifecycle lifecycle;
  private final Switchboard board;
  private final CallMedia media;
  private final PendingAcks acks;
  private final HoldMute holdMute;
  private final IceTrickle ice;
  private final ConferenceTracker conference;
  private final CallListeners listeners;

  SessionEvents(
      Call call,
      CallLifecycle lifecycle,
      Switchboard board,
      CallMedia media,
      PendingAcks acks,
      HoldMute holdMute,
      IceTrickle ice,
      ConferenceTracker conference,
      CallListeners listeners) {
    this.call = call;
    this.lifecycle = lifecycle;
    this.board = board;
    this.media = media;
    this.acks = acks;
    this.holdMute = holdMute;
    this.ice = ice;
    this.conference = conference;
    this.listeners = listeners;
  }

  void on(SessionEvent e) {
    board.transfers().onSession(call, e);
    if (e instanceof SessionEvent.Accepted a) {
      accepted(a);
    } else if (e instanceof SessionEvent.Acknowledged ack) {
      acks.acknowledged(ack.id());
    } else if (e instanceof SessionEvent.RequestFailed f) {
      requestFailed(f);
    } else if (e instanceof SessionEvent.Info info) {
      info(info.payload());
    } else if (e instanceof SessionEvent.FocusChanged f) {
      call.focus(f.focus());
      listeners.emit(new CallEvent.FocusChanged(f.focus()));
    } else if (e instanceof SessionEvent.ConferenceInfoReceived c) {
      conference.receive(c.document());
    } else if (e instanceof SessionEvent.Terminated t) {
      Reason reason = t.reason() != null ? t.reason() : Reason.of(ReasonCondition.SUCCESS);
      lifecycle.fail(CallFailedException.Kind.REJECTED, "the peer ended the call", reason, null);
      lifecycle.end(new CallEnd(reason, true));
    } else if (e instanceof SessionEvent.ContentAddRequested add) {
      SessionKey k = requireNonNull(call.key());
      board.command(
          k,
          (s, id) ->
              s.contentReject(
                  id,
                  add.contents(),
                  Reason.of(ReasonCondition.FAILED_APPLICATION, "audio calls only")));
    } else if (e instanceof SessionEvent.TransportReplaceRequested replace) {
      board.command(
          requireNonNull(call.key()), (s, id) -> s.transportReject(id, replace.contents()));
    } else if (e instanceof SessionEvent.TransportInfo t) {
      transportInfo(t);
    }
  }

  private void accepted(SessionEvent.Accepted a) {
    // Before the call becomes established: whoever waits on it reads isFocus() at once, while the
    // FocusChanged event of the same accept is handled after this one.
    for (XmlElement extra : a.extras()) {
      if (extra instanceof CoinFocus marker) {
        call.focus(marker.focus());
      }
    }
    CallIce i = ice.ice();
    JingleMedia.Result<MediaAnswer> answer =
        JingleMedia.accepted(a.contents(), i == null ? null : i.local());
    if (answer instanceof JingleMedia.Unusable<MediaAnswer> u) {
      lifecycle.failMedia(u.reason());
      return;
    }
    MediaAnswer peerAnswer = ((JingleMedia.Usable<MediaAnswer>) answer).value();
    try {
      media.accept(peerAnswer);
    } catch (MediaException m) {
      lifecycle.failMedia(Switchboard.reason(m));
      return;
    }
    IceParameters peerIce = peerAnswer.ice();
    if (i != null && peerIce != null) {
      i.accepted(peerIce.ufrag());
    }
    lifecycle.becomeActive();
  }

  private void requestFailed(SessionEvent.RequestFailed f) {
    acks.refused(f);
    if (!f.ended()) {
      return;
    }
    boolean silent = f.error().condition() == StanzaError.Condition.REMOTE_SERVER_TIMEOUT;
    lifecycle.fail(
        silent ? CallFailedException.Kind.UNREACHABLE : CallFailedException.Kind.REFUSED,
        call.peer()
            + (silent ? " did not answer " : " refused ")
            + f.action().xml()
            + describe(f.error()),
        null,
        f.error());
    lifecycle.end(
        new CallEnd(
            Reason.of(
                silent ? ReasonCondition.CONNECTIVITY_ERROR : ReasonCondition.GENERAL_ERROR,
                f.action().xml() + ": " + f.error().condition().xml()),
            false));
  }

  private void info(RtpInfo payload) {
    if (payload instanceof Ringing) {
      lifecycle.ringing();
      return;
    }
    CallEvent changed = holdMute.peerInfo(payload);
    if (changed != null) {
      listeners.emit(changed);
    }
  }

  /** The peer trickled candidates or restarted ICE (raw UDP: nothing to follow). */
  private void transportInfo(SessionEvent.TransportInfo t) {
    SessionKey k = call.key();
    if (k == null || lifecycle.state() == CallState.ENDED) {
      return;
    }
    try {
      ice.received(k, t.contents());
    } catch (MediaException e) {
      lifecycle.failMedia(
          Reason.of(ReasonCondition.FAILED_TRANSPORT, "ICE restart: " + e.getMessage()));
    }
  }

  private static String describe(StanzaError error) {
    return ": " + error.condition().xml() + (error.text() == null ? "" : " (" + error.text() + ")");
  }
}
