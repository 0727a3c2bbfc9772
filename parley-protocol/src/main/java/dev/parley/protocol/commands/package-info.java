/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0050: Ad-Hoc Commands (v1.3.0), {@code http://jabber.org/protocol/commands}: the {@code
 * <command/>} exchange, its {@code <actions/>} and {@code <note/>} children, and the
 * application-specific error conditions.
 *
 * <p>Commands are listed as disco items of the node {@link Command#NODE} (identity {@code
 * automation/command-list}); each command is a node with identity {@code automation/command-node}
 * and the feature {@link Command#NAMESPACE}.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0050.html">XEP-0050</a>
 */
@NullMarked
package dev.parley.protocol.commands;

import org.jspecify.annotations.NullMarked;
