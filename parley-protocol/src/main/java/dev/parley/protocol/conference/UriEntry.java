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
 * One URI of a {@link Uris} list (RFC 4575 § 5.3.1, {@code uri-type}): an {@code <entry>} of {@code
 * conf-uris}, {@code service-uris}, {@code host-info/uris}, {@code associated-aors} or {@code
 * sidebars-by-ref}.
 *
 * <pre>
 * &lt;entry&gt;
 *   &lt;uri&gt;tel:+18005671234&lt;/uri&gt;            required; the key within sidebars-by-ref
 *   &lt;display-text&gt;TTI Bridge&lt;/display-text&gt;
 *   &lt;purpose&gt;participation&lt;/purpose&gt;        IANA "URI purposes" value (open vocabulary)
 *   &lt;modified&gt;…&lt;/modified&gt;                  {@link Execution}
 * &lt;/entry&gt;
 * </pre>
 *
 * <p>{@code purpose} is an open registry, so it is a string; the values RFC 4575 registers are the
 * constants of this record. Written by its parent's codec, so not in the codec registry.
 *
 * @param uri the URI, compared exactly (§ 4.5: no normalisation)
 * @param displayText text for humans, or {@code null}
 * @param purpose what accessing the URI does, or {@code null}
 * @param modified when and by whom the entry changed, or {@code null}
 * @param ext unknown attributes and child elements
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.3.1">RFC 4575 § 5.3.1</a>
 */
public record UriEntry(
    String uri,
    @Nullable String displayText,
    @Nullable String purpose,
    @Nullable Execution modified,
    Extensions ext)
    implements XmlElement {

  /** § 5.3.1: accessing the URI brings the party into the conference. */
  public static final String PARTICIPATION = "participation";

  /** § 5.3.1: accessing the URI streams the conference without participation. */
  public static final String STREAMING = "streaming";

  /** § 5.3.2: a web page with more information about the conference. */
  public static final String WEB_PAGE = "web-page";

  /** § 5.3.2: where the recorded conference can be retrieved. */
  public static final String RECORDING = "recording";

  /** § 5.3.2: where a subscription to the conference event package may be requested. */
  public static final String EVENT = "event";

  public UriEntry {
    requireNonNull(uri, "uri");
    requireNonNull(ext, "ext");
  }

  public static UriEntry of(String uri) {
    return new UriEntry(uri, null, null, null, Extensions.NONE);
  }

  public static UriEntry of(String uri, @Nullable String purpose) {
    return new UriEntry(uri, null, purpose, null, Extensions.NONE);
  }
}
