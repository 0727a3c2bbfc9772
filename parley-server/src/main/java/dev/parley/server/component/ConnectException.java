/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.component;

/** A failed connection attempt, classified. */
public final class ConnectException extends Exception {
  private static final long serialVersionUID = 1L;
  private final ConnectFailure failure;

  public ConnectException(ConnectFailure failure, String detail) {
    super(
        failure.explanation() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")"),
        null,
        false,
        false);
    this.failure = failure;
  }

  public ConnectFailure failure() {
    return failure;
  }
}
