/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.component;

/**
 * Why a component connection attempt failed, with the process exit code {@code parley serve} uses
 * when it cannot start because of it, and whether retrying can help.
 */
public enum ConnectFailure {
  /** The server refused the shared secret ({@code not-authorized}). */
  NOT_AUTHORIZED(
      3,
      false,
      "the XMPP server refused the component secret (not-authorized): check parley.xmpp.secret"),
  /** The server does not serve this component name ({@code host-unknown}). */
  HOST_UNKNOWN(
      4,
      false,
      "the XMPP server has no component configured for this domain (host-unknown): check parley.xmpp.domain and the server's component configuration"),
  /** Another component is connected with this name ({@code conflict}). */
  CONFLICT(4, true, "another component is already connected for this domain (conflict)"),
  /** Nothing listens at host:port, or it cannot be reached. */
  CONNECTION_REFUSED(
      5,
      true,
      "cannot reach the XMPP server's component port: check parley.xmpp.host and parley.xmpp.port"),
  /** The server did not answer in time. */
  TIMEOUT(5, true, "the XMPP server did not complete the handshake in time"),
  /** The server sent something other than the XEP-0114 handshake, or closed the stream. */
  PROTOCOL(6, true, "the XMPP server did not speak XEP-0114 as expected");

  private final int exitCode;
  private final boolean transient_;
  private final String explanation;

  ConnectFailure(int exitCode, boolean transientFailure, String explanation) {
    this.exitCode = exitCode;
    this.transient_ = transientFailure;
    this.explanation = explanation;
  }

  public int exitCode() {
    return exitCode;
  }

  /** Whether waiting and retrying may succeed without a configuration change. */
  public boolean isTransient() {
    return transient_;
  }

  public String explanation() {
    return explanation;
  }
}
