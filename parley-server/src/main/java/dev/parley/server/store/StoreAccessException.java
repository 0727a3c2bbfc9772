/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/**
 * A store operation failed after start-up: the database became unreachable, the pool had no free
 * connection within {@code parley.store.connect-timeout}, or the database reported an error that
 * retrying did not cure. The caller answers the request with an error; the store itself stays
 * usable and recovers when the database does.
 */
public final class StoreAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
