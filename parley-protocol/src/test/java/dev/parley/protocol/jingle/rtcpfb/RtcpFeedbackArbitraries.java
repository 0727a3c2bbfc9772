/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtcpfb;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0293 records. */
public final class RtcpFeedbackArbitraries {
  private RtcpFeedbackArbitraries() {}

  public static Arbitrary<RtcpFeedbackParameter> parameters() {
    return Combinators.combine(
            XmlArbitraries.text(),
            XmlArbitraries.text().injectNull(0.3),
            XmlArbitraries.extensions())
        .as(RtcpFeedbackParameter::new);
  }

  public static Arbitrary<RtcpFeedback> feedback() {
    return Combinators.combine(
            Arbitraries.oneOf(
                Arbitraries.of(
                    RtcpFeedback.NACK, RtcpFeedback.CCM, RtcpFeedback.TRANSPORT_CC, "goog-remb"),
                XmlArbitraries.text()),
            Arbitraries.oneOf(
                    Arbitraries.of(RtcpFeedback.PLI, RtcpFeedback.FIR, "sli", "rpsi"),
                    XmlArbitraries.text())
                .injectNull(0.4),
            parameters().list().ofMaxSize(3),
            XmlArbitraries.extensions())
        .as(RtcpFeedback::new);
  }

  public static Arbitrary<RtcpFeedbackTrrInt> trrInts() {
    return Combinators.combine(
            Arbitraries.longs().between(0, RtcpFeedbackTrrInt.MAX_VALUE),
            XmlArbitraries.extensions())
        .as(RtcpFeedbackTrrInt::new);
  }
}
