/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A participant that receives a room's conference information.
 *
 * @param jid where notifications go (the participant's full JID); the recipient's identity
 * @param sid the Jingle session id the documents carry in {@code sid} (Jitsi matches it to the
 *     call), or {@code null}
 * @param partial whether the participant advertises Coin ({@code urn:xmpp:coin:1} or {@code
 *     urn:xmpp:coin}) and so gets partial notifications; others (Dino) get full documents only
 */
public record CoinRecipient(Jid jid, @Nullable String sid, boolean partial) {
  public CoinRecipient {
    requireNonNull(jid, "jid");
  }
}
