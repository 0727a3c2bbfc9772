/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One source attribute of a {@link Source} (XEP-0339 § 2.1): SDP {@code <attribute>:<value>}, or a
 * bare {@code <attribute>} with no value.
 *
 * <pre>
 * &lt;parameter name='cname' value='T5qvrIZj42v//eYQ'/&gt;   in urn:xmpp:jingle:apps:rtp:ssma:0 (or, from Jitsi, urn:xmpp:jingle:apps:rtp:1)
 * </pre>
 *
 * @param name the attribute name, such as {@link #CNAME} or {@link #MSID}
 * @param value the value, or {@code null} when the SDP attribute had none
 * @param namespace {@link Source#NAMESPACE}, or {@link #RTP_NAMESPACE} when the sender used Jitsi's
 *     variant; written back as received
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0339.html#sdp-ssrc">XEP-0339 § 2.1</a>
 */
public record SourceParameter(String name, @Nullable String value, String namespace, Extensions ext)
    implements XmlElement {
  /**
   * The XEP-0167 namespace in which Jitsi writes the parameters of every Jingle element ({@code
   * ParameterPacketExtension} in jitsi-xmpp-extensions).
   */
  public static final String RTP_NAMESPACE = "urn:xmpp:jingle:apps:rtp:1";

  /** RFC 5576 § 6.1. */
  public static final String CNAME = "cname";

  /** RFC 8830 § 2. */
  public static final String MSID = "msid";

  public SourceParameter {
    requireNonNull(name, "name");
    if (!Source.NAMESPACE.equals(namespace) && !RTP_NAMESPACE.equals(namespace)) {
      throw new IllegalArgumentException("parameter namespace " + namespace + " is not accepted");
    }
    requireNonNull(ext, "ext");
  }

  /** A parameter in the XEP-0339 namespace. */
  public static SourceParameter of(String name, @Nullable String value) {
    return new SourceParameter(name, value, Source.NAMESPACE, Extensions.NONE);
  }
}
