/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * A format parameter of a payload type: one {@code name=value} pair of the SDP {@code a=fmtp} line.
 * Names are case-sensitive; the order of parameters carries no meaning (XEP-0167 § 4).
 *
 * <pre>
 * &lt;parameter xmlns='urn:xmpp:jingle:apps:rtp:1' name='useinbandfec' value='1'/&gt;
 * </pre>
 *
 * <p>Both attributes are required by the schema; a parameter lacking one is invalid.
 *
 * @param name the parameter name
 * @param value the parameter value (may be empty)
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#format">XEP-0167 § 4</a>
 */
public record Parameter(String name, String value, Extensions ext) implements XmlElement {
  public Parameter {
    requireNonNull(name, "name");
    requireNonNull(value, "value");
    requireNonNull(ext, "ext");
  }

  public Parameter(String name, String value) {
    this(name, value, Extensions.NONE);
  }
}
