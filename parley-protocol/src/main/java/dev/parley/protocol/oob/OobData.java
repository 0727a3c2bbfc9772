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
 * A URI attached to a message or presence (XEP-0066 § 3): {@code <x xmlns='jabber:x:oob'><url>…
 * </url>[<desc>…</desc>]</x>}. The URL is any URI (http, ftp, sip…), kept as the text received;
 * receivers must treat what it points to as untrusted.
 *
 * @param url the URI; required
 * @param desc a description of the resource, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0066.html#x-oob">XEP-0066 § 3</a>
 */
public record OobData(String url, @Nullable String desc, Extensions ext) implements XmlElement {
  public static final String NAMESPACE = "jabber:x:oob";

  public OobData {
    requireNonNull(url, "url");
    requireNonNull(ext, "ext");
  }

  public static OobData of(String url, @Nullable String desc) {
    return new OobData(url, desc, Extensions.NONE);
  }
}
