/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * The quota check and the id reservation of a meeting request in one transaction, so that a request
 * costs one commit (or two with a provider that must be called between the reservation and the
 * links). Semantics are those of {@link QuotaStore#acquire} followed by {@link
 * MeetingStore#reserve}: a request refused by its quota reserves nothing; a request whose id is in
 * use still counts against the quota (so ids cannot be probed for free).
 */
public interface MeetingAdmissions {
  /**
   * Admits a request: counts it against {@code requester}'s quota and reserves {@code (type, id)},
   * storing the links too when they are already known.
   */
  Admission admit(
      BareJid requester,
      int limit,
      Duration window,
      String type,
      String id,
      @Nullable String description,
      Instant now,
      Instant expires,
      @Nullable URI initiate,
      @Nullable URI invite);

  /** The outcome of {@link #admit}. */
  sealed interface Admission {
    /** Counted and reserved. */
    record Admitted() implements Admission {}

    /** Over quota; nothing reserved. */
    record QuotaExceeded(Instant retryAt) implements Admission {}

    /** Counted, but the id is held by a meeting that has not expired. */
    record IdInUse() implements Admission {}
  }
}
