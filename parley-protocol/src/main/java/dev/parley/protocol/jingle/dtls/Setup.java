/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.dtls;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The DTLS connection role, SDP {@code a=setup} (RFC 4145 § 4), as used by DTLS-SRTP (RFC 5763 §
 * 5).
 *
 * <p>The offer/answer rules of RFC 5763 § 5:
 *
 * <ul>
 *   <li>the offerer (the Jingle initiator, in session-initiate) MUST send {@link #ACTPASS};
 *   <li>the answerer (in session-accept, or earlier in a transport-info) MUST answer {@link
 *       #ACTIVE} or {@link #PASSIVE}, and SHOULD answer {@link #ACTIVE}: see {@link #answerTo};
 *   <li>the {@link #ACTIVE} side is the DTLS client, it sends the ClientHello ({@link
 *       #isDtlsClient()}); the offerer learns its own role as the {@link #counterpart()} of the
 *       answer.
 * </ul>
 *
 * <p>An answer of {@link #ACTPASS} is a protocol error that deployed gateways do make (dino#1072: a
 * patched Asterisk answered {@code actpass} and never started DTLS); {@link #counterpart()} refuses
 * it rather than guessing. XEP-0320 defines no use for {@link #HOLDCONN}; it is kept because its
 * schema lists it.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0320.html#protocol">XEP-0320 § 1</a>
 */
public enum Setup {
  /** The endpoint will initiate an outgoing connection: the DTLS client. */
  ACTIVE("active"),
  /** The endpoint will accept an incoming connection: the DTLS server. */
  PASSIVE("passive"),
  /** The endpoint is willing to take either role; only valid in an offer. */
  ACTPASS("actpass"),
  /** The endpoint does not want the connection to be established for the time being. */
  HOLDCONN("holdconn");

  private static final Map<String, Setup> BY_XML = XmlEnums.index(values(), Setup::xml);
  private final String xml;

  Setup(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public static Optional<Setup> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }

  /**
   * The role an answerer takes for this offered role (RFC 5763 § 5, RFC 4145 § 4.1): {@code
   * actpass} is answered {@code active} (the recommended choice, so that the answerer's DTLS
   * ClientHello can follow its session-accept at once), {@code active} is answered {@code passive},
   * {@code passive} is answered {@code active}, {@code holdconn} is answered {@code holdconn}.
   */
  public static Setup answerTo(Setup offer) {
    return switch (offer) {
      case ACTPASS, PASSIVE -> ACTIVE;
      case ACTIVE -> PASSIVE;
      case HOLDCONN -> HOLDCONN;
    };
  }

  /**
   * Whether the endpoint with this role is the DTLS client ({@code active}) rather than the server
   * ({@code passive}).
   *
   * @throws IllegalStateException for {@code actpass} and {@code holdconn}, which are not roles:
   *     the role is only known once the answer has been sent or received
   */
  public boolean isDtlsClient() {
    return switch (this) {
      case ACTIVE -> true;
      case PASSIVE -> false;
      case ACTPASS, HOLDCONN ->
          throw new IllegalStateException("'" + xml + "' is not a negotiated DTLS role");
    };
  }

  /**
   * The role of the other endpoint: {@code active} for {@code passive} and vice versa. The offerer
   * computes its own role as {@code answer.counterpart()}.
   *
   * @throws IllegalStateException for {@code actpass} and {@code holdconn}, which have no
   *     counterpart (an answer must not be {@code actpass}, RFC 5763 § 5)
   */
  public Setup counterpart() {
    return switch (this) {
      case ACTIVE -> PASSIVE;
      case PASSIVE -> ACTIVE;
      case ACTPASS, HOLDCONN ->
          throw new IllegalStateException("'" + xml + "' is not a negotiated DTLS role");
    };
  }
}
