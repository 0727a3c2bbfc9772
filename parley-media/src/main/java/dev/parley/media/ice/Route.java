/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.net.InetSocketAddress;

/**
 * Where datagrams for a peer go, as a candidate pair decides it: the remote candidate's address,
 * and whether the local candidate is our relayed one (then they go through the TURN relay, else
 * straight from the leg's socket). Immutable and swapped whole, so a reader gets the address and
 * the way together from one volatile read — the selected pair on every media packet, for instance.
 *
 * @param remote the peer's address (the remote candidate's, or a peer-reflexive source)
 * @param relayed whether the pair's local candidate is the relayed one
 */
record Route(InetSocketAddress remote, boolean relayed) {}
