/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.ping;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/** {@code <ping xmlns='urn:xmpp:ping'/>} (XEP-0199 § 3); answered with an empty IQ result. */
public record Ping(Extensions ext) implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:ping";
  public static final Ping INSTANCE = new Ping(Extensions.NONE);

  public Ping {
    requireNonNull(ext, "ext");
  }
}
