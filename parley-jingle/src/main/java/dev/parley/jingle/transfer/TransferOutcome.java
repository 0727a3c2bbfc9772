/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.StanzaError;
import org.jspecify.annotations.Nullable;

/**
 * How a transfer ended for the attendant (B).
 *
 * @param kind what happened
 * @param description a sentence for people
 * @param reason the Jingle reason that decided it (the transferee's or target's terminate), if any
 * @param error the transferee's IQ error, for {@link Kind#REFUSED} and a deferred failure
 */
public record TransferOutcome(
    Kind kind, String description, @Nullable Reason reason, @Nullable StanzaError error) {

  /** What happened. */
  public enum Kind {
    /**
     * Confirmed: the transferee ended our session {@code transferred}, or (attended) the target
     * ended the consultation {@code transferred}.
     */
    SUCCEEDED,
    /**
     * The transferee acknowledged but neither ended nor resumed our session within the transfer
     * timeout; we ended it ourselves with {@code transferred}, as Jitsi's attendant does, without
     * knowing whether the target answered.
     */
    UNCONFIRMED,
    /** The transferee refused the request with an IQ error ({@link #error()}). */
    REFUSED,
    /**
     * The transfer was tried and failed (the transferee resumed our session, reported an error
     * after trying, ended the call otherwise, or never answered), or could not start.
     */
    FAILED
  }

  public TransferOutcome {
    requireNonNull(kind, "kind");
    requireNonNull(description, "description");
  }

  /** Whether the transferee is now with the target, as far as we know. */
  public boolean succeeded() {
    return kind == Kind.SUCCEEDED || kind == Kind.UNCONFIRMED;
  }

  static TransferOutcome failed(String description) {
    return new TransferOutcome(Kind.FAILED, description, null, null);
  }
}
