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
 * A media stream the conference offers (RFC 4575 § 5.3.4, {@code conference-medium-type}): an
 * {@code <entry>} of {@link AvailableMedia}, keyed by its {@code label}.
 *
 * <pre>
 * &lt;entry label='34567'&gt;                      required; unique in the document, = SDP a=label
 *   &lt;display-text&gt;main audio&lt;/display-text&gt;
 *   &lt;type&gt;audio&lt;/type&gt;                       SDP media type (required by the schema)
 *   &lt;status&gt;sendrecv&lt;/status&gt;               {@link MediaStatus}, from the participants' side
 * &lt;/entry&gt;
 * </pre>
 *
 * <p>The schema requires {@code <type>}; a missing one is accepted ({@code null}) rather than
 * refusing the whole document. Written by {@link AvailableMediaCodec}, so not in the codec
 * registry.
 *
 * @param label the stream's label (the key)
 * @param displayText text for humans, or {@code null}
 * @param type the SDP media type ({@code audio}, {@code video}, {@code text}, {@code message}…), or
 *     {@code null}
 * @param status the direction offered, or {@code null}
 * @param ext unknown attributes and child elements
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.3.4">RFC 4575 § 5.3.4</a>
 */
public record ConferenceMedium(
    String label,
    @Nullable String displayText,
    @Nullable String type,
    @Nullable MediaStatus status,
    Extensions ext)
    implements XmlElement {

  public ConferenceMedium {
    requireNonNull(label, "label");
    requireNonNull(ext, "ext");
  }

  public static ConferenceMedium of(String label, String type, @Nullable MediaStatus status) {
    return new ConferenceMedium(label, null, type, status, Extensions.NONE);
  }
}
