/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <ringing xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>}. The device is ringing but the
 * principal has not answered yet: SIP 180 (XEP-0167 § 8.4). The responder SHOULD send it after
 * acknowledging session-initiate. Not to be confused with the XEP-0353 {@code <ringing/>} message,
 * {@link dev.parley.protocol.jmi.Ringing}.
 *
 * @param namespace {@link RtpInfo#NAMESPACE}, or {@link RtpInfo#ERRATUM_NAMESPACE} when read so
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info-ringing">XEP-0167 § 8.4</a>
 */
public record Ringing(String namespace, Extensions ext) implements RtpInfo {
  /** The payload in the correct namespace. */
  public static final Ringing INSTANCE = new Ringing(NAMESPACE, Extensions.NONE);

  public Ringing {
    RtpInfo.checkNamespace(requireNonNull(namespace, "namespace"));
    requireNonNull(ext, "ext");
  }
}
