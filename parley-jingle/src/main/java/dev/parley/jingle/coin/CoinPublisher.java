/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * The conference information of one room, as each participant receives it (XEP-0298 § 4, RFC 4575 §
 * 4.6): a full document when a recipient subscribes, then notifications with the recipient's own
 * version + 1 whenever the room's document changes.
 *
 * <p>A pure state machine with explicit time: the room gives it its authoritative document with
 * {@link #update} and recipients with {@link #subscribe}, then calls {@link #poll} at {@link
 * #nextDue} (or after any call) and sends what it returns. Not thread-safe: one room's serial
 * executor owns it.
 *
 * <p><b>This first version</b> sends a full document to every recipient on every change, without
 * coalescing; partial notifications, coalescing and rate limits follow behind this same API.
 */
public final class CoinPublisher {
  private final CoinPolicy policy;
  private final Map<Jid, Subscriber> subscribers = new LinkedHashMap<>();
  private @Nullable ConferenceInfo current;
  private boolean ended;

  public CoinPublisher(CoinPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** The pacing this publisher was built with. */
  public CoinPolicy policy() {
    return policy;
  }

  /**
   * Adds a recipient, or re-adds one (a new session, or its state must be rebuilt): a full document
   * is due immediately, with the recipient's next version.
   */
  public void subscribe(CoinRecipient recipient, Instant now) {
    requireNonNull(now, "now");
    Subscriber existing = subscribers.get(recipient.jid());
    long version = existing == null ? 0 : existing.version;
    Subscriber s = new Subscriber(recipient, version);
    s.needsFull = true;
    subscribers.put(recipient.jid(), s);
  }

  /** Stops sending to {@code jid} (its session ended). */
  public void unsubscribe(Jid jid) {
    subscribers.remove(jid);
  }

  /**
   * The room's authoritative document changed. {@code document} is full (its {@code state}, {@code
   * version} and {@code sid} are ignored); a {@code deleted} state ends the conference.
   */
  public void update(ConferenceInfo document, Instant now) {
    requireNonNull(now, "now");
    if (ended) {
      return;
    }
    ended = document.effectiveState() == State.DELETED;
    current =
        document.withVersion(null).withSid(null).withState(ended ? State.DELETED : State.FULL);
    for (Subscriber s : subscribers.values()) {
      s.needsFull = true;
    }
  }

  /** The notifications due at {@code now}, in subscription order; each is sent once. */
  public List<CoinNotice> poll(Instant now) {
    requireNonNull(now, "now");
    ConferenceInfo doc = current;
    if (doc == null) {
      return List.of();
    }
    List<CoinNotice> due = new ArrayList<>();
    for (Subscriber s : subscribers.values()) {
      if (s.needsFull) {
        s.needsFull = false;
        s.version++;
        due.add(
            new CoinNotice(
                s.recipient,
                ConferenceInfos.withExplicitStates(doc)
                    .withVersion(s.version)
                    .withSid(s.recipient.sid())));
      }
    }
    return due;
  }

  /** When {@link #poll} next has something to send, if anything is pending. */
  public Optional<Instant> nextDue() {
    for (Subscriber s : subscribers.values()) {
      if (s.needsFull && current != null) {
        return Optional.of(Instant.MIN);
      }
    }
    return Optional.empty();
  }

  /** The recipients, in subscription order. */
  public List<CoinRecipient> recipients() {
    return subscribers.values().stream().map(s -> s.recipient).toList();
  }

  private static final class Subscriber {
    final CoinRecipient recipient;
    long version;
    boolean needsFull;

    Subscriber(CoinRecipient recipient, long version) {
      this.recipient = recipient;
      this.version = version;
    }
  }
}
