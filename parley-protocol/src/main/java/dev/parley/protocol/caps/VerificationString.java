/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.caps;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.Identity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * XEP-0115 § 5.1 generation and the § 5.4 well-formedness checks, in one pass (the duplicate checks
 * need the same sorting as the generation). See {@link Caps} for the rules and the decisions.
 */
final class VerificationString {
  private VerificationString() {}

  /** Either the string S or the reason the response is ill-formed. */
  record Result(Caps.@Nullable Verification problem, @Nullable String string) {
    static Result of(String s) {
      return new Result(null, s);
    }

    static Result illFormed(Caps.Verification problem) {
      return new Result(problem, null);
    }
  }

  /** "i;octet" (RFC 4790 § 9.3): UTF-8 byte order, which is Unicode code point order. */
  static final Comparator<String> OCTET = VerificationString::compareOctets;

  private static final Comparator<Identity> IDENTITY_ORDER =
      Comparator.comparing(Identity::category, OCTET)
          .thenComparing(Identity::type, OCTET)
          .thenComparing(i -> orEmpty(i.lang()), OCTET)
          .thenComparing(i -> orEmpty(i.name()), OCTET);

  /**
   * By {@code var}; two fields with the same {@code var} (which XEP-0004 forbids) are ordered by
   * their sorted values, so that the string does not depend on their document order.
   */
  private static final Comparator<Field> FIELD_ORDER =
      Comparator.comparing((Field f) -> orEmpty(f.var()), OCTET)
          .thenComparing(VerificationString::sortedValues, VerificationString::compareLists);

  /** A form that takes part in the string, with its {@code FORM_TYPE}. */
  private record TypedForm(String formType, DataForm form) {}

  static Result compute(DiscoInfo info) {
    Identity[] identities = info.identities().toArray(new Identity[0]);
    Arrays.sort(identities, IDENTITY_ORDER);
    for (int i = 1; i < identities.length; i++) {
      if (IDENTITY_ORDER.compare(identities[i - 1], identities[i]) == 0) {
        return Result.illFormed(Caps.Verification.DUPLICATE_IDENTITY);
      }
    }

    String[] features = new String[info.features().size()];
    for (int i = 0; i < features.length; i++) {
      features[i] = info.features().get(i).var();
    }
    Arrays.sort(features, OCTET);
    for (int i = 1; i < features.length; i++) {
      if (features[i - 1].equals(features[i])) {
        return Result.illFormed(Caps.Verification.DUPLICATE_FEATURE);
      }
    }

    List<TypedForm> forms = new ArrayList<>(info.forms().size());
    for (DataForm form : info.forms()) {
      String formType = null;
      boolean eligible = false;
      for (Field f : form.fields()) {
        if (!DataForm.FORM_TYPE.equals(f.var())) {
          continue;
        }
        if (formType == null) {
          // § 5.4 3.6: the (first) FORM_TYPE must be explicitly hidden, else the form is ignored.
          eligible = f.type() == FieldType.HIDDEN && !f.values().isEmpty();
          if (!eligible) {
            break;
          }
          formType = f.values().get(0);
        }
        for (String v : f.values()) {
          if (!v.equals(formType)) {
            return Result.illFormed(Caps.Verification.AMBIGUOUS_FORM_TYPE);
          }
        }
      }
      if (eligible) {
        forms.add(new TypedForm(formType, form));
      }
    }
    forms.sort(Comparator.comparing(TypedForm::formType, OCTET));
    for (int i = 1; i < forms.size(); i++) {
      if (forms.get(i - 1).formType().equals(forms.get(i).formType())) {
        return Result.illFormed(Caps.Verification.DUPLICATE_FORM_TYPE);
      }
    }

    StringBuilder s = new StringBuilder(256);
    for (Identity i : identities) {
      s.append(i.category()).append('/').append(i.type()).append('/');
      s.append(orEmpty(i.lang())).append('/').append(orEmpty(i.name())).append('<');
    }
    for (String f : features) {
      s.append(f).append('<');
    }
    for (TypedForm tf : forms) {
      s.append(tf.formType()).append('<');
      List<Field> fields = new ArrayList<>(tf.form().fields().size());
      for (Field f : tf.form().fields()) {
        // Fields without a var (fixed text) carry no data; FORM_TYPE was appended above.
        if (f.var() != null && !DataForm.FORM_TYPE.equals(f.var())) {
          fields.add(f);
        }
      }
      fields.sort(FIELD_ORDER);
      for (Field f : fields) {
        s.append(f.var()).append('<');
        for (String v : sortedValues(f)) {
          s.append(v).append('<');
        }
      }
    }
    return Result.of(s.toString());
  }

  private static List<String> sortedValues(Field f) {
    String[] values = f.values().toArray(new String[0]);
    Arrays.sort(values, OCTET);
    return Arrays.asList(values);
  }

  private static int compareLists(List<String> a, List<String> b) {
    int n = Math.min(a.size(), b.size());
    for (int i = 0; i < n; i++) {
      int c = compareOctets(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  /**
   * Compares in code point order without decoding: at the first differing UTF-16 unit, surrogates
   * (which encode code points above U+FFFF) must sort after U+E000–U+FFFF, so both ranges are
   * shifted before comparing.
   */
  static int compareOctets(String a, String b) {
    int n = Math.min(a.length(), b.length());
    for (int i = 0; i < n; i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y) {
        return Integer.compare(codePointOrder(x), codePointOrder(y));
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static int codePointOrder(char c) {
    if (c < Character.MIN_SURROGATE) {
      return c;
    }
    return c <= Character.MAX_SURROGATE ? c + 0x2000 : c - 0x800;
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
