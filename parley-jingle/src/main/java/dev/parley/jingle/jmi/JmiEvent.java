/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.stanza.StanzaError;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/** What the application learns from XEP-0353 messages and the passing of time. */
public sealed interface JmiEvent {
  /** The proposal id the event is about. */
  String id();

  /**
   * A peer proposes a call (callee side): ring, then proceed or reject. Never proceed automatically
   * for strangers (XEP-0353 § 6).
   *
   * @param call the new call
   * @param propose the proposal
   * @param replaces our own simultaneous proposal to the same peer that lost the tie-break and was
   *     retracted (§ 4.1), or {@code null}: the user wanted this call, so proceeding is natural
   */
  record Proposed(JmiCall call, Propose propose, @Nullable String replaces) implements JmiEvent {
    public Proposed {
      requireNonNull(call, "call");
      requireNonNull(propose, "propose");
    }

    @Override
    public String id() {
      return call.id();
    }
  }

  /** A device of the callee is ringing (caller side). */
  record Ringing(String id, Jid device) implements JmiEvent {
    public Ringing {
      requireNonNull(id, "id");
      requireNonNull(device, "device");
    }
  }

  /**
   * A device of the callee accepted (caller side): send session-initiate with sid {@code id} to
   * {@code device} (XEP-0353 § 3.6).
   */
  record Proceeded(String id, Jid device) implements JmiEvent {
    public Proceeded {
      requireNonNull(id, "id");
      requireNonNull(device, "device");
    }
  }

  /**
   * The callee declined (caller side); with {@code tieBreak}, because its own simultaneous proposal
   * won (§ 4.1) and arrives or has arrived as {@link Proposed}.
   */
  record Rejected(String id, Jid device, @Nullable Reason reason, boolean tieBreak)
      implements JmiEvent {
    public Rejected {
      requireNonNull(id, "id");
      requireNonNull(device, "device");
    }
  }

  /** The caller withdrew its proposal (callee side): stop ringing. */
  record Retracted(String id, @Nullable Reason reason, boolean tieBreak) implements JmiEvent {
    public Retracted {
      requireNonNull(id, "id");
    }
  }

  /**
   * Another device of ours proceeded or rejected (callee side; seen through Carbons, or as the
   * {@code <accept/>} Conversations and Dino send to their own bare JID): stop ringing here.
   */
  record AnsweredElsewhere(String id, Jid ownDevice, boolean accepted) implements JmiEvent {
    public AnsweredElsewhere {
      requireNonNull(id, "id");
      requireNonNull(ownDevice, "ownDevice");
    }
  }

  /** The peer finished the call (§ 3.7); {@code migratedTo} names the call that replaces it. */
  record Finished(String id, @Nullable Reason reason, @Nullable String migratedTo)
      implements JmiEvent {
    public Finished {
      requireNonNull(id, "id");
    }
  }

  /**
   * A new proposal from a peer we already had an accepted call with orphaned that call (§ 4.2): it
   * was finished with {@code <migrated/>} and the new one proceeded. Move the conversation to the
   * new call (its session-initiate follows from {@code next.device()}) and terminate the old Jingle
   * session.
   */
  record Migrated(JmiCall previous, JmiCall next) implements JmiEvent {
    public Migrated {
      requireNonNull(previous, "previous");
      requireNonNull(next, "next");
    }

    @Override
    public String id() {
      return next.id();
    }
  }

  /** No finish within the expiry: the call is over (§ 5). */
  record Expired(String id) implements JmiEvent {
    public Expired {
      requireNonNull(id, "id");
    }
  }

  /** Our proposal bounced (a message error answering it). */
  record Undeliverable(String id, StanzaError error) implements JmiEvent {
    public Undeliverable {
      requireNonNull(id, "id");
      requireNonNull(error, "error");
    }
  }
}
