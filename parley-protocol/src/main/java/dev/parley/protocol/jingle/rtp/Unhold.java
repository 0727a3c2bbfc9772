/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <unhold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>}. The holder ends the hold state
 * (XEP-0167 § 8.2).
 *
 * @param namespace {@link RtpInfo#NAMESPACE}, or {@link RtpInfo#ERRATUM_NAMESPACE} when read so
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info-hold">XEP-0167 § 8.2</a>
 */
public record Unhold(String namespace, Extensions ext) implements RtpInfo {
  /** The payload in the correct namespace. */
  public static final Unhold INSTANCE = new Unhold(NAMESPACE, Extensions.NONE);

  public Unhold {
    RtpInfo.checkNamespace(requireNonNull(namespace, "namespace"));
    requireNonNull(ext, "ext");
  }
}
