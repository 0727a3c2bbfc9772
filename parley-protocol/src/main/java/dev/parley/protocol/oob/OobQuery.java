/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.oob;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * An out-of-band transfer request (XEP-0066 § 2): {@code <query xmlns='jabber:iq:oob' [sid='…']>
 * <url>…</url>[<desc>…</desc>]</query>} in an IQ set. The recipient answers with an empty result
 * only once it has retrieved the file, {@code item-not-found} if it could not, {@code
 * not-acceptable} if it refuses.
 *
 * @param url the URL of the file; required
 * @param desc a description of the file, or {@code null}
 * @param sid the XEP-0095 stream id when the transfer was negotiated by stream initiation, or
 *     {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0066.html#iq-oob">XEP-0066 § 2</a>
 */
public record OobQuery(String url, @Nullable String desc, @Nullable String sid, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "jabber:iq:oob";

  public OobQuery {
    requireNonNull(url, "url");
    requireNonNull(ext, "ext");
  }

  public static OobQuery of(String url, @Nullable String desc) {
    return new OobQuery(url, desc, null, Extensions.NONE);
  }
}
