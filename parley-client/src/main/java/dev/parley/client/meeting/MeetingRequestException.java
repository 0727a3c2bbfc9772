/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.meeting.Retry;
import dev.parley.protocol.stanza.StanzaError;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A meeting service refused a request (XEP-0483 § 5). The condition says why:
 *
 * <ul>
 *   <li>{@code service-unavailable} (cancel): the service does not offer this meeting type;
 *   <li>{@code not-acceptable} (modify): the requested meeting id is unusable or taken;
 *   <li>{@code resource-constraint} (wait): a quota; {@link #retryAt()} says when to try again;
 *   <li>{@code forbidden} (auth): the requester may not create meetings;
 *   <li>anything else: another failure (Openfire's plugins answer an unsupported type with {@code
 *       internal-server-error}).
 * </ul>
 */
public final class MeetingRequestException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient Jid service;
  private final transient StanzaError error;

  public MeetingRequestException(Jid service, StanzaError error) {
    super(describe(service, error), null, false, false);
    this.service = requireNonNull(service, "service");
    this.error = requireNonNull(error, "error");
  }

  /** The service that refused. */
  public Jid service() {
    return service;
  }

  /** The whole error, as received. */
  public StanzaError error() {
    return error;
  }

  public StanzaError.Condition condition() {
    return error.condition();
  }

  public StanzaError.Type type() {
    return error.type();
  }

  /** The service's explanation, or {@code null}. */
  public @Nullable String text() {
    return error.text();
  }

  /**
   * When the requester may try again: the {@code <retry stamp>} of a quota error, or {@code null}
   * when the error carries none.
   */
  public @Nullable Instant retryAt() {
    return error.find(Retry.class).map(Retry::stamp).orElse(null);
  }

  private static String describe(Jid service, StanzaError e) {
    return service
        + " refused the meeting: "
        + e.condition().xml()
        + " ("
        + e.type().xml()
        + ")"
        + (e.text() == null ? "" : ": " + e.text());
  }
}
