/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

/**
 * Exit codes of the {@code parley} command, documented in docs/OPERATIONS.md. Codes 3–6 come from
 * {@link dev.parley.server.component.ConnectFailure#exitCode()}.
 */
public final class ExitCodes {
  private ExitCodes() {}

  public static final int OK = 0;

  /** An unexpected error (a bug): see the log. */
  public static final int SOFTWARE = 1;

  /** Invalid command line or configuration; the message names the option or key. */
  public static final int USAGE = 2;

  /** The XMPP server refused the component secret. */
  public static final int NOT_AUTHORIZED = 3;

  /** The XMPP server does not serve the component domain, or another component holds it. */
  public static final int HOST_UNKNOWN = 4;

  /** The XMPP server could not be reached (within parley.xmpp.startup-timeout). */
  public static final int UNREACHABLE = 5;

  /** The XMPP server did not speak XEP-0114 as expected. */
  public static final int PROTOCOL = 6;

  /** The database could not be opened or migrated; the message names {@code parley.store.url}. */
  public static final int DATABASE = 7;
}
