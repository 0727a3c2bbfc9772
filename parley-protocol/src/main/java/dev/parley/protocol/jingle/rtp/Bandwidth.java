/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * The allowed or preferred bandwidth, the SDP {@code b=<type>:<value>} line (RFC 4566 § 5.8),
 * typically the RTP session bandwidth in kilobits per second.
 *
 * <pre>
 * &lt;bandwidth type='AS'&gt;128&lt;/bandwidth&gt;
 * </pre>
 *
 * <p>The value is kept as text, as received: the schema types it as a string.
 *
 * @param type the SDP bwtype ({@code AS}, {@code CT}, {@code TIAS}…)
 * @param value the bandwidth value
 * @param ext unknown attributes (child elements are not allowed by the schema and are not kept)
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#format">XEP-0167 § 4</a>
 */
public record Bandwidth(String type, String value, Extensions ext) implements XmlElement {
  public Bandwidth {
    requireNonNull(type, "type");
    requireNonNull(value, "value");
    requireNonNull(ext, "ext");
    if (!ext.elements().isEmpty()) {
      throw new IllegalArgumentException("<bandwidth/> has text content only");
    }
  }

  public Bandwidth(String type, String value) {
    this(type, value, Extensions.NONE);
  }
}
