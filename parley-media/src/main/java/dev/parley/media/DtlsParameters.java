/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.Locale;
import java.util.Optional;

/**
 * One side's DTLS-SRTP description: XEP-0320 {@code <fingerprint hash setup>} (SDP {@code
 * a=fingerprint} and {@code a=setup}, RFC 8122 and RFC 5763).
 *
 * @param hash the fingerprint's hash function ("sha-256")
 * @param fingerprint upper- or lower-case hex pairs separated by ':'
 * @param setup the side's role
 */
public record DtlsParameters(String hash, String fingerprint, Setup setup) {

  /** RFC 4145 § 4 / RFC 5763 § 5 {@code setup} values. */
  public enum Setup {
    /** We connect: the DTLS client. What an answerer chooses (RFC 5763 § 5). */
    ACTIVE("active"),
    /** We wait for the peer's ClientHello: the DTLS server. */
    PASSIVE("passive"),
    /** Either; what an offerer must say (RFC 5763 § 5). */
    ACTPASS("actpass"),
    /** No connection yet (not used by DTLS-SRTP). */
    HOLDCONN("holdconn");

    private final String xml;

    Setup(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Setup> fromXml(String s) {
      for (Setup v : values()) {
        if (v.xml.equals(s.toLowerCase(Locale.ROOT))) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
    }
  }

  public DtlsParameters {
    if (!fingerprint.matches("(?i)[0-9a-f]{2}(:[0-9a-f]{2})+")) {
      throw new IllegalArgumentException("not a fingerprint: " + fingerprint);
    }
  }
}
