/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0359: Unique and Stable Stanza IDs (v0.7.0), {@code urn:xmpp:sid:0}: {@code <stanza-id/>}
 * assigned by an archiving entity, {@code <origin-id/>} assigned by the sender, and {@code
 * <referenced-stanza/>}.
 *
 * <p>Business rules for an entity that stamps stanza ids (§ 3): remove any {@code <stanza-id/>}
 * whose {@code by} is its own address before adding its own, keep {@code <origin-id/>} untouched,
 * and advertise {@link StanzaId#NAMESPACE} in disco#info. A receiver trusts a stanza id only if the
 * {@code by} entity advertises that feature (§ 6); an origin id can be spoofed.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0359.html">XEP-0359</a>
 */
@NullMarked
package dev.parley.protocol.sid;

import org.jspecify.annotations.NullMarked;
