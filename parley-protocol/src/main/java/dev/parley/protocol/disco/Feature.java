/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * A feature of a disco#info result (XEP-0030 § 3.1): {@code <feature var='urn:xmpp:ping'/>}, a
 * protocol namespace or another registered feature name.
 *
 * @param var the feature name
 * @param ext unknown attributes, and children (which the XEP forbids; kept rather than lost)
 */
public record Feature(String var, Extensions ext) implements XmlElement {
  public Feature {
    requireNonNull(var, "var");
    requireNonNull(ext, "ext");
  }

  public static Feature of(String var) {
    return new Feature(var, Extensions.NONE);
  }
}
