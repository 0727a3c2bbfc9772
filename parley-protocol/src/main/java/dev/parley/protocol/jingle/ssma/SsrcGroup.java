/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * A relation between sources of one description (XEP-0339 § 2.2), SDP {@code
 * a=ssrc-group:<semantics> <ssrc> …} (RFC 5576 § 4.2).
 *
 * <pre>
 * &lt;ssrc-group xmlns='urn:xmpp:jingle:apps:rtp:ssma:0' semantics='FID'&gt;
 *   &lt;source ssrc='2301230316'/&gt;
 *   &lt;source ssrc='386328120'/&gt;
 * &lt;/ssrc-group&gt;
 * </pre>
 *
 * <p>The schema restricts {@code semantics} to LS, FID, SRF, ANAT, FEC and DDP, but deployed
 * clients use later ones ({@code SIM} for simulcast, {@code FEC-FR} from RFC 5956), so it is a
 * string. The {@code <source/>} children are references, modelled as their SSRCs: anything else
 * they carry is not kept (the attributes of a source belong to its own {@link Source} element).
 *
 * @param semantics {@link #FID}, {@link #SIM}, …
 * @param ssrcs the grouped SSRCs in order (for FID: the primary first, then its retransmission)
 * @param ext unknown attributes and children other than {@code <source/>}
 * @see <a href="https://xmpp.org/extensions/xep-0339.html#sdp-ssrc-group">XEP-0339 § 2.2</a>
 */
public record SsrcGroup(String semantics, List<Long> ssrcs, Extensions ext) implements XmlElement {
  /** Flow identification (RFC 5576 § 4.2): a stream and its RTX retransmission stream. */
  public static final String FID = "FID";

  /** Simulcast layers, lowest first (a WebRTC convention, not in an RFC). */
  public static final String SIM = "SIM";

  /** Forward error correction flows (RFC 5956). */
  public static final String FEC_FR = "FEC-FR";

  public SsrcGroup {
    requireNonNull(semantics, "semantics");
    ssrcs = List.copyOf(ssrcs);
    for (long ssrc : ssrcs) {
      if (ssrc < 0 || ssrc > Source.MAX_SSRC) {
        throw new IllegalArgumentException("ssrc " + ssrc + " is not in [0, 2^32 - 1]");
      }
    }
    requireNonNull(ext, "ext");
  }

  public static SsrcGroup of(String semantics, List<Long> ssrcs) {
    return new SsrcGroup(semantics, ssrcs, Extensions.NONE);
  }
}
