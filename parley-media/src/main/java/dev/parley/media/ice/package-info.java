/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * ICE-UDP (RFC 8445, XEP-0176) for media legs: ice4j runs the agent (connectivity checks, role
 * conflicts, nomination, keep-alives, consent freshness — RFC 7675 — and STUN server-reflexive
 * harvesting), while the packets travel on <b>our</b> socket.
 *
 * <h2>One socket, demultiplexed (RFC 7983)</h2>
 *
 * <pre>
 *  kernel ──► I/O thread (selector): first byte of each datagram
 *               0–3      STUN  ──► ChannelSocket queue ──► ice4j's stack (its thread)
 *               20–63    DTLS  ──► DtlsHandshake queue ──► handshake thread
 *               128–191  RTP/RTCP from the selected pair ──► InboundQueue ──► tick thread
 * </pre>
 *
 * Why not ice4j's sockets: ice4j reads each candidate's {@code DatagramSocket} with a blocking
 * thread and hands packets over through its own queues, with an allocation per packet; a bridge
 * with hundreds of legs would add hundreds of reader threads and a second copy to the media path.
 * With a {@link dev.parley.media.ice.ChannelCandidate} ice4j sees an ordinary host candidate whose
 * socket is a thin wrapper over our channel, so media keeps the zero-allocation selector path of
 * raw UDP; the demultiplexing costs one byte comparison and one address comparison per packet
 * (docs/PERFORMANCE.md, "WebRTC media"). The price: ice4j's STUN connector still parks one thread
 * per leg on the wrapper's queue (cheap: it only wakes for STUN), and relayed (TURN) candidates,
 * whose packets would have to be wrapped in TURN framing, are not supported yet.
 */
@NullMarked
package dev.parley.media.ice;

import org.jspecify.annotations.NullMarked;
