/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code senders} attribute of a content: which parties send media (XEP-0166 § 7.3; the default
 * is {@link #BOTH}).
 *
 * <p>XEP-0166 maps the values to the SDP direction attributes of RFC 4566 § 6 as both → {@code
 * sendrecv}, initiator → {@code sendonly}, none → {@code inactive}, responder → {@code recvonly}.
 * That table is written from the initiator's point of view: SDP directions are relative to the
 * party that writes the description, so the responder sees {@code initiator} as {@code recvonly}.
 * {@link #sdpDirection(Creator)} and {@link #fromSdpDirection(String, Creator)} take the local
 * party's role into account.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-content">XEP-0166 § 7.3</a>
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

  /** Whether {@code party} sends media. */
  public boolean sends(Creator party) {
    return switch (this) {
      case BOTH -> true;
      case NONE -> false;
      case INITIATOR -> party == Creator.INITIATOR;
      case RESPONDER -> party == Creator.RESPONDER;
    };
  }

  /**
   * The SDP direction attribute ({@code sendrecv}, {@code sendonly}, {@code recvonly} or {@code
   * inactive}) as written by the party playing {@code self}.
   */
  public String sdpDirection(Creator self) {
    boolean send = sends(self);
    boolean receive = sends(self.other());
    if (send) {
      return receive ? "sendrecv" : "sendonly";
    }
    return receive ? "recvonly" : "inactive";
  }

  /** The SDP direction of XEP-0166's table: as written by the initiator. */
  public String sdpDirection() {
    return sdpDirection(Creator.INITIATOR);
  }

  /**
   * The senders value for an SDP direction attribute written by the party playing {@code self};
   * empty for anything but the four RFC 4566 directions.
   */
  public static Optional<Senders> fromSdpDirection(String direction, Creator self) {
    Senders own = self == Creator.INITIATOR ? INITIATOR : RESPONDER;
    Senders peer = self == Creator.INITIATOR ? RESPONDER : INITIATOR;
    return switch (direction) {
      case "sendrecv" -> Optional.of(BOTH);
      case "sendonly" -> Optional.of(own);
      case "recvonly" -> Optional.of(peer);
      case "inactive" -> Optional.of(NONE);
      default -> Optional.empty();
    };
  }
}
