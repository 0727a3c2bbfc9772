/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The namespace an external service discovery element was received in, so that it is written back
 * the same way. Parley emits {@link #V2}.
 */
public enum ExtdiscoNamespace {
  /** {@code urn:xmpp:extdisco:2} (v0.5 and later): the current namespace. */
  V2("urn:xmpp:extdisco:2"),
  /** {@code urn:xmpp:extdisco:1} (v0.4): same services, no credentials request. Accepted only. */
  V1("urn:xmpp:extdisco:1");

  private static final Map<String, ExtdiscoNamespace> BY_XML =
      XmlEnums.index(values(), ExtdiscoNamespace::xml);
  private final String xml;

  ExtdiscoNamespace(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public static Optional<ExtdiscoNamespace> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
