/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * RTP packets (RFC 3550 § 5): an allocation-free parsing view ({@link
 * dev.parley.media.rtp.RtpPacket}) and writer over byte arrays, RFC 8285 header extensions (one-
 * and two-byte forms), the RFC 6464 client-to-mixer audio level, and sequence-number and timestamp
 * unwrapping.
 *
 * <p>Parsing never throws on bad input: {@link dev.parley.media.rtp.RtpPacket#wrap} returns an
 * {@link dev.parley.media.rtp.RtpParse} outcome, so the receive loop counts and drops malformed
 * packets without exception handling on the media path.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc3550">RFC 3550</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8285">RFC 8285</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6464">RFC 6464</a>
 */
@NullMarked
package dev.parley.media.rtp;

import org.jspecify.annotations.NullMarked;
