/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for valid XEP-0167 records, including unknown extensions. */
public final class RtpArbitraries {
  private RtpArbitraries() {}

  private static Arbitrary<Long> unsignedInt() {
    return Arbitraries.longs().between(0, 0xFFFF_FFFFL);
  }

  /** Extensions with unknown attributes only, for leaf elements that keep no children. */
  static Arbitrary<Extensions> attributesOnly() {
    return XmlArbitraries.unknownAttributes().map(a -> Extensions.of(a, List.of()));
  }

  public static Arbitrary<Parameter> parameter() {
    return Combinators.combine(
            XmlArbitraries.text(), XmlArbitraries.text(), XmlArbitraries.extensions())
        .as(Parameter::new);
  }

  public static Arbitrary<PayloadType> payloadType() {
    Arbitrary<Integer> id = Arbitraries.integers().between(0, PayloadType.MAX_ID);
    Arbitrary<String> name = XmlArbitraries.text().injectNull(0.2);
    return Combinators.combine(
            id,
            name,
            unsignedInt().injectNull(0.3),
            Arbitraries.integers().between(0, 255).injectNull(0.5),
            Arbitraries.integers().between(0, Integer.MAX_VALUE).injectNull(0.7),
            Arbitraries.integers().between(0, Integer.MAX_VALUE).injectNull(0.8),
            parameter().list().ofMaxSize(3),
            XmlArbitraries.extensions())
        .as(
            (i, n, clock, ch, pt, maxpt, params, ext) ->
                new PayloadType(
                    i,
                    n == null && i >= PayloadType.FIRST_DYNAMIC_ID ? "dyn" : n,
                    clock,
                    ch,
                    pt,
                    maxpt,
                    params,
                    ext));
  }

  public static Arbitrary<Crypto> crypto() {
    return Combinators.combine(
            XmlArbitraries.token(),
            XmlArbitraries.text(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.token(),
            XmlArbitraries.extensions())
        .as(Crypto::new);
  }

  public static Arbitrary<Encryption> encryption() {
    return Combinators.combine(
            Arbitraries.of(true, false).injectNull(0.4),
            crypto().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as(Encryption::new);
  }

  public static Arbitrary<Bandwidth> bandwidth() {
    return Combinators.combine(
            XmlArbitraries.text(),
            Arbitraries.oneOf(XmlArbitraries.token(), Arbitraries.just("")),
            attributesOnly())
        .as(Bandwidth::new);
  }

  public static Arbitrary<RtpDescription> description() {
    return Combinators.combine(
            Arbitraries.of("audio", "video", "application").injectNull(0.1),
            unsignedInt().injectNull(0.7),
            payloadType().list().ofMaxSize(4),
            Arbitraries.of(true, false),
            encryption().injectNull(0.7),
            bandwidth().injectNull(0.7),
            XmlArbitraries.extensions())
        .as(RtpDescription::new);
  }

  /** Every RTP session-info payload, in both namespaces. */
  public static Arbitrary<RtpInfo> info() {
    Arbitrary<String> ns = Arbitraries.of(RtpInfo.NAMESPACE, RtpInfo.ERRATUM_NAMESPACE);
    Arbitrary<Extensions> ext = XmlArbitraries.extensions();
    Arbitrary<Creator> creator = Arbitraries.of(Creator.class);
    Arbitrary<String> name = XmlArbitraries.text().injectNull(0.3);
    return Arbitraries.oneOf(
        Combinators.combine(ns, ext).as(Active::new),
        Combinators.combine(ns, ext).as(Hold::new),
        Combinators.combine(ns, ext).as(Unhold::new),
        Combinators.combine(ns, ext).as(Ringing::new),
        Combinators.combine(creator, name, ns, ext).as(Mute::new),
        Combinators.combine(creator, name, ns, ext).as(Unmute::new));
  }

  public static Arbitrary<RtpErrorCondition> errorCondition() {
    return Combinators.combine(Arbitraries.of(RtpError.class), XmlArbitraries.extensions())
        .as(RtpErrorCondition::new);
  }
}
