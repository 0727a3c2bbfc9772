/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * SDES-SRTP negotiation: its presence in the offer makes the RTP profile RTP/SAVP.
 *
 * <pre>
 * &lt;encryption [required='1']&gt;
 *   &lt;crypto …/&gt;                            one or more
 * &lt;/encryption&gt;
 * </pre>
 *
 * <p>XEP-0167's prose requires at least one {@code <crypto/>}; its schema allows none. The reader
 * accepts an empty list (an answer may drop every crypto to decline encryption in the description
 * of a session-accept, and the application decides what that means).
 *
 * <p>{@code required} is an {@code xs:boolean}: both {@code 1} and {@code true} are read. The
 * writer emits the numeric form {@code 1}/{@code 0}, the one every XEP-0167 example uses; receivers
 * MUST support both lexical forms, and the record keeps only the logical value.
 *
 * @param required the {@code required} attribute, or {@code null} when absent (meaning false)
 * @param cryptos the key offers, in preference order
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#srtp">XEP-0167 § 7</a>
 */
public record Encryption(@Nullable Boolean required, List<Crypto> cryptos, Extensions ext)
    implements XmlElement {
  public Encryption {
    cryptos = List.copyOf(cryptos);
    requireNonNull(ext, "ext");
  }

  public Encryption(@Nullable Boolean required, List<Crypto> cryptos) {
    this(required, cryptos, Extensions.NONE);
  }

  /** Whether the sender requires SRTP ({@code required} defaults to false). */
  public boolean isRequired() {
    return required != null && required;
  }
}
