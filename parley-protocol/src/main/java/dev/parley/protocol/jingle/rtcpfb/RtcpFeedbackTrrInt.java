/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * The minimum interval between two regular (full compound) RTCP packets, in milliseconds (XEP-0293
 * § 3), SDP {@code a=rtcp-fb:<pt> trr-int <value>} (RFC 4585 § 4.2).
 *
 * <pre>
 * &lt;rtcp-fb-trr-int xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' value='100'/&gt;
 * </pre>
 *
 * <p>The responder may only remove it or keep it unchanged; a responder that removed every feedback
 * element but stays in RTP/AVPF returns it with the initiator's value, or 0 (XEP-0293 § 4).
 *
 * <p>Erratum: the schema types {@code value} as {@code xs:positiveInteger}, but the text gives the
 * range "0 to MAXUINT (default to 0)" and example 3 sends {@code value='0'}; this record accepts 0
 * to 2^32 − 1.
 *
 * @param value milliseconds, 0 – 2^32 − 1
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0293.html#elements">XEP-0293 § 3</a>
 */
public record RtcpFeedbackTrrInt(long value, Extensions ext) implements XmlElement {
  /** The largest value, MAXUINT of XEP-0293. */
  public static final long MAX_VALUE = 0xFFFF_FFFFL;

  public RtcpFeedbackTrrInt {
    if (value < 0 || value > MAX_VALUE) {
      throw new IllegalArgumentException("trr-int " + value + " is not in [0, 2^32 - 1]");
    }
    requireNonNull(ext, "ext");
  }

  public static RtcpFeedbackTrrInt of(long value) {
    return new RtcpFeedbackTrrInt(value, Extensions.NONE);
  }
}
