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
 * A data form (XEP-0004 § 3), {@code <x xmlns='jabber:x:data'/>}.
 *
 * <pre>
 * &lt;x xmlns='jabber:x:data' type='form|submit|cancel|result'&gt;
 *   &lt;title&gt;…&lt;/title&gt;                optional
 *   &lt;instructions&gt;…&lt;/instructions&gt;  zero or more
 *   &lt;field …/&gt;                     zero or more
 *   &lt;reported&gt;&lt;field …/&gt;…&lt;/reported&gt;   optional, result forms
 *   &lt;item&gt;&lt;field …/&gt;…&lt;/item&gt;           zero or more, result forms
 * &lt;/x&gt;
 * </pre>
 *
 * <p>Children are accepted in any order (revisions before 2.12.0 did not fix the order of {@code
 * <reported>} and {@code <item>}, and § 3.4 asks receivers to be flexible) and written in the order
 * above. A second {@code <title>} or {@code <reported>} is kept in {@link #ext()}. The {@code type}
 * attribute is required; a missing or unknown one makes the element invalid.
 *
 * <p>Two different "types" are involved: {@link #type()} is the form's role in the exchange, while
 * {@link #formType()} is the XEP-0068 {@code FORM_TYPE} that names the form's schema.
 *
 * @param type the form's role (XEP-0004 § 3.1)
 * @param title the title, or {@code null}
 * @param instructions the instructions in document order
 * @param fields the top-level fields in document order
 * @param reported the result table header, or {@code null}
 * @param items the result table rows
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0004.html">XEP-0004</a>
 */
public record DataForm(
    FormType type,
    @Nullable String title,
    List<String> instructions,
    List<Field> fields,
    @Nullable Reported reported,
    List<FormItem> items,
    Extensions ext)
    implements XmlElement {

  public static final String NAMESPACE = "jabber:x:data";

  /** The variable name of the XEP-0068 field that names a form's schema. */
  public static final String FORM_TYPE = "FORM_TYPE";

  public DataForm {
    requireNonNull(type, "type");
    instructions = List.copyOf(instructions);
    fields = List.copyOf(fields);
    items = List.copyOf(items);
    requireNonNull(ext, "ext");
  }

  /** A form of this type with these fields and nothing else. */
  public static DataForm of(FormType type, List<Field> fields) {
    return new DataForm(type, null, List.of(), fields, null, List.of(), Extensions.NONE);
  }

  /**
   * A {@code result} form whose first field is the hidden {@code FORM_TYPE}: the shape of an
   * XEP-0128 extension in a disco#info result.
   */
  public static DataForm result(String formType, List<Field> fields) {
    return of(FormType.RESULT, prepend(Field.formType(formType), fields));
  }

  /** A {@code submit} form whose first field is the hidden {@code FORM_TYPE}. */
  public static DataForm submit(String formType, List<Field> fields) {
    return of(FormType.SUBMIT, prepend(Field.formType(formType), fields));
  }

  /**
   * The value of the XEP-0068 {@code FORM_TYPE} field, or {@code null}. The field counts only when
   * it is {@code hidden}, or, in a {@code submit} or {@code cancel} form, has no type at all
   * (XEP-0068 v1.3.0 § 3: submissions may omit field types; a non-hidden {@code FORM_TYPE} in a
   * {@code form} or {@code result} MUST be ignored).
   */
  public @Nullable String formType() {
    Field f = field(FORM_TYPE);
    if (f == null) {
      return null;
    }
    boolean counts =
        f.type() == FieldType.HIDDEN
            || (f.type() == null && (type == FormType.SUBMIT || type == FormType.CANCEL));
    return counts ? f.value() : null;
  }

  /** The first top-level field named {@code var}, or {@code null}. */
  public @Nullable Field field(String var) {
    return find(fields, var);
  }

  /** The first value of the top-level field named {@code var}, or {@code null}. */
  public @Nullable String value(String var) {
    Field f = field(var);
    return f == null ? null : f.value();
  }

  public DataForm withTitle(@Nullable String newTitle) {
    return new DataForm(type, newTitle, instructions, fields, reported, items, ext);
  }

  public DataForm withInstructions(List<String> newInstructions) {
    return new DataForm(type, title, newInstructions, fields, reported, items, ext);
  }

  public DataForm withFields(List<Field> newFields) {
    return new DataForm(type, title, instructions, newFields, reported, items, ext);
  }

  /** A result table: the header and its rows. */
  public DataForm withTable(@Nullable Reported newReported, List<FormItem> newItems) {
    return new DataForm(type, title, instructions, fields, newReported, newItems, ext);
  }

  static @Nullable Field find(List<Field> fields, String var) {
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      if (var.equals(f.var())) {
        return f;
      }
    }
    return null;
  }

  private static List<Field> prepend(Field first, List<Field> rest) {
    Field[] all = new Field[rest.size() + 1];
    all[0] = first;
    for (int i = 0; i < rest.size(); i++) {
      all[i + 1] = rest.get(i);
    }
    return List.of(all);
  }
}
