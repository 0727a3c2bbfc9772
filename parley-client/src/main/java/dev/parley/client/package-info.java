/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Parley's SDK for XMPP client applications, on Smack 4.4.
 *
 * <ul>
 *   <li>{@link dev.parley.client.meeting}: XEP-0483 meeting links (find a meeting service, ask it
 *       for a link) and XEP-0482 call invites (send, receive, accept, reject, retract, leave).
 *   <li>{@link dev.parley.client.smack}: the bridge that carries any record of Parley's wire model
 *       in Smack stanzas, and reads Smack stanzas as Parley records.
 * </ul>
 *
 * <p>The SDK depends on {@code parley-protocol} and Smack only. docs/CLIENT.md shows how to use it.
 */
@NullMarked
package dev.parley.client;

import org.jspecify.annotations.NullMarked;
