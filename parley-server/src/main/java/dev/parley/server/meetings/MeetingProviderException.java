/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

/** Why a provider could not create a meeting; the message says what the provider answered. */
public final class MeetingProviderException extends Exception {
  private static final long serialVersionUID = 1L;

  /** The classes of failure, each answered with its own XEP-0483 error. */
  public enum Reason {
    /**
     * The id exists at the provider already (a Galène group, a BigBlueButton meeting): {@code
     * not-acceptable}.
     */
    ID_IN_USE,
    /** The provider did not answer in time: {@code remote-server-timeout}. */
    TIMEOUT,
    /** The provider could not be reached: {@code remote-server-not-found}. */
    UNREACHABLE,
    /**
     * The provider answered with an error (refused credentials, a server error): {@code
     * service-unavailable}.
     */
    REFUSED
  }

  private final Reason reason;

  public MeetingProviderException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  public MeetingProviderException(Reason reason, String message, Throwable cause) {
    super(message, cause, false, false);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
