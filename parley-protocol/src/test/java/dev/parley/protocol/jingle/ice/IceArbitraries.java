/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import dev.parley.protocol.jingle.dtls.DtlsArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0176 records. */
public final class IceArbitraries {
  private IceArbitraries() {}

  /** Candidates over the whole accepted ranges, with and without the optional attributes. */
  public static Arbitrary<IceCandidate> candidates() {
    Arbitrary<Object[]> head =
        Combinators.combine(
                Arbitraries.integers().between(1, 255),
                XmlArbitraries.text(),
                Arbitraries.integers().between(0, 255).injectNull(0.3),
                XmlArbitraries.text(),
                Arbitraries.oneOf(
                    Arbitraries.of("192.0.2.1", "2001:db8::9:1", "10.0.1.1"),
                    XmlArbitraries.text()),
                Arbitraries.integers().between(0, 65535),
                Arbitraries.longs().between(0, IceCandidate.MAX_PRIORITY),
                Arbitraries.oneOf(Arbitraries.of("udp", "UDP", "tcp"), XmlArbitraries.token()))
            .as((a, b, c, d, e, f, g, h) -> new Object[] {a, b, c, d, e, f, g, h});
    return Combinators.combine(
            head,
            Arbitraries.of(CandidateType.class).injectNull(0.2),
            Arbitraries.integers().between(0, 255).injectNull(0.5),
            XmlArbitraries.text().injectNull(0.5),
            Arbitraries.integers().between(0, 65535).injectNull(0.5),
            Arbitraries.of("active", "passive", "so").injectNull(0.8),
            XmlArbitraries.extensions())
        .as(
            (h, type, network, relAddr, relPort, tcptype, ext) ->
                new IceCandidate(
                    (Integer) h[0],
                    (String) h[1],
                    (Integer) h[2],
                    (String) h[3],
                    (String) h[4],
                    (Integer) h[5],
                    (Long) h[6],
                    (String) h[7],
                    type,
                    network,
                    relAddr,
                    relPort,
                    tcptype,
                    ext));
  }

  public static Arbitrary<RemoteCandidate> remoteCandidates() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 255),
            XmlArbitraries.text(),
            Arbitraries.integers().between(0, 65535),
            XmlArbitraries.extensions())
        .as(RemoteCandidate::new);
  }

  /**
   * Transports: optional credentials, candidates, remote candidates, and extension children that
   * may include a DTLS fingerprint anywhere among foreign elements.
   */
  public static Arbitrary<IceUdpTransport> transports() {
    Arbitrary<Extensions> ext =
        Combinators.combine(
                XmlArbitraries.extensions(),
                DtlsArbitraries.fingerprints().injectNull(0.4),
                Arbitraries.integers().between(0, 2))
            .as(
                (x, fingerprint, at) -> {
                  if (fingerprint == null) {
                    return x;
                  }
                  List<XmlElement> elements = new ArrayList<>(x.elements());
                  elements.add(Math.min(at, elements.size()), fingerprint);
                  return Extensions.of(x.attributes(), elements);
                });
    return Combinators.combine(
            XmlArbitraries.text().injectNull(0.2),
            XmlArbitraries.text().injectNull(0.2),
            candidates().list().ofMaxSize(3),
            remoteCandidates().list().ofMaxSize(2),
            ext)
        .as(IceUdpTransport::new);
  }
}
