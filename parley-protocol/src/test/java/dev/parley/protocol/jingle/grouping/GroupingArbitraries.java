/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.grouping;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators for XEP-0338 records. */
public final class GroupingArbitraries {
  private GroupingArbitraries() {}

  public static Arbitrary<Group> groups() {
    return Combinators.combine(
            Arbitraries.oneOf(Arbitraries.of(Group.BUNDLE, Group.LS), XmlArbitraries.text()),
            XmlArbitraries.text().list().ofMaxSize(4),
            XmlArbitraries.extensions())
        .as(Group::new);
  }
}
