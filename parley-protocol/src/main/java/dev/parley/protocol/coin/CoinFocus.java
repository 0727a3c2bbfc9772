/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Jingle focus marker {@code <conference-info xmlns='urn:xmpp:coin:1' isfocus='true'/>}
 * (XEP-0298 § 5): inside {@code <jingle>}, it says whether the <em>sender</em> is acting as a
 * mixer. A mixer puts it in session-initiate, or in session-accept when it is the one called, and
 * sends it in a session-info when a call becomes a conference or stops being one ({@code false}).
 *
 * <p>Accept leniently, emit strictly. Deployed software writes the marker in three namespaces,
 * remembered in {@link #variant()} so that it is written back as received:
 *
 * <ul>
 *   <li>{@code urn:xmpp:coin:1} — XEP-0298 and Jitsi; what {@link #of(boolean)} emits;
 *   <li>no namespace ({@code xmlns=''}) — SylkServer ("Jitsi sends an empty string here, lets do
 *       the same") and Jitsi releases whose {@code CoinPacketExtension.NAMESPACE} was {@code ""};
 *   <li>{@code urn:xmpp:jingle:apps:coin:1} — the namespace SylkServer parses.
 * </ul>
 *
 * <p>The XEP's schema is invalid ({@code required='true'}, meant as {@code use='required'}); an
 * absent {@code isfocus} is accepted as {@code null} and, since the XEP says the element's presence
 * announces the mixer, {@link #focus()} then reads as {@code true}. Children are not defined by
 * XEP-0298; the protoXEP "Jingle Audio/Video Conferences" puts RFC 4575-shaped {@code <users>} in
 * this namespace, which land in {@link #ext()} and round-trip.
 *
 * @param isFocus the {@code isfocus} attribute, or {@code null} when absent
 * @param variant the namespace the element was read in
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0298.html#call-create">XEP-0298 § 5</a>
 */
public record CoinFocus(@Nullable Boolean isFocus, Variant variant, Extensions ext)
    implements XmlElement {

  /** The sender is a mixer, in the strict namespace. */
  public static final CoinFocus FOCUS = of(true);

  /** The sender is no longer (or not) a mixer, in the strict namespace. */
  public static final CoinFocus NOT_FOCUS = of(false);

  public CoinFocus {
    requireNonNull(variant, "variant");
    requireNonNull(ext, "ext");
  }

  /** The marker in {@code urn:xmpp:coin:1}. */
  public static CoinFocus of(boolean isFocus) {
    return new CoinFocus(isFocus, Variant.COIN_1, Extensions.NONE);
  }

  /** Whether the sender says it is a mixer: {@code isfocus}, or {@code true} when absent. */
  public boolean focus() {
    return !Boolean.FALSE.equals(isFocus);
  }

  /** The namespaces the marker is accepted in. */
  public enum Variant {
    /** {@code urn:xmpp:coin:1}: XEP-0298 v0.2, Jitsi. Emitted. */
    COIN_1(Coin.NAMESPACE),
    /** No namespace: SylkServer, older Jitsi. */
    NONE(""),
    /** {@code urn:xmpp:jingle:apps:coin:1}: what SylkServer parses. */
    JINGLE_APPS_COIN_1(Coin.NAMESPACE_JINGLE_APPS);

    private static final Map<String, Variant> BY_NAMESPACE =
        XmlEnums.index(values(), Variant::namespace);
    private final String namespace;

    Variant(String namespace) {
      this.namespace = namespace;
    }

    public String namespace() {
      return namespace;
    }

    public static Optional<Variant> fromNamespace(String namespace) {
      return Optional.ofNullable(BY_NAMESPACE.get(namespace));
    }
  }
}
