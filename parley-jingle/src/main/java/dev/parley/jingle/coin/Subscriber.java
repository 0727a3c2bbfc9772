/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** What a {@link CoinPublisher} remembers about one recipient. Mutable; owned by the publisher. */
final class Subscriber {
  CoinRecipient recipient;

  /** The version of the last notification sent (0 before the first). */
  long version;

  /** The revision the recipient holds, or {@code null} before its first full document. */
  @Nullable Revision sent;

  /** When a full document was asked for by (re-)subscribing, or {@code null}. */
  @Nullable Instant fullRequested;

  /** When the first change not yet sent to the recipient happened, or {@code null}. */
  @Nullable Instant changed;

  /** When the last notification was sent, or {@code null}. */
  @Nullable Instant lastSent;

  /** Whether the conference's {@code deleted} document was sent. */
  boolean deletedSent;

  Subscriber(CoinRecipient recipient) {
    this.recipient = recipient;
  }
}
