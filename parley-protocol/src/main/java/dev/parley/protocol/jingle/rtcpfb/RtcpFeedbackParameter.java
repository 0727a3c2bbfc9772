/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A parameter of an {@link RtcpFeedback}: {@code name=value} from the SDP, or a bare token as the
 * name with no value (XEP-0293 § 3). The XEP advises to use the subtype when there is a single
 * parameter; {@code ccm} is the known case needing more.
 *
 * <pre>
 * &lt;parameter name='…' value='…'/&gt;   in urn:xmpp:jingle:apps:rtp:rtcp-fb:0
 * </pre>
 *
 * @param name the name, or the whole parameter when it has no {@code =}
 * @param value the value, or {@code null} when absent ({@code ""} when present but empty)
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0293.html#elements">XEP-0293 § 3</a>
 */
public record RtcpFeedbackParameter(String name, @Nullable String value, Extensions ext)
    implements XmlElement {
  public RtcpFeedbackParameter {
    requireNonNull(name, "name");
    requireNonNull(ext, "ext");
  }

  public static RtcpFeedbackParameter of(String name, @Nullable String value) {
    return new RtcpFeedbackParameter(name, value, Extensions.NONE);
  }
}
