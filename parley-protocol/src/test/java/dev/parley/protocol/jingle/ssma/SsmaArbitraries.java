/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ssma;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0339 records. */
public final class SsmaArbitraries {
  private SsmaArbitraries() {}

  private static Arbitrary<Long> ssrc() {
    return Arbitraries.longs().between(0, Source.MAX_SSRC);
  }

  /** Parameters in either accepted namespace. */
  public static Arbitrary<SourceParameter> parameters() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of(SourceParameter.CNAME, SourceParameter.MSID), XmlArbitraries.text()),
            XmlArbitraries.text().injectNull(0.3),
            Arbitraries.of(Source.NAMESPACE, SourceParameter.RTP_NAMESPACE),
            XmlArbitraries.extensions())
        .as(SourceParameter::new);
  }

  public static Arbitrary<Source> sources() {
    return Combinators.combine(
            ssrc(), parameters().list().ofMaxSize(3), XmlArbitraries.extensions())
        .as(Source::new);
  }

  public static Arbitrary<SsrcGroup> groups() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of(SsrcGroup.FID, SsrcGroup.SIM, SsrcGroup.FEC_FR),
                XmlArbitraries.text()),
            ssrc().list().ofMaxSize(4),
            XmlArbitraries.extensions())
        .as(SsrcGroup::new);
  }
}
