/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0272: Multiparty Jingle (Muji) (v0.2.0), {@code urn:xmpp:jingle:muji:0}: a mesh of one-to-one
 * Jingle sessions coordinated through a XEP-0045 room. One element, {@link
 * dev.parley.protocol.muji.Muji}, in three places:
 *
 * <ul>
 *   <li>in the occupant's room presence, announcing {@code <preparing/>} and then the contents the
 *       occupant takes part in (§ 3, § 5);
 *   <li>in a {@code session-initiate}, naming the room the session belongs to (§ 3; sessions run
 *       between real JIDs since v0.2.0);
 *   <li>in a XEP-0482 {@code <invite>} or {@code <accept>}, as the way to join (§ 8).
 * </ul>
 *
 * <p>Deployed: Dino (the XEP's co-author) and Movim until 2026-05. XEP-0272 up to v0.1.2, Telepathy
 * and Dino's development builds before 0.3 used {@code http://telepathy.freedesktop.org/muji},
 * which is not accepted here: no released client still sends it, and its sessions were addressed to
 * room occupants rather than real JIDs.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0272.html">XEP-0272</a>
 */
@NullMarked
package dev.parley.protocol.muji;

import org.jspecify.annotations.NullMarked;
