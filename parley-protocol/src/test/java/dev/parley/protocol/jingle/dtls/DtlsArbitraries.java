/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.dtls;

import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0320 records. */
public final class DtlsArbitraries {
  private DtlsArbitraries() {}

  /**
   * Fingerprints: usual and arbitrary hash names, every role or none, hex values and arbitrary text
   * (already stripped, as the record keeps it), unknown attributes.
   */
  public static Arbitrary<Fingerprint> fingerprints() {
    Arbitrary<String> hash =
        Arbitraries.oneOf(
            Arbitraries.of("sha-1", Fingerprint.SHA_256, "sha-384", "sha-512"),
            XmlArbitraries.text());
    Arbitrary<String> hex =
        Arbitraries.integers()
            .between(0, 255)
            .list()
            .ofMinSize(1)
            .ofMaxSize(32)
            .map(
                bytes -> {
                  StringBuilder sb = new StringBuilder();
                  for (int b : bytes) {
                    if (sb.length() > 0) {
                      sb.append(':');
                    }
                    sb.append(Character.toUpperCase(Character.forDigit(b >> 4, 16)));
                    sb.append(Character.toUpperCase(Character.forDigit(b & 15, 16)));
                  }
                  return sb.toString();
                });
    Arbitrary<String> value =
        Arbitraries.oneOf(hex, XmlArbitraries.text().map(String::strip).filter(s -> !s.isEmpty()));
    return Combinators.combine(
            hash,
            Arbitraries.of(Setup.class).injectNull(0.2),
            value,
            XmlArbitraries.unknownAttributes())
        .as((h, s, v, a) -> new Fingerprint(h, s, v, Extensions.of(a, List.of())));
  }
}
