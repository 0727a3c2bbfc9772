/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One content of a session as negotiated so far: both parties' definitions of it, who sends media,
 * and whether an addition or a transport replacement is still waiting for an answer.
 *
 * <p>{@link #local} is the content as this endpoint last defined it (in its session-initiate,
 * session-accept, content-add, content-accept, transport-replace or transport-accept), {@link
 * #remote} as the peer last defined it; either is {@code null} until that party has sent one (the
 * responder's answer before session-accept, for example). Candidates trickled in transport-info are
 * not merged in: they reach the application as {@link SessionEvent.TransportInfo} events.
 *
 * @param creator the party that created the content (XEP-0166 § 7.3; never changes)
 * @param name the content name
 * @param senders who sends media now: from the definition, then from content-modify
 * @param status whether the content is part of the session or a content-add awaiting its answer
 * @param local our definition, or {@code null}
 * @param remote the peer's definition, or {@code null}
 * @param replacement a transport-replace awaiting transport-accept or transport-reject, or {@code
 *     null}
 */
public record SessionContent(
    Creator creator,
    String name,
    Senders senders,
    Status status,
    @Nullable Content local,
    @Nullable Content remote,
    @Nullable Replacement replacement) {

  public SessionContent {
    requireNonNull(creator, "creator");
    requireNonNull(name, "name");
    requireNonNull(senders, "senders");
    requireNonNull(status, "status");
  }

  /** Whether the content is part of the session or a content-add that awaits its answer. */
  public enum Status {
    /** Offered in session-initiate, or added and accepted: part of the session. */
    IN_SESSION,
    /** We sent content-add; the peer has not answered with content-accept or content-reject. */
    ADD_SENT,
    /** The peer sent content-add; we have not answered yet. */
    ADD_RECEIVED
  }

  /**
   * A transport-replace (XEP-0166 § 7.2.15) that awaits transport-accept or transport-reject.
   *
   * @param byPeer whether the peer asked for it (else we did)
   * @param transport the proposed transport
   */
  public record Replacement(boolean byPeer, XmlElement transport) {
    public Replacement {
      requireNonNull(transport, "transport");
    }
  }

  /** The content's identity. */
  public ContentKey key() {
    return new ContentKey(creator, name);
  }

  /** Whether the content is part of the session (not an unanswered content-add). */
  public boolean inSession() {
    return status == Status.IN_SESSION;
  }

  SessionContent withStatus(Status newStatus) {
    return new SessionContent(creator, name, senders, newStatus, local, remote, replacement);
  }

  SessionContent withSenders(Senders newSenders) {
    return new SessionContent(creator, name, newSenders, status, local, remote, replacement);
  }

  SessionContent withLocal(@Nullable Content newLocal) {
    return new SessionContent(creator, name, senders, status, newLocal, remote, replacement);
  }

  SessionContent withRemote(@Nullable Content newRemote) {
    return new SessionContent(creator, name, senders, status, local, newRemote, replacement);
  }

  SessionContent withReplacement(@Nullable Replacement newReplacement) {
    return new SessionContent(creator, name, senders, status, local, remote, newReplacement);
  }
}
