/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0215: External Service Discovery (v1.0.0), {@code urn:xmpp:extdisco:2}: how a client learns
 * the STUN and TURN servers (and other non-XMPP services) its server knows, with short-term
 * credentials. The pre-2010 namespace {@code urn:xmpp:extdisco:1} (v0.4, no credentials request) is
 * accepted and echoed; Parley emits {@code :2}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0215.html">XEP-0215</a>
 */
@NullMarked
package dev.parley.protocol.extdisco;

import org.jspecify.annotations.NullMarked;
