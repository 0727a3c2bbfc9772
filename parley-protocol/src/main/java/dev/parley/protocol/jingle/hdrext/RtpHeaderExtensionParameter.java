/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of an {@link RtpHeaderExtension}: {@code name=value} from the SDP extension
 * attributes, or a bare token as the name with no value (XEP-0294 § 3).
 *
 * <pre>
 * &lt;parameter name='…' value='…'/&gt;   in urn:xmpp:jingle:apps:rtp:rtp-hdrext:0 (or, from Jitsi, urn:xmpp:jingle:apps:rtp:1)
 * </pre>
 *
 * @param name the name
 * @param value the value, or {@code null} when absent
 * @param namespace {@link RtpHeaderExtension#NAMESPACE}, or {@link #RTP_NAMESPACE} when the sender
 *     used Jitsi's variant; written back as received
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0294.html#element">XEP-0294 § 3</a>
 */
public record RtpHeaderExtensionParameter(
    String name, @Nullable String value, String namespace, Extensions ext) implements XmlElement {
  /**
   * The XEP-0167 namespace in which Jitsi writes the parameters of every Jingle element ({@code
   * ParameterPacketExtension} in jitsi-xmpp-extensions).
   */
  public static final String RTP_NAMESPACE = "urn:xmpp:jingle:apps:rtp:1";

  public RtpHeaderExtensionParameter {
    requireNonNull(name, "name");
    if (!RtpHeaderExtension.NAMESPACE.equals(namespace) && !RTP_NAMESPACE.equals(namespace)) {
      throw new IllegalArgumentException("parameter namespace " + namespace + " is not accepted");
    }
    requireNonNull(ext, "ext");
  }

  /** A parameter in the XEP-0294 namespace. */
  public static RtpHeaderExtensionParameter of(String name, @Nullable String value) {
    return new RtpHeaderExtensionParameter(
        name, value, RtpHeaderExtension.NAMESPACE, Extensions.NONE);
  }
}
