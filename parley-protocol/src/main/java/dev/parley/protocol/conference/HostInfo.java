/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Who hosts the conference (RFC 4575 § 5.4, {@code host-type}). Atomic (§ 4.4).
 *
 * <pre>
 * &lt;host-info&gt;
 *   &lt;display-text&gt;Sales Host&lt;/display-text&gt;
 *   &lt;web-page&gt;http://sharepoint/salesgroup/hosts/&lt;/web-page&gt;
 *   &lt;uris&gt;&lt;entry&gt;&lt;uri&gt;sip:sales@example.com&lt;/uri&gt;&lt;/entry&gt;&lt;/uris&gt;   {@link Uris}
 * &lt;/host-info&gt;
 * </pre>
 *
 * @param displayText a description of the host, or {@code null}
 * @param webPage an HTTP(S) URI describing the service or the host, or {@code null}
 * @param uris the host's URIs, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.4">RFC 4575 § 5.4</a>
 */
public record HostInfo(
    @Nullable String displayText, @Nullable String webPage, @Nullable Uris uris, Extensions ext)
    implements XmlElement {

  public HostInfo {
    requireNonNull(ext, "ext");
  }
}
