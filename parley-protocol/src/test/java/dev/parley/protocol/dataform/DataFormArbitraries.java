/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.testing.XmlArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for XEP-0004 records. */
public final class DataFormArbitraries {
  private DataFormArbitraries() {}

  public static Arbitrary<Option> option() {
    return Combinators.combine(
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.text().injectNull(0.1),
            XmlArbitraries.extensions())
        .as(Option::new);
  }

  public static Arbitrary<Field> field() {
    return Combinators.combine(
            XmlArbitraries.token().injectNull(0.1),
            Arbitraries.of(FieldType.class).injectNull(0.3),
            XmlArbitraries.text().injectNull(0.6),
            XmlArbitraries.text().injectNull(0.7),
            Arbitraries.of(true, false),
            XmlArbitraries.text().list().ofMaxSize(3),
            option().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as(Field::new);
  }

  public static Arbitrary<Reported> reported() {
    return Combinators.combine(
            field().list().ofMinSize(1).ofMaxSize(3), XmlArbitraries.extensions())
        .as(Reported::new);
  }

  public static Arbitrary<FormItem> item() {
    return Combinators.combine(
            field().list().ofMinSize(1).ofMaxSize(3), XmlArbitraries.extensions())
        .as(FormItem::new);
  }

  public static Arbitrary<DataForm> dataForm() {
    return Combinators.combine(
            Arbitraries.of(FormType.class),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.text().list().ofMaxSize(2),
            field().list().ofMaxSize(4),
            reported().injectNull(0.7),
            item().list().ofMaxSize(2),
            XmlArbitraries.extensions())
        .as(DataForm::new);
  }
}
