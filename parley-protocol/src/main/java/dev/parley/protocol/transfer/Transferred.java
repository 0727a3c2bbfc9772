/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.transfer;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * {@code <transferred xmlns='urn:xmpp:jingle:transfer:0'/>}: the application condition of the
 * {@code <reason>} (with {@code <success/>}) that ends a session because it was transferred
 * (XEP-0251 § 2, § 3). Empty.
 *
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0251.html#unattended">XEP-0251 § 2</a>
 */
public record Transferred(Extensions ext) implements XmlElement {
  public static final Transferred INSTANCE = new Transferred(Extensions.NONE);

  public Transferred {
    requireNonNull(ext, "ext");
  }
}
