/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

/**
 * The database could not be opened at start-up. The message names {@code parley.store.url}, the URL
 * (password masked) and what failed; it never contains the password.
 */
public final class DatabaseException extends Exception {
  private static final long serialVersionUID = 1L;

  /** What went wrong, so that the caller can tell a transient failure from a configuration one. */
  public enum Failure {
    /**
     * The database server could not be reached, or was not accepting connections (starting up, out
     * of connection slots). Retrying later may succeed.
     */
    UNREACHABLE(true),
    /**
     * The database refused the user or password, the database does not exist, or the user may not
     * use it: {@code parley.store.*} or the database's access rules need fixing.
     */
    REFUSED(false),
    /** The H2 database file is held by another process (H2 allows one process per file). */
    IN_USE(false),
    /** The URL names no JDBC driver Parley has, or is malformed. */
    INVALID_URL(false),
    /** The schema could not be migrated to this version of Parley. */
    MIGRATION(false),
    /** The records Parley reads when it opens the database could not be read. */
    UNREADABLE(false);

    private final boolean transient_;

    Failure(boolean transientFailure) {
      this.transient_ = transientFailure;
    }

    /** Whether waiting and retrying may succeed without a configuration change. */
    public boolean isTransient() {
      return transient_;
    }
  }

  private final Failure failure;

  DatabaseException(Failure failure, String message) {
    super(message, null, false, false);
    this.failure = failure;
  }

  public Failure failure() {
    return failure;
  }

  /** The configuration key the message starts with. */
  public String key() {
    return "parley.store.url";
  }
}
