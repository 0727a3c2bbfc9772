/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import dev.parley.protocol.stanza.StanzaError;
import org.jspecify.annotations.Nullable;

/** A moderation command failed: the room refused it, or answered in an unexpected way. */
public final class ModerationException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The account may not moderate the room ({@code forbidden}). */
    FORBIDDEN,
    /** No such participant ({@code item-not-found} when the form was submitted). */
    UNKNOWN_PARTICIPANT,
    /**
     * No such room, or the room has no such command ({@code item-not-found} or {@code
     * service-unavailable} when the command was started, XEP-0050 § 4.4).
     */
    UNKNOWN_COMMAND,
    /** The request was incomplete ({@code bad-request}: the room's text says what is missing). */
    BAD_REQUEST,
    /** Anything else: another error, an answer that is not what the contract says. */
    FAILED
  }

  private final Reason reason;
  private final transient @Nullable StanzaError error;

  public ModerationException(Reason reason, String message, @Nullable StanzaError error) {
    super(message);
    this.reason = reason;
    this.error = error;
  }

  public Reason reason() {
    return reason;
  }

  /** The room's stanza error, if it answered with one. */
  public @Nullable StanzaError error() {
    return error;
  }
}
