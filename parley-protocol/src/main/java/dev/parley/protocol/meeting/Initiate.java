/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * {@code <initiate type><url/>[<desc/>]</initiate>}: the URL the requester opens to create and
 * configure the meeting (XEP-0483 § 4).
 *
 * <p>The URL is https (RFC 3986, non-ASCII percent-encoded; the resolved URL MUST use TLS) or a
 * registered handler such as {@code web+jitsi:Room}; it should stay valid for about 300 s. It is
 * kept as a string: checking it is the service's job when minting it, the client's when opening it.
 * Surrounding whitespace in {@code <url>} is dropped.
 *
 * @param type the meeting provider type
 * @param url the URL, never empty
 * @param desc the description echoed from the request, or {@code null}
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0483.html#request">XEP-0483 § 4</a>
 */
public record Initiate(String type, String url, @Nullable String desc, Extensions ext)
    implements XmlElement {

  public Initiate {
    requireNonNull(type, "type");
    requireNonNull(url, "url");
    if (url.isEmpty()) {
      throw new IllegalArgumentException("empty <url>");
    }
    requireNonNull(ext, "ext");
  }

  public static Initiate of(String type, String url, @Nullable String desc) {
    return new Initiate(type, url, desc, Extensions.NONE);
  }
}
