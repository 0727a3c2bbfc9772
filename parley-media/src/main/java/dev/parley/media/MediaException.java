/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

/** Why media could not be set up, for signalling to turn into a Jingle reason. */
public final class MediaException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The failure, with the Jingle reason it corresponds to (XEP-0166 § 7.4). */
  public enum Reason {
    /** No offered payload type is supported: {@code failed-application}. */
    NO_COMMON_CODEC,
    /** No UDP port left, or a socket error: {@code failed-transport}. */
    TRANSPORT,
    /** The room or engine is closed: {@code gone}. */
    CLOSED,
    /**
     * The offer lacks DTLS-SRTP and policy requires it, or its fingerprint or setup role is
     * unusable: {@code security-error} (XEP-0166 § 7.4; XEP-0320 § 3).
     */
    SECURITY
  }

  private final Reason reason;

  public MediaException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public MediaException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
