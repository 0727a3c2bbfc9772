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
 * The SIP dialog between an endpoint and the focus (RFC 4575 § 5.7.9, {@code sip-dialog-id-type}):
 * the {@code <sip>} child of {@link CallInfo}.
 *
 * <pre>
 * &lt;sip&gt;
 *   &lt;display-text&gt;full info&lt;/display-text&gt;
 *   &lt;call-id&gt;hsjh8980vhsb78&lt;/call-id&gt;
 *   &lt;from-tag&gt;vav738dvbs&lt;/from-tag&gt;
 *   &lt;to-tag&gt;8954jgjg8432&lt;/to-tag&gt;
 * &lt;/sip&gt;
 * </pre>
 *
 * <p>The schema requires the three dialog identifiers; a missing one is accepted ({@code null})
 * rather than refusing the whole document, since nothing in Parley keys on them.
 *
 * @param displayText text for humans, or {@code null}
 * @param callId the Call-ID, or {@code null}
 * @param fromTag the From tag, or {@code null}
 * @param toTag the To tag, or {@code null}
 * @param ext unknown attributes and child elements ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7.9">RFC 4575 § 5.7.9</a>
 */
public record SipDialogId(
    @Nullable String displayText,
    @Nullable String callId,
    @Nullable String fromTag,
    @Nullable String toTag,
    Extensions ext)
    implements XmlElement {

  public SipDialogId {
    requireNonNull(ext, "ext");
  }

  public static SipDialogId of(String callId, String fromTag, String toTag) {
    return new SipDialogId(null, callId, fromTag, toTag, Extensions.NONE);
  }
}
