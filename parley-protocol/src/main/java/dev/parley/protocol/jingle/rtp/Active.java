/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <active xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>}. The principal or device is again
 * actively participating after mute or hold (XEP-0167 § 8.1). It applies to the whole session, so
 * it has no name.
 *
 * @param namespace {@link RtpInfo#NAMESPACE}, or {@link RtpInfo#ERRATUM_NAMESPACE} when read so
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info-active">XEP-0167 § 8.1</a>
 */
public record Active(String namespace, Extensions ext) implements RtpInfo {
  /** The payload in the correct namespace. */
  public static final Active INSTANCE = new Active(NAMESPACE, Extensions.NONE);

  public Active {
    RtpInfo.checkNamespace(requireNonNull(namespace, "namespace"));
    requireNonNull(ext, "ext");
  }
}
