/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * RTCP (RFC 3550 § 6): sender and receiver reports, SDES, BYE, compound packets, the reception
 * statistics behind report blocks (loss, extended highest sequence number, interarrival jitter —
 * Appendix A.1, A.3, A.8), round-trip time from LSR/DLSR, and the transmission interval (§ 6.2,
 * Appendix A.7).
 *
 * <p>RTCP packets are parsed into records (they arrive about once every five seconds per
 * participant, so allocation does not matter); malformed compounds are reported as an {@link
 * dev.parley.media.rtcp.RtcpParser.Result} error, never thrown.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3550">RFC 3550</a>
 */
@NullMarked
package dev.parley.media.rtcp;

import org.jspecify.annotations.NullMarked;
