/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.store;

import java.time.Duration;
import java.time.Instant;
import org.jxmpp.jid.BareJid;

/** Request counts per requester over a sliding window, for XEP-0483 quotas. */
public interface QuotaStore {
  /**
   * Records a request by {@code requester} at {@code now} when fewer than {@code limit} were
   * recorded in {@code (now − window, now]}, and returns {@link Decision.Granted}; otherwise
   * records nothing and returns {@link Decision.Refused} with the instant at which the oldest
   * counted request leaves the window (the {@code <retry stamp>}). When more than {@code limit}
   * requests are counted (the limit was lowered), it is the instant at which enough of them have
   * left for one more to be granted.
   */
  Decision acquire(BareJid requester, int limit, Duration window, Instant now);

  /**
   * Forgets the requesters whose every recorded request is older than {@code before}; returns how
   * many.
   */
  int pruneBefore(Instant before);

  /** The outcome of {@link #acquire}. */
  sealed interface Decision {
    record Granted() implements Decision {}

    record Refused(Instant retryAt) implements Decision {}
  }
}
