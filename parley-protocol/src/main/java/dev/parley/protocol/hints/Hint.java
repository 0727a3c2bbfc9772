/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.hints;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A message processing hint (XEP-0334 § 4): one of four empty elements, {@code <store
 * xmlns='urn:xmpp:hints'/>} and its siblings. Hints express the sender's wish; they guarantee
 * nothing (§ 5), and hints in a message of type {@code error} SHOULD be ignored because error
 * stanzas echo the original payload ({@link #kindsOf(Message)} does so).
 *
 * @param kind which hint
 * @param ext unknown attributes and children (the schema allows none)
 * @see <a href="https://xmpp.org/extensions/xep-0334.html#hints">XEP-0334 § 4</a>
 */
public record Hint(Kind kind, Extensions ext) implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:hints";

  public static final Hint STORE = new Hint(Kind.STORE, Extensions.NONE);
  public static final Hint NO_STORE = new Hint(Kind.NO_STORE, Extensions.NONE);
  public static final Hint NO_COPY = new Hint(Kind.NO_COPY, Extensions.NONE);
  public static final Hint NO_PERMANENT_STORE = new Hint(Kind.NO_PERMANENT_STORE, Extensions.NONE);

  public Hint {
    requireNonNull(kind, "kind");
    requireNonNull(ext, "ext");
  }

  /** The plain hint of this kind. */
  public static Hint of(Kind kind) {
    return switch (kind) {
      case STORE -> STORE;
      case NO_STORE -> NO_STORE;
      case NO_COPY -> NO_COPY;
      case NO_PERMANENT_STORE -> NO_PERMANENT_STORE;
    };
  }

  /** The kinds of hint among {@code payloads}. */
  public static Set<Kind> kindsIn(List<? extends XmlElement> payloads) {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    for (int i = 0; i < payloads.size(); i++) {
      if (payloads.get(i) instanceof Hint h) {
        kinds.add(h.kind());
      }
    }
    return kinds;
  }

  /** The hints a message carries, none for a message of type {@code error} (§ 5). */
  public static Set<Kind> kindsOf(Message message) {
    if (message.type() == Message.Type.ERROR) {
      return EnumSet.noneOf(Kind.class);
    }
    return kindsIn(message.payloads());
  }

  /** The four hints (XEP-0334 § 4). */
  public enum Kind {
    /** Do not store the message in any permanent archive or log (MAM, room logs). */
    NO_PERMANENT_STORE("no-permanent-store"),
    /** Do not store the message at all, not even for later (offline) delivery. */
    NO_STORE("no-store"),
    /** Do not copy the message to other addresses (Carbons); only on messages to full JIDs. */
    NO_COPY("no-copy"),
    /** Store the message even if it would not be stored otherwise (no body). */
    STORE("store");

    private static final Map<String, Kind> BY_XML = XmlEnums.index(values(), Kind::xml);
    private final String xml;

    Kind(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Kind> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
