/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * An XMPP stanza: the addressing attributes shared by {@link Iq}, {@link Message} and {@link
 * Presence}.
 */
public sealed interface Stanza extends XmlElement permits Iq, Message, Presence {
  @Nullable String id();

  @Nullable Jid from();

  @Nullable Jid to();

  /** The {@code xml:lang} of the stanza, or {@code null}. */
  @Nullable String lang();

  /**
   * Child elements other than the error and the stanza's own fields (body, show…), in document
   * order.
   */
  List<XmlElement> payloads();

  @Nullable StanzaError error();

  /** Unknown attributes on the stanza element (its unknown children are payloads). */
  Extensions ext();

  /** The first payload of this type. */
  default <T extends XmlElement> Optional<T> payload(Class<T> type) {
    for (XmlElement e : payloads()) {
      if (type.isInstance(e)) {
        return Optional.of(type.cast(e));
      }
    }
    return Optional.empty();
  }
}
