/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.hdrext;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0294 records. */
public final class HeaderExtensionArbitraries {
  private HeaderExtensionArbitraries() {}

  /** Parameters in either accepted namespace. */
  public static Arbitrary<RtpHeaderExtensionParameter> parameters() {
    return Combinators.combine(
            XmlArbitraries.text(),
            XmlArbitraries.text().injectNull(0.3),
            Arbitraries.of(RtpHeaderExtension.NAMESPACE, RtpHeaderExtensionParameter.RTP_NAMESPACE),
            XmlArbitraries.extensions())
        .as(RtpHeaderExtensionParameter::new);
  }

  public static Arbitrary<RtpHeaderExtension> headerExtensions() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 65535),
            Arbitraries.oneOf(
                Arbitraries.of(
                    RtpHeaderExtension.SSRC_AUDIO_LEVEL, RtpHeaderExtension.CSRC_AUDIO_LEVEL),
                XmlArbitraries.text()),
            Arbitraries.of(RtpHeaderExtension.Senders.class).injectNull(0.5),
            parameters().list().ofMaxSize(3),
            XmlArbitraries.extensions())
        .as(RtpHeaderExtension::new);
  }

  public static Arbitrary<ExtmapAllowMixed> extmapAllowMixed() {
    return XmlArbitraries.extensions().map(ExtmapAllowMixed::new);
  }
}
