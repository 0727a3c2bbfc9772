/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0353 Jingle Message Initiation (v0.8.0) for both roles: {@link dev.parley.jingle.jmi.Jmi}
 * keeps the calls of one local JID, turns received messages into events and commands into the
 * messages to send, and resolves simultaneous proposals and device migrations.
 *
 * <pre>
 *   caller (INITIATOR)                                   callee (RESPONDER)
 *   propose ──► bare JID ─────────────────────────────► PROPOSED ── ring ──► ringing (full JID)
 *   PROPOSED ◄── ringing, proceed or reject (full JID) ── proceed / reject
 *   PROCEEDED: session-initiate, sid = id, to the device that proceeded ──► PROCEEDED
 *   finish ◄──────────────────────────────────────────────────────────────► finish
 * </pre>
 *
 * @see <a href="https://xmpp.org/extensions/xep-0353.html">XEP-0353</a>
 */
@NullMarked
package dev.parley.jingle.jmi;

import org.jspecify.annotations.NullMarked;
