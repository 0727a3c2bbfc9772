/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0177 records. */
public final class RawUdpArbitraries {
  private RawUdpArbitraries() {}

  public static Arbitrary<RawUdpCandidate> candidates() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 255),
            Arbitraries.integers().between(0, 255),
            XmlArbitraries.text(),
            XmlArbitraries.text(),
            Arbitraries.integers().between(0, 65535),
            Arbitraries.of(CandidateType.class).injectNull(0.5),
            XmlArbitraries.extensions())
        .as(RawUdpCandidate::new);
  }

  public static Arbitrary<RawUdpTransport> transports() {
    return Combinators.combine(candidates().list().ofMaxSize(3), XmlArbitraries.extensions())
        .as(RawUdpTransport::new);
  }
}
