/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.JingleError;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpInfo;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the application learns from a stanza the peer sent: one event per fact, in the order the
 * stanza carried them. Events never require an IQ reply from the application (the transition has
 * already produced it); some ask for a decision that the application expresses with a command on
 * the session ({@link ContentAddRequested} → content-accept or content-reject, {@link
 * TransportReplaceRequested} → transport-accept or transport-reject, {@link Initiated} →
 * session-accept or session-terminate).
 */
public sealed interface SessionEvent {

  /**
   * The peer initiated the session (XEP-0166 § 6.2); it has been acknowledged. Answer with {@link
   * JingleSession#accept} or decline with {@link JingleSession#terminate} (§ 6.3.1: acknowledge,
   * then terminate). The responder SHOULD send {@code <ringing/>} first (XEP-0167 § 12.2).
   *
   * @param offer the offered contents
   * @param extras the other children of {@code <jingle>}: BUNDLE group, focus marker, XEP-0251
   *     transfer (a transferred call), …
   */
  record Initiated(List<Content> offer, List<XmlElement> extras) implements SessionEvent {
    public Initiated {
      offer = List.copyOf(offer);
      extras = List.copyOf(extras);
    }

    /** The first extra of this type, e.g. the XEP-0251 {@link Transfer} of a transferred call. */
    public <T extends XmlElement> Optional<T> find(Class<T> type) {
      return SessionEvent.find(extras, type);
    }
  }

  /**
   * The peer accepted the session (XEP-0166 § 6.5): it is {@link SessionState#ACTIVE}. Offered
   * contents that the accept does not list are dropped from the session.
   *
   * @param contents the accepted contents as the responder defined them
   * @param extras the other children of {@code <jingle>}
   */
  record Accepted(List<Content> contents, List<XmlElement> extras) implements SessionEvent {
    public Accepted {
      contents = List.copyOf(contents);
      extras = List.copyOf(extras);
    }
  }

  /** The peer acknowledged one of our requests with an IQ result. */
  record Acknowledged(JingleAction action, String id) implements SessionEvent {
    public Acknowledged {
      requireNonNull(action, "action");
      requireNonNull(id, "id");
    }
  }

  /**
   * The peer answered one of our requests with an error. A failed session-initiate or
   * session-accept ends the session; a failed content-add or transport-replace is withdrawn; other
   * failures change nothing, and the application decides (a failed content-modify, for example, may
   * be followed by a contrary one or a terminate, XEP-0166 § 7.2.3).
   *
   * @param action the action of the failed request
   * @param id its IQ id
   * @param error the error
   * @param ended whether the failure ended the session
   */
  record RequestFailed(JingleAction action, String id, StanzaError error, boolean ended)
      implements SessionEvent {
    public RequestFailed {
      requireNonNull(action, "action");
      requireNonNull(id, "id");
      requireNonNull(error, "error");
    }

    /** The Jingle condition of the error ({@code tie-break}, {@code unknown-session}…), if any. */
    public Optional<JingleError> jingleError() {
      return JingleError.of(error);
    }
  }

  /** An XEP-0167 informational payload: active, hold, unhold, mute, unmute or ringing. */
  record Info(RtpInfo payload) implements SessionEvent {
    public Info {
      requireNonNull(payload, "payload");
    }
  }

  /** An empty session-info: a session ping (XEP-0166 § 6.8), acknowledged. */
  record Ping() implements SessionEvent {}

  /**
   * The peer says whether it acts as a conference focus (XEP-0298 § 5), in session-initiate,
   * session-accept or session-info.
   */
  record FocusChanged(CoinFocus marker) implements SessionEvent {
    public FocusChanged {
      requireNonNull(marker, "marker");
    }

    public boolean focus() {
      return marker.focus();
    }
  }

  /** An RFC 4575 conference document from the focus (XEP-0298 § 6), in any accepted shape. */
  record ConferenceInfoReceived(ConferenceInfo document) implements SessionEvent {
    public ConferenceInfoReceived {
      requireNonNull(document, "document");
    }
  }

  /**
   * An XEP-0251 transfer request in session-info, acknowledged: only with {@link
   * SessionOptions#transfer()} (otherwise it was answered {@code unsupported-info}).
   */
  record TransferRequested(Transfer transfer) implements SessionEvent {
    public TransferRequested {
      requireNonNull(transfer, "transfer");
    }
  }

