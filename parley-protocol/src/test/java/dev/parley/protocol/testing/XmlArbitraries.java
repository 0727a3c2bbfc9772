/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.testing;

import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlNode;
import dev.parley.protocol.xml.XmlText;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * jqwik generators for values every record uses: XML-safe text, tokens, JIDs, foreign elements,
 * extensions.
 */
public final class XmlArbitraries {
  private XmlArbitraries() {}

  /**
   * Text XML 1.0 can carry: any mix of ASCII, markup characters, whitespace, non-ASCII and astral
   * characters.
   */
  public static Arbitrary<String> text() {
    Arbitrary<String> chunks =
        Arbitraries.oneOf(
            Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12),
            Arbitraries.of(
                "<", ">", "&", "'", "\"", " ", "\t", "\n", "\r", "]]>", "&amp;", "é", "中文", "😀",
                "\u00a0"));
    return chunks.list().ofMaxSize(6).map(l -> String.join("", l));
  }

  /** Non-empty text. */
  public static Arbitrary<String> nonEmptyText() {
    return text().filter(s -> !s.isEmpty());
  }

  /** A token: letters, digits and {@code -_.}, 1–16 characters. */
  public static Arbitrary<String> token() {
    return Arbitraries.strings()
        .alpha()
        .numeric()
        .withChars('-', '_', '.')
        .ofMinLength(1)
        .ofMaxLength(16);
  }

  /** Bare and full JIDs and domain JIDs, already in normalised (lower-case) form. */
  public static Arbitrary<Jid> jid() {
    Arbitrary<String> part =
        Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(8);
    return Combinators.combine(part.injectNull(0.3), part, part.injectNull(0.5))
        .as(
            (local, domain, resource) -> {
              String s =
                  (local == null ? "" : local + "@")
                      + domain
                      + ".example"
                      + (resource == null ? "" : "/" + resource);
              try {
                return JidCreate.from(s);
              } catch (XmppStringprepException e) {
                throw new IllegalStateException(e);
              }
            });
  }

  /**
   * Foreign (unknown) elements, up to {@code depth} levels deep, in an {@code urn:example:*}
   * namespace.
   */
  public static Arbitrary<ForeignElement> foreign(int depth) {
    Arbitrary<QName> name =
        Combinators.combine(
                token().map(t -> "urn:example:" + t),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8))
            .as(QName::new);
    Arbitrary<List<Attribute>> attributes = unknownAttributes();
    Arbitrary<List<XmlNode>> children;
    if (depth <= 1) {
      children =
          nonEmptyText()
              .injectNull(0.5)
              .map(t -> t == null ? List.<XmlNode>of() : List.<XmlNode>of(new XmlText(t)));
    } else {
      children = foreign(depth - 1).list().ofMaxSize(3).map(l -> new ArrayList<XmlNode>(l));
    }
    return Combinators.combine(name, attributes, children).as(ForeignElement::new);
  }

  /** Unqualified attributes with names no codec models ({@code x-…}), distinct. */
  public static Arbitrary<List<Attribute>> unknownAttributes() {
    return Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6), text())
        .as((n, v) -> Attribute.of("x-" + n, v))
        .list()
        .ofMaxSize(2)
        .uniqueElements(a -> a.name());
  }

  /** Extensions: a few unknown attributes and foreign child elements. */
  public static Arbitrary<Extensions> extensions() {
    return Combinators.combine(unknownAttributes(), foreign(2).list().ofMaxSize(2))
        .as((a, e) -> Extensions.of(a, new ArrayList<XmlElement>(e)));
  }
}
