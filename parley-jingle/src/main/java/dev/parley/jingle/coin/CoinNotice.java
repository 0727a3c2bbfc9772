/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.stanza.Iq;

/**
 * One notification for one recipient: a full, partial or deleted document carrying the recipient's
 * own next version and its session id.
 */
public record CoinNotice(CoinRecipient to, ConferenceInfo document) {
  public CoinNotice {
    requireNonNull(to, "to");
    requireNonNull(document, "document");
  }

  /** Whether this is a full (or deleted) document rather than a partial one. */
  public boolean full() {
    return document.effectiveState() != State.PARTIAL;
  }

  /**
   * The IQ-set that delivers it: the document as the IQ's only child (interop.md: Jitsi, SylkServer
   * and Dino expect that shape). The sender never waits for the result (Dino sends none).
   */
  public Iq iq() {
    return Coin.notification(to.jid(), document);
  }
}
