/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What the bridge knows about its participants' devices: {@link
 * dev.parley.server.conference.caps.PeerCapabilities} learns, from XEP-0115 caps and XEP-0030
 * disco#info and without ever making a room wait, whether a device merges partial XEP-0298
 * notifications and whether it takes WebRTC calls (ICE-UDP with DTLS-SRTP).
 */
@NullMarked
package dev.parley.server.conference.caps;

import org.jspecify.annotations.NullMarked;
