/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.FullJid;
import org.jxmpp.jid.Jid;

/**
 * One Jingle session (XEP-0166) as an immutable value, with a pure transition function for what the
 * peer sends ({@link #receive(Iq)}) and pure commands for what this endpoint sends ({@link
 * #accept}, {@link #terminate}, {@link #info}, …). Nothing here performs I/O; the caller sends the
 * stanzas it gets back and keeps the new value.
 *
 * <pre>
 *            session-initiate            session-accept           session-terminate
 *   (none) ──────────────────► PENDING ─────────────────► ACTIVE ──────────────────► ENDED
 *                                 │  every other action:            every other        ▲
 *                                 │  allowed in both states         action allowed     │
 *                                 └──────────────── session-terminate, or a failed ─────┘
 *                                                   initiate or accept
 * </pre>
 *
 * <p><b>Rules the transitions enforce</b> (XEP-0166 v1.1.2):
 *
 * <ul>
 *   <li>every IQ get or set gets exactly one reply, results and errors none (§ 6.3, RFC 6120);
 *   <li>actions come only from the peer's full JID, addressed to us as the session knows us ({@link
 *       #addressedTo}): anything else is {@code unknown-session}, and so is everything once the
 *       session has {@link SessionState#ENDED ended} (§ 10);
 *   <li>the {@code initiator} and {@code responder} attributes are ignored: the IQ's {@code from}
 *       is trusted (§ 7.1);
 *   <li>an action the state does not allow is {@code out-of-order} ({@code unexpected-request},
 *       type wait): session-initiate on an existing session, session-accept anywhere but in our
 *       PENDING outgoing session, content-accept/-reject and transport-accept/-reject without the
 *       content-add or transport-replace they answer;
 *   <li>malformed actions are {@code bad-request}: a session-accept without content or with a
 *       content lacking description or transport (§ 7.2.8), an action-less {@code <jingle/>}
 *       (whoever sends it, before any other check), an action about a content the session does not
 *       have, a content-modify without {@code senders}, an IQ get;
 *   <li>a session-info payload this endpoint does not understand is {@code unsupported-info}
 *       ({@code feature-not-implemented}); an empty one is a ping (§ 6.8);
 *   <li>content-add and content-remove carry deltas (§ 7.2.2, § 7.2.5); content-modify is never
 *       answered with content-accept (§ 7.2.3);
 *   <li>simultaneous actions within a session: the initiator's wins (§ 7.2.16): when we are the
 *       initiator and the peer sends the same negotiation (content-add, transport-replace, or a
 *       content-modify of the same content) while ours awaits its answer, the peer gets {@code
 *       tie-break} ({@code conflict}); when we are the responder, the peer's action is taken and
 *       ours is dropped (the peer answers it with the same conflict).
 * </ul>
 *
 * <p>Lenient on purpose: a content-remove naming a content that is already gone is acknowledged
 * (both parties may remove the same content at once); contents an accept leaves out are dropped
 * from the session rather than refused (XEP-0166 does not say; SDP would reject them).
 *
 * <p>A session from a peer's session-initiate is made by {@link #fromInitiate(Iq, SessionOptions)};
 * ours by {@link #initiate}. {@link JingleSessions} keeps sessions by (peer, sid) and handles what
 * involves several sessions: unknown sids and simultaneous session-initiates.
 *
 * @param sid the session id
 * @param role the part this endpoint plays: {@link Creator#INITIATOR} or {@link Creator#RESPONDER}
 * @param local this endpoint's JID in the session as the peer addressed it (the {@code to} of its
 *     session-initiate, or ours when we initiate): the {@code from} of our requests
 * @param responder the full JID our session-accept named as {@code responder} when the peer had
 *     addressed a bare JID of ours ({@code local}), so that the accept names a full JID as XEP-0166
 *     § 7.1 requires; the peer may address the session's later IQs to either, as the same section
 *     lets it send them "to the responder (whether the responder is considered the 'from' JID or
 *     the 'responder' JID)". Null when the accept named {@code local} (or none was sent).
 * @param peer the peer's full JID (the {@code from} of its IQs)
 * @param state the overall state
 * @param contents the contents, in the order they were defined
 * @param pending our IQ-sets the peer has not answered yet, oldest first
 * @param options what this endpoint understands in session-info
 * @see <a href="https://xmpp.org/extensions/xep-0166.html">XEP-0166</a>
 */
