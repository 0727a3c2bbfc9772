/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The RTP-specific conditions of {@code urn:xmpp:jingle:apps:rtp:errors:1}, carried as the detail
 * of a {@code <security-error/>} {@link Reason} when SDES-SRTP negotiation fails (XEP-0167 § 7):
 *
 * <ul>
 *   <li>{@link #INVALID_CRYPTO}: the responder rejects the offered {@code <crypto/>} elements;
 *   <li>{@link #CRYPTO_REQUIRED}: one party requires encryption and the other offered or answered
 *       none.
 * </ul>
 *
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#srtp">XEP-0167 § 7</a>
 */
public enum RtpError {
  CRYPTO_REQUIRED("crypto-required"),
  INVALID_CRYPTO("invalid-crypto");

  /** {@code urn:xmpp:jingle:apps:rtp:errors:1}. */
  public static final String NAMESPACE = "urn:xmpp:jingle:apps:rtp:errors:1";

  private static final Map<String, RtpError> BY_XML = XmlEnums.index(values(), RtpError::xml);
  private final String xml;
  private final RtpErrorCondition element;

  RtpError(String xml) {
    this.xml = xml;
    this.element = new RtpErrorCondition(this, Extensions.NONE);
  }

  /** The element's local name. */
  public String xml() {
    return xml;
  }

  /** The condition element, e.g. {@code <invalid-crypto xmlns='…rtp:errors:1'/>}. */
  public RtpErrorCondition element() {
    return element;
  }

  /** The reason to terminate with: {@code <security-error/>} with this condition as detail. */
  public Reason reason() {
    return Reason.of(ReasonCondition.SECURITY_ERROR).withDetail(element);
  }

  public static Optional<RtpError> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }

  /** The RTP condition a reason carries as its detail, if any. */
  public static Optional<RtpError> of(Reason reason) {
    return reason.find(RtpErrorCondition.class).map(RtpErrorCondition::error);
  }
}
