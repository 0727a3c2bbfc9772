/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.muji;

import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlNode;
import java.util.ArrayList;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for {@link Muji}, in both of its shapes. */
public final class MujiArbitraries {
  private MujiArbitraries() {}

  /**
   * Contents as the XEP's examples write them, {@code <content>} in the Muji namespace (kept
   * verbatim). Jingle {@code urn:xmpp:jingle:1} contents are left to the fixtures: their record
   * belongs to the Jingle core.
   */
  public static Arbitrary<XmlElement> content() {
    return Combinators.combine(
            XmlArbitraries.unknownAttributes(), XmlArbitraries.foreign(1).list().ofMaxSize(2))
        .as(
            (attributes, children) ->
                (XmlElement)
                    new ForeignElement(
                        new QName(Muji.NAMESPACE, "content"),
                        attributes,
                        new ArrayList<XmlNode>(children)));
  }

  public static Arbitrary<Muji> muji() {
    return Combinators.combine(
            XmlArbitraries.jid().injectNull(0.5),
            Arbitraries.of(true, false),
            content().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as((room, preparing, contents, ext) -> new Muji(room, preparing, contents, ext));
  }
}
