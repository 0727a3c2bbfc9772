/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a multi-item result form (XEP-0004 § 3.4): {@code <item>} with a {@code <field/>}
 * (carrying its values) for each column of the {@link Reported} header.
 *
 * @param fields the cells
 * @param ext unknown attributes and children
 */
public record FormItem(List<Field> fields, Extensions ext) implements XmlElement {
  public FormItem {
    fields = List.copyOf(fields);
    requireNonNull(ext, "ext");
  }

  public static FormItem of(List<Field> fields) {
    return new FormItem(fields, Extensions.NONE);
  }

  /** The cell of column {@code var}, or {@code null}. */
  public @Nullable Field field(String var) {
    return DataForm.find(fields, var);
  }

  /** The first value of column {@code var}, or {@code null}. */
  public @Nullable String value(String var) {
    Field f = field(var);
    return f == null ? null : f.value();
  }
}
