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
 * One media stream between the focus and an endpoint (RFC 4575 § 5.8, {@code media-type}), keyed by
 * {@code id} within its endpoint. It has no {@code state}: a notification that carries it replaces
 * the stream with that id whole, and a stream can only disappear through a full endpoint.
 *
 * <pre>
 * &lt;media id='1'&gt;                            required; unique within the endpoint
 *   &lt;display-text&gt;main audio&lt;/display-text&gt;  SDP i=
 *   &lt;type&gt;audio&lt;/type&gt;                      SDP media type
 *   &lt;label&gt;34567&lt;/label&gt;                    = an available-media entry's label
 *   &lt;src-id&gt;432424&lt;/src-id&gt;                 the RTP SSRC: maps a mixer's CSRC to this user
 *   &lt;status&gt;sendrecv&lt;/status&gt;              {@link MediaStatus}, seen from the participant
 * &lt;/media&gt;
 * </pre>
 *
 * @param id the stream identifier (the key)
 * @param displayText text for humans, or {@code null}
 * @param type the SDP media type, or {@code null}
 * @param label the label of the conference's stream, or {@code null}
 * @param srcId the source identifier (SSRC for RTP), kept as text, or {@code null}
 * @param status the stream's direction, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.8">RFC 4575 § 5.8</a>
 */
public record Media(
    String id,
    @Nullable String displayText,
    @Nullable String type,
    @Nullable String label,
    @Nullable String srcId,
    @Nullable MediaStatus status,
    Extensions ext)
    implements XmlElement {

  public Media {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  /** A stream of {@code type} with a source id and direction. */
  public static Media of(
      String id, String type, @Nullable String srcId, @Nullable MediaStatus status) {
    return new Media(id, null, type, null, srcId, status, Extensions.NONE);
  }

  public Media withStatus(@Nullable MediaStatus newStatus) {
    return new Media(id, displayText, type, label, srcId, newStatus, ext);
  }

  public Media withSrcId(@Nullable String newSrcId) {
    return new Media(id, displayText, type, label, newSrcId, status, ext);
  }
}
