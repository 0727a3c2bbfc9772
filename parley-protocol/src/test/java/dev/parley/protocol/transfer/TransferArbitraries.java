/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.transfer;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for the XEP-0251 records. */
public final class TransferArbitraries {
  private TransferArbitraries() {}

  public static Arbitrary<Transfer> transfer() {
    return Combinators.combine(
            XmlArbitraries.jid().injectNull(0.4),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.jid().injectNull(0.3),
            XmlArbitraries.extensions())
        .as(Transfer::new);
  }

  public static Arbitrary<Transferred> transferred() {
    return XmlArbitraries.extensions().map(Transferred::new);
  }
}
