/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0298: Delivering Conference Information to Jingle Participants (Coin) v0.2 (Deferred), {@code
 * urn:xmpp:coin:1}: the Jingle focus marker {@link dev.parley.protocol.coin.CoinFocus} and the
 * feature names and IQ shape in {@link dev.parley.protocol.coin.Coin}. The conference document
 * itself is RFC 4575, modelled in {@link dev.parley.protocol.conference}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 */
@NullMarked
package dev.parley.protocol.coin;

import org.jspecify.annotations.NullMarked;
