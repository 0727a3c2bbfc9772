/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** The namespaces stanzas arrive in, and the namespace of defined error conditions. */
public final class StanzaNamespaces {
  private StanzaNamespaces() {}

  public static final String CLIENT = "jabber:client";
  public static final String SERVER = "jabber:server";

  /** XEP-0114. */
  public static final String COMPONENT = "jabber:component:accept";

  /** RFC 6120 § 8.3.3: the defined stanza error conditions and {@code <text/>}. */
  public static final String STANZAS = "urn:ietf:params:xml:ns:xmpp-stanzas";

  /**
   * Where stanza-level elements are accepted: the three content namespaces and none (XEP examples
   * omit it).
   */
  public static final List<String> CONTENT = List.of(CLIENT, SERVER, COMPONENT, "");

  /** {@code localName} in every content namespace. */
  public static Set<QName> inContent(String localName) {
    Set<QName> names = new LinkedHashSet<>();
    for (String ns : CONTENT) {
      names.add(new QName(ns, localName));
    }
    return Set.copyOf(names);
  }

  /** Whether {@code namespace} is a stanza content namespace. */
  public static boolean isContent(String namespace) {
    return CONTENT.contains(namespace);
  }
}
