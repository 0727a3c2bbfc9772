/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * SRTP and SRTCP (RFC 3711) with keys from DTLS-SRTP (RFC 5764), on jitsi-srtp's pure Java path.
 *
 * <p>{@link dev.parley.media.srtp.SrtpContext} protects and unprotects packets in place, in the
 * buffers the pipeline already owns (the inbound queue's slot, the frame's packet, the RTCP
 * buffer); those buffers keep {@link dev.parley.media.srtp.SrtpContext#HEADROOM} spare bytes for
 * the authentication tag and the SRTCP index. {@link dev.parley.media.srtp.SrtpGate} is the
 * pipeline's view: it holds no keys until the DTLS handshake has produced them, and while it has
 * none it drops media in both directions — a leg that negotiated DTLS-SRTP never sends or accepts
 * plain RTP (no silent downgrade).
 *
 * <p>Threads: one context is used by the tick thread that owns the participant only.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3711">RFC 3711</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc5764">RFC 5764</a>
 */
@NullMarked
package dev.parley.media.srtp;

import org.jspecify.annotations.NullMarked;
