/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * DTLS-SRTP key agreement (RFC 5763, RFC 5764) with BouncyCastle's DTLS 1.2.
 *
 * <p>One self-signed ECDSA P-256 certificate per engine ({@link
 * dev.parley.media.dtls.DtlsCertificate}); its SHA-256 fingerprint is what signalling carries
 * (XEP-0320). A {@link dev.parley.media.dtls.DtlsHandshake} runs one handshake, as client or
 * server, over packets the transport demultiplexes to it (RFC 7983: first byte 20–63), checks the
 * peer's certificate against the signalled fingerprint (RFC 5763 § 5: no PKI, the fingerprint is
 * the identity), negotiates a {@code use_srtp} profile and exports the SRTP keys.
 *
 * <p>Threads: BouncyCastle's handshake blocks while it waits for flights, so each handshake runs on
 * the engine's handshake executor (a few hundred milliseconds on a LAN, then the thread is
 * returned); it then keeps reading for a short grace period so that it can retransmit its last
 * flight if the peer's retransmission says it was lost (RFC 6347 § 4.2.4). Media never waits on it:
 * until keys exist, the leg drops media.
 */
@NullMarked
package dev.parley.media.dtls;

import org.jspecify.annotations.NullMarked;