  /** transport-info (XEP-0166 § 7.2.13): candidates for the named contents (trickle ICE). */
  record TransportInfo(List<Content> contents) implements SessionEvent {
    public TransportInfo {
      contents = List.copyOf(contents);
    }

    /** The ICE-UDP candidates carried, in document order (none for other transports). */
    public List<IceCandidate> iceCandidates() {
      List<IceCandidate> candidates = new ArrayList<>();
      for (Content c : contents) {
        c.transport(IceUdpTransport.class).ifPresent(t -> candidates.addAll(t.candidates()));
      }
      return candidates;
    }
  }

  /** description-info (XEP-0166 § 7.2.6): new parameters for the named contents. */
  record DescriptionInfo(List<Content> contents) implements SessionEvent {
    public DescriptionInfo {
      contents = List.copyOf(contents);
    }
  }

  /** security-info (XEP-0166 § 7.2.7): security precondition data for the named contents. */
  record SecurityInfo(List<Content> contents) implements SessionEvent {
    public SecurityInfo {
      contents = List.copyOf(contents);
    }
  }

  /**
   * The peer proposes new contents (content-add, XEP-0166 § 7.2.2); answer with {@link
   * JingleSession#contentAccept} or {@link JingleSession#contentReject}.
   */
  record ContentAddRequested(List<Content> contents) implements SessionEvent {
    public ContentAddRequested {
      contents = List.copyOf(contents);
    }
  }

  /** The peer accepted contents we added: they are part of the session. */
  record ContentAccepted(List<Content> contents) implements SessionEvent {
    public ContentAccepted {
      contents = List.copyOf(contents);
    }
  }

  /**
   * The peer rejected contents we added. If the session has no content left, the application SHOULD
   * terminate it (XEP-0166 § 7.2.4; {@link JingleSession#isVoid()}).
   */
  record ContentRejected(List<Content> contents, @Nullable Reason reason) implements SessionEvent {
    public ContentRejected {
      contents = List.copyOf(contents);
    }
  }

  /**
   * The peer removed contents (XEP-0166 § 7.2.5). If none is left the application SHOULD terminate
   * the session ({@link JingleSession#isVoid()}).
   */
  record ContentRemoved(List<Content> contents, @Nullable Reason reason) implements SessionEvent {
    public ContentRemoved {
      contents = List.copyOf(contents);
    }
  }

  /**
   * The peer changed who sends media on a content (content-modify, XEP-0166 § 7.2.3); never
   * answered with content-accept. If the new direction is unacceptable, reply with a contrary
   * content-modify, terminate, or refuse media in that direction.
   */
  record ContentModified(Creator creator, String name, Senders senders) implements SessionEvent {
    public ContentModified {
      requireNonNull(creator, "creator");
      requireNonNull(name, "name");
      requireNonNull(senders, "senders");
    }
  }

  /**
   * The peer asks to replace the transport of the named contents (XEP-0166 § 7.2.15); answer with
   * {@link JingleSession#transportAccept} or {@link JingleSession#transportReject}.
   */
  record TransportReplaceRequested(List<Content> contents) implements SessionEvent {
    public TransportReplaceRequested {
      contents = List.copyOf(contents);
    }
  }

  /** The peer accepted our transport-replace; the new transports are in force. */
  record TransportAccepted(List<Content> contents) implements SessionEvent {
    public TransportAccepted {
      contents = List.copyOf(contents);
    }
  }

  /** The peer rejected our transport-replace; the previous transports stay. */
  record TransportRejected(List<Content> contents) implements SessionEvent {
    public TransportRejected {
      contents = List.copyOf(contents);
    }
  }

  /** The peer terminated the session (XEP-0166 § 6.7); it is {@link SessionState#ENDED}. */
  record Terminated(@Nullable Reason reason) implements SessionEvent {}

  private static <T extends XmlElement> Optional<T> find(List<XmlElement> elements, Class<T> type) {
    for (XmlElement e : elements) {
      if (type.isInstance(e)) {
        return Optional.of(type.cast(e));
      }
    }
    return Optional.empty();
  }
}
