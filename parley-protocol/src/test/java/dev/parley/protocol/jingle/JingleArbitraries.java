/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.jingle.rtp.RtpArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators for valid XEP-0166 records in canonical form (see the records' Javadoc: nothing in
 * {@code ext} that the reader would put in a modelled component).
 */
public final class JingleArbitraries {
  private static final Set<String> CONTENT_SLOTS = Set.of("description", "transport", "security");

  private JingleArbitraries() {}

  /** A foreign element with this local name in an {@code urn:example:*} namespace. */
  public static Arbitrary<ForeignElement> foreignNamed(String localName) {
    return XmlArbitraries.foreign(2)
        .map(
            f ->
                new ForeignElement(
                    new QName(f.name().getNamespaceURI(), localName),
                    f.attributes(),
                    f.children()));
  }

  /** Extensions none of whose elements has one of these local names. */
  public static Arbitrary<Extensions> extensionsAvoiding(Set<String> localNames) {
    return XmlArbitraries.extensions()
        .filter(
            e ->
                e.elements().stream()
                    .noneMatch(
                        x ->
                            x instanceof ForeignElement f
                                && localNames.contains(f.name().getLocalPart())));
  }

  public static Arbitrary<Reason> reason() {
    Arbitrary<ReasonCondition> condition = Arbitraries.of(ReasonCondition.class);
    Arbitrary<String> altSid = XmlArbitraries.token().injectNull(0.3);
    Arbitrary<String> text = XmlArbitraries.text().injectNull(0.5);
    Arbitrary<String> lang = Arbitraries.of("en", "fr-CA", "de").injectNull(0.5);
    Arbitrary<XmlElement> detail =
        Arbitraries.oneOf(
                XmlArbitraries.foreign(2).map(XmlElement.class::cast),
                RtpArbitraries.errorCondition().map(XmlElement.class::cast))
            .injectNull(0.5);
    return Combinators.combine(
            condition,
            altSid,
            text,
            lang,
            detail,
            XmlArbitraries.extensions(),
            XmlArbitraries.unknownAttributes())
        .as(
            (c, sid, t, l, d, ext, attributes) ->
                new Reason(
                    c,
                    c == ReasonCondition.ALTERNATIVE_SESSION ? sid : null,
                    t,
                    t == null ? null : l,
                    d,
                    // Without a detail, the first element of another namespace would become one.
                    d == null ? Extensions.of(attributes, List.of()) : ext));
  }

  public static Arbitrary<Content> content() {
    Arbitrary<XmlElement> description =
        Arbitraries.oneOf(
                RtpArbitraries.description().map(XmlElement.class::cast),
                foreignNamed("description").map(XmlElement.class::cast))
            .injectNull(0.2);
    Arbitrary<XmlElement> transport =
        foreignNamed("transport").map(XmlElement.class::cast).injectNull(0.2);
    Arbitrary<XmlElement> security =
        foreignNamed("security").map(XmlElement.class::cast).injectNull(0.8);
    return Combinators.combine(
            Arbitraries.of(Creator.class).injectNull(0.1),
            XmlArbitraries.text(),
            Arbitraries.of("session", "early-session", "render").injectNull(0.7),
            Arbitraries.of(Senders.class).injectNull(0.5),
            description,
            transport,
            security,
            extensionsAvoiding(CONTENT_SLOTS))
        .as(Content::new);
  }

  public static Arbitrary<Jingle> jingle() {
    Arbitrary<List<XmlElement>> payloads =
        RtpArbitraries.info().map(XmlElement.class::cast).list().ofMaxSize(2);
    Arbitrary<Extensions> ext =
        Combinators.combine(XmlArbitraries.extensions(), payloads)
            .as(
                (e, p) -> {
                  List<XmlElement> elements = new ArrayList<>(p);
                  elements.addAll(e.elements());
                  return Extensions.of(e.attributes(), elements);
                });
    return Combinators.combine(
            Arbitraries.of(JingleAction.class),
            XmlArbitraries.token(),
            XmlArbitraries.jid().injectNull(0.5),
            XmlArbitraries.jid().injectNull(0.7),
            content().list().ofMaxSize(3),
            reason().injectNull(0.6),
            ext)
        .as(Jingle::new);
  }

  public static Arbitrary<JingleErrorCondition> errorCondition() {
    return Combinators.combine(Arbitraries.of(JingleError.class), XmlArbitraries.extensions())
        .as(JingleErrorCondition::new);
  }
}
