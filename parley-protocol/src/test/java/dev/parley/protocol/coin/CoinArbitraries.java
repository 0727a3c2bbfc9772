/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.coin;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik generators for XEP-0298 records (the RFC 4575 ones are in {@code ConferenceArbitraries}).
 */
public final class CoinArbitraries {
  private CoinArbitraries() {}

  /**
   * Focus markers in every accepted namespace, with or without {@code isfocus}, with extensions.
   */
  public static Arbitrary<CoinFocus> focus() {
    return Combinators.combine(
            Arbitraries.of(true, false).injectNull(0.2),
            Arbitraries.of(CoinFocus.Variant.class),
            XmlArbitraries.extensions())
        .as(CoinFocus::new);
  }
}
