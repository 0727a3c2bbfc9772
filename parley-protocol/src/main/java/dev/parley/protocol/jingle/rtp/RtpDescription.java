/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The RTP application format of a Jingle content: one RTP session, the equivalent of an SDP media
 * section.
 *
 * <pre>
 * &lt;description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio' [ssrc='…']&gt;
 *   &lt;payload-type …/&gt;                          zero or more, most preferred first
 *   &lt;rtcp-mux/&gt;                               optional (RFC 5761)
 *   &lt;encryption …/&gt;                           optional, SDES-SRTP
 *   &lt;bandwidth type='AS'&gt;128&lt;/bandwidth&gt;       optional
 *   &lt;rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0' …/&gt;   other namespaces
 *   &lt;source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' …/&gt;            (XEP-0293, 0294, 0339)
 * &lt;/description&gt;                                      in {@code ext}
 * </pre>
 *
 * <p>{@code media} is REQUIRED by XEP-0167 § 4 but nullable here: Conversations puts an empty
 * {@code <description xmlns='urn:xmpp:jingle:apps:rtp:1'/>} in its XEP-0353 reject and retract
 * messages, and a description-info may carry a partial description. The first {@code <rtcp-mux/>},
 * {@code <encryption/>} and {@code <bandwidth/>} are modelled; the attributes and children of
 * {@code <rtcp-mux/>}, which the schema leaves empty, are not kept. Every other child, in any
 * namespace, is in {@code ext} and typed when another package registers a codec for it; {@link
 * #find(Class)} and {@link #findAll(Class)} look them up. The writer emits payload types, rtcp-mux,
 * encryption, bandwidth, then the extension elements. Canonical form: {@code ext} holds no {@code
 * payload-type} of this namespace, and an {@code rtcp-mux}, {@code encryption} or {@code bandwidth}
 * of this namespace only when the corresponding component is already set.
 *
 * @param media the media type ({@code audio}, {@code video}…), or {@code null} when absent
 * @param ssrc the 32-bit synchronisation source, or {@code null}
 * @param payloadTypes the offered encodings, in preference order
 * @param rtcpMux whether {@code <rtcp-mux/>} is present (RTP and RTCP on one port)
 * @param encryption the SDES offer or answer, or {@code null}
 * @param bandwidth the bandwidth, or {@code null}
 * @param ext unknown attributes and every other child
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#format">XEP-0167 § 4</a>
 */
public record RtpDescription(
    @Nullable String media,
    @Nullable Long ssrc,
    List<PayloadType> payloadTypes,
    boolean rtcpMux,
    @Nullable Encryption encryption,
    @Nullable Bandwidth bandwidth,
    Extensions ext)
    implements XmlElement {

  /** {@code urn:xmpp:jingle:apps:rtp:1}, also the disco feature. */
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:1";

  /** Disco feature: the entity supports RTP audio. */
  public static final String AUDIO_FEATURE = "urn:xmpp:jingle:apps:rtp:audio";

  /** Disco feature: the entity supports RTP video. */
  public static final String VIDEO_FEATURE = "urn:xmpp:jingle:apps:rtp:video";

  public RtpDescription {
    if (ssrc != null && (ssrc < 0 || ssrc > PayloadType.MAX_UNSIGNED_INT)) {
      throw new IllegalArgumentException("ssrc " + ssrc + " is not a 32-bit unsigned integer");
    }
    payloadTypes = List.copyOf(payloadTypes);
    requireNonNull(ext, "ext");
  }

  /** A description of {@code media} offering these payload types, without rtcp-mux. */
  public static RtpDescription of(String media, List<PayloadType> payloadTypes) {
    return new RtpDescription(
        requireNonNull(media, "media"), null, payloadTypes, false, null, null, Extensions.NONE);
  }

  /**
   * A description with only a media type, as XEP-0353 proposes carry ({@code <description
   * media='audio'/>}).
   */
  public static RtpDescription ofMedia(String media) {
    return of(media, List.of());
  }

  /** The payload type with this id. */
  public Optional<PayloadType> payloadType(int id) {
    for (PayloadType p : payloadTypes) {
      if (p.id() == id) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /** The first extension element of this type. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(ext.element(type));
  }

  /** Every extension element of this type (header extensions, sources…), in document order. */
  public <T extends XmlElement> List<T> findAll(Class<T> type) {
    return findAll(ext, type);
  }

  public RtpDescription withRtcpMux(boolean newRtcpMux) {
    return new RtpDescription(media, ssrc, payloadTypes, newRtcpMux, encryption, bandwidth, ext);
  }

  public RtpDescription withPayloadTypes(List<PayloadType> newPayloadTypes) {
    return new RtpDescription(media, ssrc, newPayloadTypes, rtcpMux, encryption, bandwidth, ext);
  }

  public RtpDescription withEncryption(@Nullable Encryption newEncryption) {
    return new RtpDescription(media, ssrc, payloadTypes, rtcpMux, newEncryption, bandwidth, ext);
  }

  /** A copy with one more extension element (written after the modelled children). */
  public RtpDescription withExtension(XmlElement element) {
    return new RtpDescription(
        media, ssrc, payloadTypes, rtcpMux, encryption, bandwidth, ext.with(element));
  }

  static <T extends XmlElement> List<T> findAll(Extensions ext, Class<T> type) {
    List<T> found = new ArrayList<>(2);
    for (XmlElement e : ext.elements()) {
      if (type.isInstance(e)) {
        found.add(type.cast(e));
      }
    }
    return found;
  }
}
