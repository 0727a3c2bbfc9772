/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * {@code <extmap-allow-mixed xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'/>} (XEP-0294 § 3, since
 * v1.1.0): one-byte and two-byte header extensions may be mixed in the same RTP stream, SDP {@code
 * a=extmap-allow-mixed} (RFC 8285 § 6). A child of the RTP {@code <description/>}, negotiated by
 * offer/answer; a session-level SDP attribute maps to every description. Conversations and Jitsi
 * write it in the namespace of XEP-0294, as the XEP does.
 *
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0294.html#element">XEP-0294 § 3</a>
 */
public record ExtmapAllowMixed(Extensions ext) implements XmlElement {
  public static final ExtmapAllowMixed INSTANCE = new ExtmapAllowMixed(Extensions.NONE);

  public ExtmapAllowMixed {
    requireNonNull(ext, "ext");
  }
}
