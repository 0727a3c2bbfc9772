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
 * The "table header" of a multi-item result form (XEP-0004 § 3.4): {@code <reported>} with one
 * {@code <field/>} per column (a {@code var}, and usually a {@code type} and {@code label}, no
 * value).
 *
 * @param fields the columns
 * @param ext unknown attributes and children
 */
public record Reported(List<Field> fields, Extensions ext) implements XmlElement {
  public Reported {
    fields = List.copyOf(fields);
    requireNonNull(ext, "ext");
  }

  public static Reported of(List<Field> fields) {
    return new Reported(fields, Extensions.NONE);
  }

  /** The column named {@code var}, or {@code null}. */
  public @Nullable Field field(String var) {
    return DataForm.find(fields, var);
  }
}
