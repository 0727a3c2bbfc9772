/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.caps;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Feature;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators for XEP-0115: caps elements, and well-formed disco#info results. */
public final class CapsArbitraries {
  private CapsArbitraries() {}

  public static Arbitrary<Caps> caps() {
    return Combinators.combine(
            Arbitraries.of("sha-1", "sha-256", "md5").injectNull(0.2),
            XmlArbitraries.text(),
            XmlArbitraries.text(),
            XmlArbitraries.token().injectNull(0.8),
            XmlArbitraries.extensions())
        .as(Caps::new);
  }

  /**
   * disco#info results that § 5.4 accepts: identities distinct in category/type/lang/name, distinct
   * features, forms with distinct hidden {@code FORM_TYPE}s. Text includes markup characters,
   * non-ASCII and astral characters, so sorting is exercised beyond ASCII.
   */
  public static Arbitrary<DiscoInfo> wellFormedInfo() {
    Arbitrary<String> short1 = Arbitraries.of("a", "b", "é", "😀", "\uFF01", "<", "a<b");
    Arbitrary<Identity> identity =
        Combinators.combine(
                short1,
                short1,
                Arbitraries.of("en", "el", "de").injectNull(0.5),
                XmlArbitraries.text().injectNull(0.5))
            .as((c, t, l, n) -> new Identity(c, t, n, l, Extensions.NONE));
    Arbitrary<List<Identity>> identities =
        identity
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            // An absent and an empty name (or language) write the same S: duplicates for § 5.4.
            .uniqueElements(
                i -> List.of(i.category(), i.type(), orEmpty(i.lang()), orEmpty(i.name())));
    Arbitrary<List<String>> features =
        Arbitraries.oneOf(XmlArbitraries.text(), short1).list().ofMaxSize(6).uniqueElements();
    Arbitrary<Field> field =
        Combinators.combine(
                XmlArbitraries.token().filter(v -> !v.equals(DataForm.FORM_TYPE)),
                XmlArbitraries.text().list().ofMaxSize(3))
            .as((var, values) -> Field.of(var, FieldType.TEXT_MULTI, values));
    Arbitrary<List<DataForm>> forms =
        Combinators.combine(
                XmlArbitraries.token().list().ofMaxSize(2).uniqueElements(),
                field.list().ofMaxSize(4))
            .as(
                (types, fields) -> {
                  List<DataForm> list = new ArrayList<>();
                  for (String t : types) {
                    list.add(DataForm.result("urn:example:" + t, fields));
                  }
                  return list;
                });
    return Combinators.combine(identities, features, forms)
        .as(
            (i, f, x) -> {
              List<Feature> fs = new ArrayList<>();
              for (String var : f) {
                fs.add(Feature.of(var));
              }
              return new DiscoInfo(null, i, fs, x, Extensions.NONE);
            });
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
