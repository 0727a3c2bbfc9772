/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import java.util.Optional;

/**
 * A synchronization source and its attributes (XEP-0339 § 2.1), SDP {@code a=ssrc:<ssrc>
 * <attribute>[:<value>]} (RFC 5576 § 4.1); a child of the RTP {@code <description/>}.
 *
 * <pre>
 * &lt;source xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' ssrc='1656081975'&gt;
 *   &lt;parameter name='cname' value='Yv/wvbCdsDW2Prgd'/&gt;
 *   &lt;parameter name='msid' value='MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIv MLTJKIHilGn71fNQoszkQ4jlPTuS5vJyKVIva0'/&gt;
 * &lt;/source&gt;
 * </pre>
 *
 * <p>Deployed variants, all accepted: Conversations writes {@code cname} and {@code msid}
 * parameters as the XEP does; Jitsi's focus (jicofo, through jitsi-xmpp-extensions) writes its
 * parameters in the XEP-0167 namespace {@code urn:xmpp:jingle:apps:rtp:1} (each {@link
 * SourceParameter} remembers which), adds {@code name} and {@code videoType} attributes, and an
 * {@code <ssrc-info xmlns='http://jitsi.org/jitmeet' owner='…'/>} child naming the participant that
 * owns the source; those are kept in {@link #ext()}. The {@code ssrc} is required, as in the
 * schema: a source that Jitsi's model identifies by a {@code rid} attribute alone is refused.
 *
 * @param ssrc the synchronization source identifier (0 – 2^32 − 1)
 * @param parameters the source attributes, in document order
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0339.html#sdp-ssrc">XEP-0339 § 2.1</a>
 */
public record Source(long ssrc, List<SourceParameter> parameters, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:ssma:0";

  /** The disco feature of XEP-0339. */
  public static final String FEATURE = "urn:ietf:rfc:5576";

  /** The largest SSRC: it is a 32-bit unsigned integer. */
  public static final long MAX_SSRC = 0xFFFF_FFFFL;

  public Source {
    if (ssrc < 0 || ssrc > MAX_SSRC) {
      throw new IllegalArgumentException("ssrc " + ssrc + " is not in [0, 2^32 - 1]");
    }
    parameters = List.copyOf(parameters);
    requireNonNull(ext, "ext");
  }

  /** A source with these parameters. */
  public static Source of(long ssrc, List<SourceParameter> parameters) {
    return new Source(ssrc, parameters, Extensions.NONE);
  }

  /**
   * The value of the first parameter with this name; empty when there is none or it has no value.
   */
  public Optional<String> parameter(String name) {
    for (SourceParameter p : parameters) {
      if (p.name().equals(name)) {
        return Optional.ofNullable(p.value());
      }
    }
    return Optional.empty();
  }

  /** The RTCP canonical name (RFC 5576 § 6.1), which ties the sources of one endpoint together. */
  public Optional<String> cname() {
    return parameter(SourceParameter.CNAME);
  }

  /** The media stream and track identification (RFC 8830): {@code <stream id> [<track id>]}. */
  public Optional<String> msid() {
    return parameter(SourceParameter.MSID);
  }
}
