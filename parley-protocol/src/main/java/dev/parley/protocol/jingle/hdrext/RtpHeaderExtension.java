/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An RTP header extension the parties may use, with its local identifier (XEP-0294 § 3), SDP {@code
 * a=extmap:<id>[/<direction>] <uri> [<attributes>]} (RFC 8285 § 5).
 *
 * <pre>
 * &lt;rtp-hdrext xmlns='urn:xmpp:jingle:apps:rtp:rtp-hdrext:0'
 *             id='1' uri='urn:ietf:params:rtp-hdrext:ssrc-audio-level' [senders='both']&gt;
 *   &lt;parameter name='vad' value='on'/&gt;   optional, extension attributes
 * &lt;/rtp-hdrext&gt;
 * </pre>
 *
 * <p>Negotiation (XEP-0294 § 4): the responder removes the extensions it does not want and returns
 * the others unchanged, except that it may narrow {@code senders} from {@code both}; it never adds
 * one.
 *
 * <p><b>Identifiers.</b> The schema types {@code id} as {@code xs:unsignedShort}, which is what is
 * accepted. In RTP packets an identifier is 1–14 with one-byte headers and 1–255 with two-byte
 * headers (RFC 8285 § 4; see {@link #fitsOneByteHeader()}); the XEP's table adds the offer-only
 * range 4096–4351 of RFC 8285 § 7, and its example 1 offers 4907, outside every range: an erratum
 * accepted as is.
 *
 * <p><b>Parameters.</b> XEP-0294 puts {@code <parameter/>} in its own namespace; Jitsi writes the
 * extension attributes as a {@code <parameter name='attributes'/>} in the XEP-0167 namespace {@code
 * urn:xmpp:jingle:apps:rtp:1}. Both are parameters here, and each remembers its namespace.
 *
 * @param id the local identifier (0–65535)
 * @param uri the URI naming the extension
 * @param senders who may send the extension, or {@code null} when omitted (meaning {@code both},
 *     see {@link #effectiveSenders()})
 * @param parameters extension attributes, in document order
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0294.html#element">XEP-0294 § 3</a>
 */
public record RtpHeaderExtension(
    int id,
    String uri,
    @Nullable Senders senders,
    List<RtpHeaderExtensionParameter> parameters,
    Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:rtp-hdrext:0";

  /** Client-to-mixer audio level (RFC 6464): the level of the sender's own audio. */
  public static final String SSRC_AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:ssrc-audio-level";

  /**
   * Mixer-to-client audio levels (RFC 6465): the level of each contributing source of mixed audio.
   */
  public static final String CSRC_AUDIO_LEVEL = "urn:ietf:params:rtp-hdrext:csrc-audio-level";

  public RtpHeaderExtension {
    if (id < 0 || id > 65535) {
      throw new IllegalArgumentException("id " + id + " is not in [0, 65535]");
    }
    requireNonNull(uri, "uri");
    parameters = List.copyOf(parameters);
    requireNonNull(ext, "ext");
  }

  /** An extension both parties may send, without parameters. */
  public static RtpHeaderExtension of(int id, String uri) {
    return new RtpHeaderExtension(id, uri, null, List.of(), Extensions.NONE);
  }

  /** Who may send the extension: {@code both} when the attribute was omitted. */
  public Senders effectiveSenders() {
    return senders == null ? Senders.BOTH : senders;
  }

  /** Whether the identifier can be used with one-byte header extensions (1–14, RFC 8285 § 4.2). */
  public boolean fitsOneByteHeader() {
    return id >= 1 && id <= 14;
  }

  /** Whether the identifier can be used with two-byte header extensions (1–255, RFC 8285 § 4.3). */
  public boolean fitsTwoByteHeader() {
    return id >= 1 && id <= 255;
  }

  /**
   * The {@code senders} vocabulary of Jingle (XEP-0166 § 7.3), which XEP-0294 reuses; the SDP
   * direction it maps to depends on which side the initiator is. A local copy rather than the
   * Jingle core's enum, so that this package does not depend on the core; the wire values are the
   * same. The XEP's table lists three values, its schema four ({@code none} as well): all four are
   * accepted.
   */
  public enum Senders {
    BOTH("both"),
    INITIATOR("initiator"),
    RESPONDER("responder"),
    NONE("none");

    private static final Map<String, Senders> BY_XML = XmlEnums.index(values(), Senders::xml);
    private final String xml;

    Senders(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Senders> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
