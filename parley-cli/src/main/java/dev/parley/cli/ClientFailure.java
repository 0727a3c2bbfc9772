/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

/**
 * Why a client command stops: the message for the user and the {@link ExitCodes exit code}. Thrown
 * within a command and turned into both at its top.
 */
final class ClientFailure extends Exception {
  private static final long serialVersionUID = 1L;
  private final int exitCode;

  ClientFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}
