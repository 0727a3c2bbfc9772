/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What the bridge knows about its participants' XEP-0298 support: {@link
 * dev.parley.server.conference.coin.CoinCapabilities} learns it from XEP-0115 caps and XEP-0030
 * disco#info, without ever making a room wait.
 */
@NullMarked
package dev.parley.server.conference.coin;

import org.jspecify.annotations.NullMarked;
