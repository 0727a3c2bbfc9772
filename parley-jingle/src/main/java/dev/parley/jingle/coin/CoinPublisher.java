/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The conference information of one room, as each participant receives it (XEP-0298 § 4, RFC 4575 §
 * 4.6): a full document when a recipient subscribes, then the smallest notification that brings it
 * to the room's current document, with the recipient's own version + 1. See the package comment for
 * the rules and the decisions behind them.
 *
 * <p>A pure state machine with explicit time: the room gives it its authoritative document with
 * {@link #update} and its recipients with {@link #subscribe}, calls {@link #poll} after every
 * change and whenever the timer it set at {@link #nextDue} fires, and sends what {@code poll}
 * returns, without waiting for the IQ results (Dino sends none). Times passed in must not go
 * backwards. Not thread-safe: one room's serial executor owns it.
 *
 * <pre>{@code
 * publisher.update(document, now);                      // the room changed (a join, say)
 * publisher.subscribe(new CoinRecipient(jid, sid, coinCapable), now);  // the joiner: full at once
 * publisher.poll(now).forEach(n -> send(n.iq().withFrom(focus))); // room@component/focus
 * publisher.nextDue().ifPresent(at -> timer.schedule(at)); // the others: after the coalescing window
 * }</pre>
 */
public final class CoinPublisher {
  /**
   * The largest version a notification can carry: RFC 4575's {@code version} is an {@code
   * xs:unsignedInt}. A recipient whose counter reaches it gets nothing more (see the package
   * comment).
   */
  public static final long MAX_VERSION = ConferenceInfo.MAX_VERSION;

  private final CoinPolicy policy;
  private final Map<Jid, Subscriber> subscribers = new LinkedHashMap<>();
  private @Nullable Revision current;
  private @Nullable String deletedEntity;
  private @Nullable Instant deletedAt;

  public CoinPublisher(CoinPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** The pacing this publisher was built with. */
  public CoinPolicy policy() {
    return policy;
  }

  /**
   * Adds a recipient, or re-adds one (a new session, or its state must be rebuilt): a full document
   * is due at once (as soon as the room has a document), without coalescing or rate limit. A
   * recipient already known keeps its version counter, so its full document is newer than anything
   * it holds; a recipient forgotten by {@link #unsubscribe} starts again at 1. Ignored once the
   * conference has ended.
   */
  public void subscribe(CoinRecipient recipient, Instant now) {
    requireNonNull(recipient, "recipient");
    requireNonNull(now, "now");
    if (deletedAt != null) {
      return;
    }
    Subscriber s = subscribers.computeIfAbsent(recipient.jid(), jid -> new Subscriber(recipient));
    s.recipient = recipient;
    s.sent = null;
    s.changed = null;
    s.fullRequested = now;
  }

  /** Stops sending to {@code jid} (its session ended) and forgets it. */
  public void unsubscribe(Jid jid) {
    subscribers.remove(requireNonNull(jid, "jid"));
  }

  /**
   * The room's authoritative document changed. {@code document} is read as a full document: its
   * {@code state}, {@code version} and {@code sid} are ignored, except that a {@code deleted} state
   * ends the conference: every recipient then gets a {@code deleted} root at once, and nothing
   * after it. A document whose content equals the current one is not a change.
   */
  public void update(ConferenceInfo document, Instant now) {
    requireNonNull(document, "document");
    requireNonNull(now, "now");
    if (deletedAt != null) {
      return;
    }
    if (document.effectiveState() == State.DELETED) {
      deletedEntity = document.entity();
      deletedAt = now;
      return;
    }
    Revision next = Revision.of(document);
    Revision previous = current;
    if (previous != null && previous.sameContent(next)) {
      return;
    }
    current = next;
    for (Subscriber s : subscribers.values()) {
      if (s.fullRequested != null) {
        if (previous == null) {
          s.fullRequested = now; // was waiting for the room's first document
        }
      } else if (s.changed == null) {
        s.changed = now;
      }
    }
  }

  /**
   * The notifications due at {@code now}, in subscription order; each is returned once, and the
   * publisher considers it sent.
   */
  public List<CoinNotice> poll(Instant now) {
    requireNonNull(now, "now");
    List<CoinNotice> due = new ArrayList<>();
    Duration coalesce = coalescing();
    for (Subscriber s : subscribers.values()) {
      Instant at = dueAt(s, coalesce);
      if (at == null || at.isAfter(now)) {
        continue;
      }
      ConferenceInfo document = next(s);
      if (document != null) {
        s.version++;
        s.lastSent = now;
        due.add(
            new CoinNotice(
                s.recipient,
                document.toBuilder().version(s.version).sid(s.recipient.sid()).build()));
      }
    }
    return due;
  }

  /**
   * When {@link #poll} next has something to send: the earliest time at which a notification is due
   * (possibly already past), or empty when nothing is pending. Exact: polling before it returns
   * nothing, polling at it returns at least one notification unless every pending change was undone
   * meanwhile (then nothing is sent and nothing stays pending). It changes only through {@link
   * #update}, {@link #subscribe}, {@link #unsubscribe} (the room's size sets the coalescing) and
   * {@link #poll}.
   */
  public Optional<Instant> nextDue() {
    Duration coalesce = coalescing();
    Instant earliest = null;
    for (Subscriber s : subscribers.values()) {
      Instant at = dueAt(s, coalesce);
      if (at != null && (earliest == null || at.isBefore(earliest))) {
        earliest = at;
      }
    }
    return Optional.ofNullable(earliest);
  }

  /** The recipients, in subscription order. */
  public List<CoinRecipient> recipients() {
    return subscribers.values().stream().map(s -> s.recipient).toList();
  }

  /** The coalescing interval that applies now, for the current number of recipients. */
  public Duration coalescing() {
    return policy.coalesceFor(subscribers.size());
  }

  /**
   * The version of the last notification sent to {@code jid}; 0 before the first, empty for a
   * recipient not subscribed.
   */
  public OptionalLong version(Jid jid) {
    Subscriber s = subscribers.get(jid);
    return s == null ? OptionalLong.empty() : OptionalLong.of(s.version);
  }

  /** Whether a {@code deleted} document ended the conference. */
  public boolean ended() {
    return deletedAt != null;
  }

  /**
   * For tests of the version limit only: as if {@code jid} had been sent {@code version} already.
   */
  void assumeSent(Jid jid, long version) {
    requireNonNull(subscribers.get(jid), "not subscribed").version = version;
  }

  private @Nullable Instant dueAt(Subscriber s, Duration coalesce) {
    if (s.version >= MAX_VERSION) {
      return null;
    }
    if (deletedAt != null) {
      return s.deletedSent ? null : deletedAt;
    }
    if (current == null) {
      return null;
    }
    if (s.fullRequested != null) {
      return s.fullRequested;
    }
    if (s.changed == null) {
      return null;
    }
    Instant at = s.changed.plus(coalesce);
    if (!s.recipient.partial() && s.lastSent != null) {
      Instant allowed = s.lastSent.plus(policy.fullDocumentInterval());
      return allowed.isAfter(at) ? allowed : at;
    }
    return at;
  }

  /**
   * What a due recipient is sent (with placeholder version and sid), and it is then considered in
   * step; {@code null} when the pending changes cancelled out.
   */
  private @Nullable ConferenceInfo next(Subscriber s) {
    if (deletedAt != null) {
      s.deletedSent = true;
      return ConferenceInfo.builder(requireNonNull(deletedEntity)).state(State.DELETED).build();
    }
    Revision to = requireNonNull(current);
    Revision from = s.sent;
    s.sent = to;
    s.changed = null;
    if (s.fullRequested != null || from == null) {
      s.fullRequested = null;
      return to.full();
    }
    if (!s.recipient.partial()) {
      return from.sameContent(to) ? null : to.full();
    }
    ConferenceInfo diff = from.diffTo(to);
    if (diff == null) {
      return null;
    }
    // The last version is spent on a full document, so that even a recipient that missed
    // something ends on a coherent state.
    return s.version + 1 == MAX_VERSION ? to.full() : diff;
  }
}