public record JingleSession(
    String sid,
    Creator role,
    Jid local,
    @Nullable Jid responder,
    Jid peer,
    SessionState state,
    List<SessionContent> contents,
    List<PendingRequest> pending,
    SessionOptions options) {

  public JingleSession {
    requireNonNull(sid, "sid");
    requireNonNull(role, "role");
    requireNonNull(local, "local");
    requireNonNull(peer, "peer");
    requireNonNull(state, "state");
    contents = List.copyOf(contents);
    pending = List.copyOf(pending);
    requireNonNull(options, "options");
  }

  // --- creation ---------------------------------------------------------------------------------

  /**
   * Starts a session as initiator (XEP-0166 § 6.2): the session-initiate IQ and the PENDING
   * session. With XEP-0353, {@code sid} is the proposal id.
   *
   * @param iqId the id of the IQ to send
   * @param offer the contents, each with a description and a transport, at least one with
   *     disposition {@code session}; creators absent or {@code initiator}
   * @param extras further children of {@code <jingle>} (BUNDLE group, focus marker, transfer)
   * @throws IllegalArgumentException if the offer breaks those rules
   */
  public static Sent initiate(
      String iqId,
      String sid,
      Jid local,
      Jid peer,
      List<Content> offer,
      List<? extends XmlElement> extras,
      SessionOptions options) {
    return Outgoing.initiate(iqId, sid, local, peer, offer, extras, options);
  }

  /**
   * Handles a session-initiate that names no existing session: validates it and answers it. A valid
   * initiate is acknowledged and yields a PENDING session with this endpoint as responder and an
   * {@link SessionEvent.Initiated} event; an invalid one gets {@code bad-request} and no session.
   * Policy refusals (strangers, busy) are the caller's, before calling this ({@link Admission}).
   */
  public static Received fromInitiate(Iq iq, SessionOptions options) {
    return Incoming.initiate(iq, options);
  }

  // --- the transition function ------------------------------------------------------------------

  /**
   * The transition for an IQ the peer sent about this session: a request (answered exactly once) or
   * the result or error of one of ours (never answered). Pure: the same session and IQ give the
   * same outcome.
   */
  public Outcome receive(Iq iq) {
    return Incoming.receive(this, iq);
  }

  // --- commands ---------------------------------------------------------------------------------

  /**
   * Accepts the session as responder (XEP-0166 § 6.5) with {@code responder} = {@link #local()}:
   * the session becomes ACTIVE.
   *
   * @param answer the accepted contents, each naming an offered content and carrying a description
   *     and a transport (§ 7.2.8); offered contents left out are dropped from the session
   * @param extras further children of {@code <jingle>} (BUNDLE group, focus marker)
   * @throws IllegalStateException unless this is a PENDING session we respond to, or if the peer
   *     addressed a bare JID (a {@code responder} must be a full JID: use the other overload)
   */
  public Sent accept(String iqId, List<Content> answer, List<? extends XmlElement> extras) {
    return Outgoing.accept(this, iqId, null, answer, extras);
  }

  /**
   * Accepts the session as responder naming {@code responder}, a full JID of ours with the bare JID
   * the peer addressed: what an entity addressed at its bare JID answers (a conference room's
   * focus, XEP-0298). The peer may address later IQs to {@code responder} or to {@link #local()};
   * our own requests keep coming from {@link #local()}, the address the peer used.
   *
   * @throws IllegalArgumentException if {@code responder}'s bare JID is not {@code local}'s
   *     (XEP-0166 § 14: a session is redirected only between resources of one account)
   * @throws IllegalStateException unless this is a PENDING session we respond to
   */
  public Sent accept(
      String iqId, FullJid responder, List<Content> answer, List<? extends XmlElement> extras) {
    return Outgoing.accept(this, iqId, responder, answer, extras);
  }

  /**
   * Terminates the session (XEP-0166 § 6.7): it is ENDED at once, whatever the peer answers.
   *
   * @throws IllegalStateException if the session has already ended
   */
  public Sent terminate(String iqId, Reason reason) {
    return Outgoing.terminate(this, iqId, reason);
  }

  /**
   * Sends session-info with these payloads (XEP-0167 ringing, hold…, the XEP-0298 focus marker,
   * XEP-0251 transfer); with none, a session ping (§ 6.8).
   */
  public Sent info(String iqId, XmlElement... payloads) {
    return Outgoing.info(this, iqId, List.of(payloads));
  }

  /** transport-info with candidates for these contents (trickle ICE, XEP-0176 § 5.5). */
  public Sent transportInfo(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.TRANSPORT_INFO, contents, null);
  }

  /** description-info for these contents (XEP-0167 § 9). */
  public Sent descriptionInfo(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.DESCRIPTION_INFO, contents, null);
  }

  /** security-info for these contents (XEP-0166 § 7.2.7). */
  public Sent securityInfo(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.SECURITY_INFO, contents, null);
  }

  /**
   * content-add (XEP-0166 § 7.2.2): new contents created by us, awaiting content-accept or
   * content-reject.
   */
  public Sent contentAdd(String iqId, List<Content> added) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.ADD, added, null);
  }

  /** content-accept for contents the peer added; they join the session as we define them here. */
  public Sent contentAccept(String iqId, List<Content> accepted) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.ACCEPT, accepted, null);
  }

  /** content-reject for contents the peer added. */
  public Sent contentReject(String iqId, List<Content> rejected, @Nullable Reason reason) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.REJECT, rejected, reason);
  }

  /** content-remove (XEP-0166 § 7.2.5); a session left without content should be terminated. */
  public Sent contentRemove(String iqId, List<Content> removed, @Nullable Reason reason) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.REMOVE, removed, reason);
  }

  /** content-modify: who sends media on one content (XEP-0166 § 7.2.3). */
  public Sent contentModify(String iqId, Creator creator, String name, Senders senders) {
    return Outgoing.contentAction(
        this, iqId, Outgoing.Kind.MODIFY, List.of(Content.modify(creator, name, senders)), null);
  }

  /** transport-replace: propose a new transport for these contents (XEP-0166 § 7.2.15). */
  public Sent transportReplace(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.REPLACE, contents, null);
  }

  /** transport-accept: take the transports the peer proposed, with ours in {@code contents}. */
  public Sent transportAccept(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.REPLACE_ACCEPT, contents, null);
  }

  /** transport-reject: keep the current transports of these contents. */
  public Sent transportReject(String iqId, List<Content> contents) {
    return Outgoing.contentAction(this, iqId, Outgoing.Kind.REPLACE_REJECT, contents, null);
  }

  // --- queries ----------------------------------------------------------------------------------

  /**
   * Whether an IQ addressed to {@code to} is addressed to us in this session: to {@link #local()},
   * to the {@link #responder()} our accept named, or to nobody in particular (no {@code to}).
   */
  public boolean addressedTo(@Nullable Jid to) {
    return to == null || to.equals(local) || to.equals(responder);
  }

  /** Whether the session is PENDING or ACTIVE. */
  public boolean isLive() {
    return state.isLive();
  }

  /** The content with this key, whatever its status. */
  public Optional<SessionContent> content(ContentKey key) {
    for (SessionContent c : contents) {
      if (c.key().equals(key)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The contents that are part of the session (not content-adds awaiting their answer). */
  public List<SessionContent> established() {
    List<SessionContent> in = new ArrayList<>(contents.size());
    for (SessionContent c : contents) {
      if (c.inSession()) {
        in.add(c);
      }
    }
    return in;
  }

  /**
   * Whether a live session has no content left, after content-remove or content-reject: XEP-0166 §
   * 7.2.4–7.2.5 say such a session is void and SHOULD be terminated.
   */
  public boolean isVoid() {
    return isLive() && established().isEmpty();
  }

  /** The pending request with this IQ id. */
  public Optional<PendingRequest> pendingRequest(String iqId) {
    for (PendingRequest p : pending) {
      if (p.id().equals(iqId)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The part the peer plays. */
  public Creator peerRole() {
    return role.other();
  }

  // --- package-private withers for the transitions ------------------------------------------

  JingleSession withState(SessionState newState) {
    return new JingleSession(
        sid, role, local, responder, peer, newState, contents, pending, options);
  }

  JingleSession withResponder(@Nullable Jid newResponder) {
    return new JingleSession(
        sid, role, local, newResponder, peer, state, contents, pending, options);
  }

  JingleSession withContents(List<SessionContent> newContents) {
    return new JingleSession(
        sid, role, local, responder, peer, state, newContents, pending, options);
  }

  JingleSession withPending(List<PendingRequest> newPending) {
    return new JingleSession(
        sid, role, local, responder, peer, state, contents, newPending, options);
  }

  JingleSession mapContents(UnaryOperator<SessionContent> f) {
    List<SessionContent> mapped = new ArrayList<>(contents.size());
    for (SessionContent c : contents) {
      mapped.add(f.apply(c));
    }
    return withContents(mapped);
  }

  JingleSession plusPending(PendingRequest request) {
    List<PendingRequest> more = new ArrayList<>(pending.size() + 1);
    more.addAll(pending);
    more.add(request);
    return withPending(more);
  }
}
