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
 * per leg on the wrapper's queue (cheap: it only wakes for STUN).
 *
 * <p>A leg ({@link dev.parley.media.ice.IceTransport}) is made of parts with one job each: {@link
 * dev.parley.media.ice.LegSocket} binds, registers and closes the socket; {@link
 * dev.parley.media.ice.IceReceiver} reads and demultiplexes it (by {@link
 * dev.parley.media.ice.DatagramKind}, the ranges above); {@link
 * dev.parley.media.transport.DatagramSender} sends; {@link dev.parley.media.ice.DtlsRoute} decides
 * which DTLS records the handshake gets and where its own go; {@link
 * dev.parley.media.ice.IceGenerations} holds the agents across restarts, each with a {@link
 * dev.parley.media.ice.ConsentTimer} for its selected pair. The transport keeps the selected pair
 * as one immutable {@link dev.parley.media.ice.Route}, read once per packet.
 *
 * <h2>Relayed candidates (TURN, RFC 8656)</h2>
 *
 * <pre>
 *  I/O thread: datagram from the leg's TURN server
 *    first byte 64–79  ChannelData of the bound channel ──► unframe in place, source = the peer
 *    STUN response to one of our requests ──► TurnClient (the engine's TURN thread)
 *    STUN Data indication ──► unwrap, source = the peer
 *  ... then the same demultiplexing as above (STUN to the relayed candidate's socket)
 *  tick thread, selected pair relayed: 4-byte ChannelData header + copy ──► the TURN server
 * </pre>
 *
 * A leg with TURN servers allocates on the first that grants it ({@link
 * dev.parley.media.ice.TurnClient}: long-term credentials, Refresh, CreatePermission, ChannelBind,
 * Refresh 0 when the leg closes) <b>from its own socket</b>, and ice4j sees a {@link
 * dev.parley.media.ice.RelayCandidate} whose socket is another thin wrapper: what ice4j sends from
 * it goes to the peer in a Send indication (or ChannelData once bound), what a peer sends to the
 * relayed address comes back unwrapped. Once ICE selects a relayed pair, the leg binds a channel to
 * the peer, and media is framed with the 4-byte ChannelData header (RFC 8656 § 12.4) into a buffer
 * of the leg: no allocation, one copy of the packet (docs/PERFORMANCE.md, "TURN relaying").
 *
 * <p>Why not ice4j's TURN harvester and {@code RelayedCandidateDatagramSocket}, which do run over a
 * host candidate's socket through the {@code StunStack}: they send ChannelData only when the host
 * socket is ice4j's {@code MultiplexingDatagramSocket} (ours is not), so every media packet would
 * go in a Send indication (36 bytes more, a STUN encoding and a transaction id per packet); each
 * relayed socket adds a send thread and a queue, and media read from it would need one more reader
 * thread per leg handing packets to our queue, with a copy and allocations — the costs this package
 * exists to avoid, on the legs where latency is already longest. Our client is about 1,000 lines
 * with its codec ({@link dev.parley.media.ice.StunCodec}, tested against RFC 5769's vectors), and
 * all of an engine's allocations share one control thread.
 *
 * <p>{@link dev.parley.media.ice.TurnRelay} is the leg's side of all this: it owns the allocation,
 * decides what a datagram from the server is (control, a peer's data, or dropped) and how media of
 * a relayed pair is framed; the leg's receiver and transport only ask it.
 *
 * <h2>TURN over TCP and TLS (RFC 8656 § 3.1)</h2>
 *
 * <pre>
 *  leg ── TCP or TLS connection (its own) ──► TURN server ── UDP ──► peer
 *  reader thread: frames by their headers ──► small queue ──► I/O thread: as a datagram above
 *  any thread ──► writer queue ──► writer thread ──► connection
 * </pre>
 *
 * A server reached over TCP ({@code turn:…?transport=tcp}) or TLS ({@code turns:}) gets a
 * connection of the leg ({@link dev.parley.media.ice.TurnStream}); the relayed transport stays UDP.
 * STUN messages on the stream are delimited by their length, ChannelData padded to 4 bytes (§
 * 12.5); requests are not retransmitted (RFC 8489 § 6.2.2). What arrives goes, through the leg's
 * I/O thread, down the same demultiplexing as a datagram from the server, so the inbound queue
 * keeps its single producer; what is sent is copied to the connection's writer thread, so a slow
 * connection never blocks the tick thread (one allocation per packet, where UDP has none). The
 * connection closes with the allocation: when the leg closes, after the Refresh 0, and its two
 * threads end. TLS trusts the JDK's trust store or only the certificates configured, and the
 * certificate must name the server; a connection that breaks takes the allocation with it (the next
 * server is tried while allocating; afterwards, ICE consent fails the relayed pair).
 *
 * <p>Long-term credentials go through RFC 8265's OpaqueString profile ({@link
 * dev.parley.media.ice.OpaqueString}) before the key is derived (RFC 8489 § 9.2.2). Requests carry
 * MESSAGE-INTEGRITY (HMAC-SHA1) only: RFC 8489's MESSAGE-INTEGRITY-SHA256 needs the server to offer
 * PASSWORD-ALGORITHMS in its 401, which Debian's coturn 4.6.1 does not (its 401 carries ERROR-CODE,
 * NONCE without RFC 8489's security-feature cookie, REALM, SOFTWARE and FINGERPRINT; checked
 * 2026-11-21), so there was nothing to negotiate with.
 *
 * <p>The policy {@link dev.parley.media.IcePolicy#RELAY} offers the relayed candidate only (no host
 * or server-reflexive ones; the relayed candidate's related address is left out too). With TURN,
 * connectivity checks wait until the allocation settled (ice4j pairs a local candidate added later
 * with no remote candidate it already knows); the relayed candidate is trickled. DTLS to the TURN
 * server ({@code turns:…?transport=udp}) is not implemented.
 */
@NullMarked
package dev.parley.media.ice;

import org.jspecify.annotations.NullMarked;
