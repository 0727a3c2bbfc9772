/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * An RTP error condition element, {@code <crypto-required/>} or {@code <invalid-crypto/>} in {@code
 * urn:xmpp:jingle:apps:rtp:errors:1}, used as a {@link dev.parley.protocol.jingle.Reason} detail.
 *
 * @param error which condition
 * @param ext unknown attributes and children (the schema defines the elements as empty)
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#srtp">XEP-0167 § 7</a>
 */
public record RtpErrorCondition(RtpError error, Extensions ext) implements XmlElement {
  public RtpErrorCondition {
    requireNonNull(error, "error");
    requireNonNull(ext, "ext");
  }
}
