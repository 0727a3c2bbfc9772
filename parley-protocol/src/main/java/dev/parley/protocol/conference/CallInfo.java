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
 * The signalling session between an endpoint and the focus (RFC 4575 § 5.7.9, {@code call-type}).
 * The schema offers a choice between a SIP dialog and elements of other namespaces (for other
 * signalling protocols, such as a Jingle session); both are accepted together.
 *
 * <pre>
 * &lt;call-info&gt;
 *   &lt;sip&gt;…&lt;/sip&gt;      {@link SipDialogId}
 * &lt;/call-info&gt;
 * </pre>
 *
 * @param sip the SIP dialog, or {@code null}
 * @param ext unknown attributes and the other-namespace children ({@code ##other})
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7.9">RFC 4575 § 5.7.9</a>
 */
public record CallInfo(@Nullable SipDialogId sip, Extensions ext) implements XmlElement {

  public CallInfo {
    requireNonNull(ext, "ext");
  }

  public static CallInfo of(SipDialogId sip) {
    return new CallInfo(sip, Extensions.NONE);
  }
}
