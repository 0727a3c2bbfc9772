/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

/**
 * Exit codes of the {@code parley} command, documented in docs/OPERATIONS.md. Codes 3–6 come from
 * {@link dev.parley.server.component.ConnectFailure#exitCode()}; 5 is also the client commands'
 * "server unreachable". Codes 10–18 are the client commands' ({@code meet}, {@code invites}, {@code
 * call}).
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

  /**
   * Client commands: the server refused the login (wrong JID or password), or offered no TLS while
   * {@code --insecure} was not given.
   */
  public static final int LOGIN_FAILED = 10;

  /** {@code meet}: the server has no XEP-0483 meeting service, or none offering the type. */
  public static final int NO_MEETING_SERVICE = 11;

  /** {@code meet}: the service does not offer the meeting type ({@code service-unavailable}). */
  public static final int MEETING_TYPE_UNSUPPORTED = 12;

  /** {@code meet}: the requested meeting id is unusable or taken ({@code not-acceptable}). */
  public static final int MEETING_ID_REFUSED = 13;

  /** {@code meet}: a quota; the message says when to retry ({@code resource-constraint}). */
  public static final int MEETING_QUOTA = 14;

  /** {@code meet}: the account may not create meetings ({@code forbidden}). */
  public static final int MEETING_FORBIDDEN = 15;

  /** {@code meet}: any other failure of the request (another error, no answer, no meeting). */
  public static final int MEETING_FAILED = 16;

  /** {@code meet}: the meeting was created but an invite could not be sent. */
  public static final int INVITE_FAILED = 17;

  /**
   * {@code call}: the call could not be set up (rejected, not answered, refused, unreachable, no
   * common codec or transport, or the media could not start).
   */
  public static final int CALL_FAILED = 18;
}
