/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>}. The principal is temporarily not
 * listening (XEP-0167 § 8.2): the holdee SHOULD stop sending media and MUST keep accepting it; the
 * holder may send hold music and drop what it receives. Ended by {@link Unhold} or {@link Active}.
 *
 * @param namespace {@link RtpInfo#NAMESPACE}, or {@link RtpInfo#ERRATUM_NAMESPACE} when read so
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info-hold">XEP-0167 § 8.2</a>
 */
public record Hold(String namespace, Extensions ext) implements RtpInfo {
  /** The payload in the correct namespace. */
  public static final Hold INSTANCE = new Hold(NAMESPACE, Extensions.NONE);

  public Hold {
    RtpInfo.checkNamespace(requireNonNull(namespace, "namespace"));
    requireNonNull(ext, "ext");
  }
}
