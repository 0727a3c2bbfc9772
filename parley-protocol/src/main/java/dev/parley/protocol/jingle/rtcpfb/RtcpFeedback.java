/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One kind of RTCP feedback a party wants to send or receive (XEP-0293 § 3), SDP {@code
 * a=rtcp-fb:<pt> <type> [<subtype>]}.
 *
 * <pre>
 * &lt;rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='nack' subtype='pli'/&gt;
 * &lt;rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='ccm' subtype='fir'/&gt;
 * &lt;rtcp-fb xmlns='urn:xmpp:jingle:apps:rtp:rtcp-fb:0' type='transport-cc'/&gt;
 * </pre>
 *
 * <p>Negotiation (XEP-0293 § 4): the responder returns the elements it accepts unchanged and
 * removes the others; it never adds one. The SDP {@code trr-int} value has its own element, {@link
 * RtcpFeedbackTrrInt}. Values are open (RFC 4585 and later RFCs, plus {@code goog-remb} and {@code
 * transport-cc} from WebRTC), so they are strings; the constants name the common ones.
 *
 * @param type the feedback type: {@code ack}, {@code nack}, {@code ccm}, {@code app}, …
 * @param subtype the subtype ({@code pli}, {@code fir}, …), or {@code null}
 * @param parameters further parameters that do not fit the subtype, in document order
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0293.html#elements">XEP-0293 § 3</a>
 */
public record RtcpFeedback(
    String type, @Nullable String subtype, List<RtcpFeedbackParameter> parameters, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:rtcp-fb:0";

  /** Generic NACK (RFC 4585 § 6.2.1); with subtype {@link #PLI}, picture loss indication. */
  public static final String NACK = "nack";

  /** Codec control messages (RFC 5104); with subtype {@link #FIR}, full intra request. */
  public static final String CCM = "ccm";

  /** Picture loss indication (RFC 4585 § 6.3.1), a subtype of {@link #NACK}. */
  public static final String PLI = "pli";

  /** Full intra request (RFC 5104 § 4.3.1), a subtype of {@link #CCM}. */
  public static final String FIR = "fir";

  /** Transport-wide congestion control feedback (draft-holmer-rmcat-transport-wide-cc). */
  public static final String TRANSPORT_CC = "transport-cc";

  public RtcpFeedback {
    requireNonNull(type, "type");
    parameters = List.copyOf(parameters);
    requireNonNull(ext, "ext");
  }

  /** Feedback of a type without subtype. */
  public static RtcpFeedback of(String type) {
    return new RtcpFeedback(type, null, List.of(), Extensions.NONE);
  }

  /** Feedback of a type and subtype. */
  public static RtcpFeedback of(String type, String subtype) {
    return new RtcpFeedback(type, subtype, List.of(), Extensions.NONE);
  }
}
