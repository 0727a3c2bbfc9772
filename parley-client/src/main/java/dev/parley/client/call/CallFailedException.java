/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.stanza.StanzaError;
import org.jspecify.annotations.Nullable;

/**
 * A call could not be set up: {@link Calls#call} and {@link IncomingCall#accept} fail with it.
 * Another failure (Smack's {@code NotConnectedException}) comes through unchanged.
 */
public final class CallFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Kind {
    /** The callee declined ({@link #reason()}: busy, decline…), with XEP-0353 or Jingle. */
    REJECTED,
    /** Nobody answered within {@link CallOptions#ringTimeout()}. */
    NO_ANSWER,
    /** The peer refused a request with an IQ error ({@link #error()}). */
    REFUSED,
    /** The proposal or the session could not reach the peer (an error message, a timeout). */
    UNREACHABLE,
    /** The media could not be agreed or set up ({@link #reason()} says which). */
    MEDIA,
    /** The peer withdrew (an incoming call), or the session was closed. */
    CANCELLED
  }

  private final Kind kind;
  private final transient @Nullable Reason reason;
  private final transient @Nullable StanzaError error;

  public CallFailedException(
      Kind kind, String message, @Nullable Reason reason, @Nullable StanzaError error) {
    super(message);
    this.kind = kind;
    this.reason = reason;
    this.error = error;
  }

  public Kind kind() {
    return kind;
  }

  /** The XEP-0166 reason, when a terminate, reject or retract carried one. */
  public @Nullable Reason reason() {
    return reason;
  }

  /** The stanza error, for {@link Kind#REFUSED} and some {@link Kind#UNREACHABLE}. */
  public @Nullable StanzaError error() {
    return error;
  }
}
