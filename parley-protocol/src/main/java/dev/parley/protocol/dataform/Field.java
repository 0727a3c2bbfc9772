/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * A form field (XEP-0004 § 3.2).
 *
 * <pre>
 * &lt;field [var='…'] [type='text-single'] [label='…']&gt;
 *   &lt;desc&gt;…&lt;/desc&gt;                      optional
 *   &lt;required/&gt;                        optional
 *   &lt;value&gt;…&lt;/value&gt;                    zero or more
 *   &lt;option [label='…']&gt;&lt;value&gt;…&lt;/value&gt;&lt;/option&gt;   zero or more (list types)
 * &lt;/field&gt;
 * </pre>
 *
 * <p>Values are kept as the text received; the typed accessors ({@link #booleanValue()}, {@link
 * #jidValues()}…) interpret them. The record does not enforce the XEP's sender rules (a {@code var}
 * on every non-fixed field, at most one value for single-valued types, options only on list types):
 * a receiver tolerates them, and the form-processing code decides what an irregular submission
 * means.
 *
 * <p>An unknown {@code type} is read as {@code null}, so that {@link #effectiveType()} gives {@code
 * text-single} as § 3.3 requires, and the original attribute is kept in {@link #ext()} to be
 * written back unchanged.
 *
 * @param var the field's variable name, or {@code null} (legitimate only for {@code fixed})
 * @param type the type, or {@code null} when absent (or unknown: see above)
 * @param label a human-readable name, or {@code null}
 * @param desc a natural-language description ({@code <desc/>}), or {@code null}
 * @param required whether {@code <required/>} is present
 * @param values the {@code <value/>} texts in document order ({@code <value/>} is the empty string)
 * @param options the options of a list field
 * @param ext unknown attributes (including an unknown {@code type}) and unknown children
 * @see <a href="https://xmpp.org/extensions/xep-0004.html#protocol-field">XEP-0004 § 3.2</a>
 */
public record Field(
    @Nullable String var,
    @Nullable FieldType type,
    @Nullable String label,
    @Nullable String desc,
    boolean required,
    List<String> values,
    List<Option> options,
    Extensions ext)
    implements XmlElement {

  public Field {
    values = List.copyOf(values);
    options = List.copyOf(options);
    requireNonNull(ext, "ext");
    if (type != null) {
      for (Attribute a : ext.attributes()) {
        if (a.name().getNamespaceURI().isEmpty() && "type".equals(a.name().getLocalPart())) {
          throw new IllegalArgumentException("a field with a known type has a second 'type'");
        }
      }
    }
  }

  /** A field with a type and values, nothing else. */
  public static Field of(String var, @Nullable FieldType type, String... values) {
    return new Field(var, type, null, null, false, List.of(values), List.of(), Extensions.NONE);
  }

  /** A field with a type and values, nothing else. */
  public static Field of(String var, @Nullable FieldType type, List<String> values) {
    return new Field(var, type, null, null, false, values, List.of(), Extensions.NONE);
  }

  /** A hidden field. */
  public static Field hidden(String var, String value) {
    return of(var, FieldType.HIDDEN, value);
  }

  /** The XEP-0068 {@code FORM_TYPE} field: hidden, with the form's namespace as its value. */
  public static Field formType(String formType) {
    return hidden(DataForm.FORM_TYPE, formType);
  }

  /** A boolean field, written {@code true} or {@code false}. */
  public static Field bool(String var, boolean value) {
    return of(var, FieldType.BOOLEAN, value ? "true" : "false");
  }

  /** A {@code text-single} field. */
  public static Field text(String var, String value) {
    return of(var, FieldType.TEXT_SINGLE, value);
  }

  /** A {@code jid-single} field. */
  public static Field jid(String var, Jid value) {
    return of(var, FieldType.JID_SINGLE, value.toString());
  }

  /** A {@code jid-multi} field. */
  public static Field jids(String var, Collection<? extends Jid> jids) {
    List<String> values = new ArrayList<>(jids.size());
    for (Jid j : jids) {
      values.add(j.toString());
    }
    return of(var, FieldType.JID_MULTI, values);
  }

  /** A {@code fixed} field without a variable name: descriptive text such as a section header. */
  public static Field fixed(String text) {
    return new Field(
        null, FieldType.FIXED, null, null, false, List.of(text), List.of(), Extensions.NONE);
  }

  /** The type, with an absent or unknown type read as {@code text-single} (XEP-0004 § 3.2–3.3). */
  public FieldType effectiveType() {
    return type == null ? FieldType.TEXT_SINGLE : type;
  }

  /** The first value, or {@code null} when there is none. */
  public @Nullable String value() {
    return values.isEmpty() ? null : values.get(0);
  }

  /**
   * The first value read as an {@code xs:boolean} ({@code true}/{@code 1}, {@code false}/{@code 0},
   * surrounding whitespace ignored), or empty when the field has no value. A boolean field's
   * default is false (XEP-0004 § 3.3), so {@code booleanValue().orElse(false)} gives its meaning in
   * a form; in a submission an absent value can instead mean "unchanged" (§ 3.5).
   *
   * @throws ProtocolException if the value is not an {@code xs:boolean}
   */
  public Optional<Boolean> booleanValue() {
    String v = value();
    if (v == null) {
      return Optional.empty();
    }
    return switch (v.strip()) {
      case "true", "1" -> Optional.of(Boolean.TRUE);
      case "false", "0" -> Optional.of(Boolean.FALSE);
      default -> throw invalid("is not a boolean", v);
    };
  }

  /**
   * The first value as a JID, or {@code null} when the field has no value or an empty one.
   *
   * @throws ProtocolException if the value is not a valid JID
   */
  public @Nullable Jid jidValue() {
    String v = value();
    return v == null || v.isEmpty() ? null : parseJid(v);
  }

  /**
   * Every value as a JID, in order, without duplicates (XEP-0004 § 3.3: duplicate JIDs in a {@code
   * jid-multi} MUST be ignored; JIDs are compared in their normalised form). Empty values are
   * skipped.
   *
   * @throws ProtocolException if a value is not a valid JID
   */
  public List<Jid> jidValues() {
    Set<Jid> jids = new LinkedHashSet<>();
    for (String v : values) {
      if (!v.isEmpty()) {
        jids.add(parseJid(v));
      }
    }
    return List.copyOf(jids);
  }

  public Field withValues(List<String> newValues) {
    return new Field(var, type, label, desc, required, newValues, options, ext);
  }

  public Field withLabel(@Nullable String newLabel) {
    return new Field(var, type, newLabel, desc, required, values, options, ext);
  }

  public Field withDesc(@Nullable String newDesc) {
    return new Field(var, type, label, newDesc, required, values, options, ext);
  }

  public Field withRequired(boolean newRequired) {
    return new Field(var, type, label, desc, newRequired, values, options, ext);
  }

  public Field withOptions(List<Option> newOptions) {
    return new Field(var, type, label, desc, required, values, newOptions, ext);
  }

  private Jid parseJid(String v) {
    try {
      return JidCreate.from(v.strip());
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw invalid("is not a valid JID", v);
    }
  }

  private ProtocolException invalid(String why, String value) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return ProtocolException.invalid("field '" + var + "': value '" + shown + "' " + why);
  }
}
