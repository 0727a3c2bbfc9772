/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * An ICE candidate type (RFC 8445 § 5.1.1), the {@code type} attribute of a candidate (XEP-0176 §
 * 5.3, SDP {@code typ}). Raw UDP candidates (XEP-0177) use the same vocabulary as a hint.
 */
public enum CandidateType {
  /** A transport address on a local interface. */
  HOST("host", 126),
  /** The address a peer saw a connectivity check come from. */
  PRFLX("prflx", 110),
  /** The address a STUN server saw a request come from (the NAT's public side). */
  SRFLX("srflx", 100),
  /** An address allocated on a TURN relay. */
  RELAY("relay", 0);

  private static final Map<String, CandidateType> BY_XML =
      XmlEnums.index(values(), CandidateType::xml);
  private final String xml;
  private final int typePreference;

  CandidateType(String xml, int typePreference) {
    this.xml = xml;
    this.typePreference = typePreference;
  }

  public String xml() {
    return xml;
  }

  /**
   * The type preference RFC 8445 § 5.1.2.2 recommends for this type (126 host, 110 peer-reflexive,
   * 100 server-reflexive, 0 relayed), the input of {@link IceCandidate#priority(int, int, int)}.
   */
  public int recommendedTypePreference() {
    return typePreference;
  }

  public static Optional<CandidateType> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
