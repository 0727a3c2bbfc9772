/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Packet transport: {@link dev.parley.media.transport.MediaTransport} (what the pipeline sends
 * through and receives from), its UDP implementation for raw-UDP candidates (XEP-0177) with
 * symmetric RTP, the port allocator, and the selector threads.
 *
 * <h2>Threads and buffer ownership</h2>
 *
 * <pre>
 *  kernel ──► I/O thread (selector) ──► InboundQueue (SPSC ring, per participant) ──► tick thread
 *  kernel ◄──────────────────── send(…) on the tick thread (non-blocking) ◄───────────┘
 * </pre>
 *
 * <ul>
 *   <li>An {@link dev.parley.media.transport.IoLoop} thread owns a selector and the receive side of
 *       every socket registered with it; it reads each datagram straight into the next free slot of
 *       the owning participant's {@link dev.parley.media.transport.InboundQueue}. A slot belongs to
 *       the I/O thread until it is published, then to the tick thread until it is released. A full
 *       queue drops the datagram and counts it: the I/O thread never blocks on media.
 *   <li>The tick thread that owns the participant drains its queue at the start of each tick and
 *       sends with non-blocking {@code send}; a full socket buffer drops the packet and counts it.
 *   <li>Registration, latching and closing run on the I/O thread (tasks posted to it), so a
 *       socket's port is free once {@link dev.parley.media.transport.MediaTransport#close()}'s
 *       future completes.
 * </ul>
 *
 * ICE (XEP-0176) with DTLS-SRTP (XEP-0320) is {@link dev.parley.media.ice.IceTransport}, another
 * {@code MediaTransport}: a STUN/DTLS/RTP demultiplexer on one socket (RFC 7983) registered with
 * the same {@link dev.parley.media.transport.IoLoop} and feeding the same queue; SRTP is pipeline
 * stages.
 */
@NullMarked
package dev.parley.media.transport;

import org.jspecify.annotations.NullMarked;
