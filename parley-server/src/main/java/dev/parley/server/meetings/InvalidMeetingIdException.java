/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

/**
 * A requested meeting id the provider cannot use; the message says why (answered with {@code
 * not-acceptable}).
 */
public final class InvalidMeetingIdException extends Exception {
  private static final long serialVersionUID = 1L;

  public InvalidMeetingIdException(String reason) {
    super(reason, null, false, false);
  }
}
