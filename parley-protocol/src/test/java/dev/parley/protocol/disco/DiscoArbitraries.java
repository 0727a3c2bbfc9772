/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import dev.parley.protocol.dataform.DataFormArbitraries;
import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for XEP-0030 records. */
public final class DiscoArbitraries {
  private DiscoArbitraries() {}

  public static Arbitrary<Identity> identity() {
    return Combinators.combine(
            XmlArbitraries.token(),
            XmlArbitraries.token(),
            XmlArbitraries.text().injectNull(0.3),
            XmlArbitraries.token().injectNull(0.6),
            XmlArbitraries.extensions())
        .as(Identity::new);
  }

  public static Arbitrary<Feature> feature() {
    return Combinators.combine(XmlArbitraries.text(), XmlArbitraries.extensions()).as(Feature::new);
  }

  public static Arbitrary<DiscoInfo> discoInfo() {
    return Combinators.combine(
            XmlArbitraries.text().injectNull(0.6),
            identity().list().ofMaxSize(3),
            feature().list().ofMaxSize(5),
            DataFormArbitraries.dataForm().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as(DiscoInfo::new);
  }

  public static Arbitrary<Item> item() {
    return Combinators.combine(
            XmlArbitraries.jid(),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.extensions())
        .as(Item::new);
  }

  public static Arbitrary<DiscoItems> discoItems() {
    return Combinators.combine(
            XmlArbitraries.text().injectNull(0.6),
            item().list().ofMaxSize(4),
            XmlArbitraries.extensions())
        .as(DiscoItems::new);
  }
}
