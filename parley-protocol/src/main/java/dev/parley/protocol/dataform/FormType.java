/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code type} of a data form (XEP-0004 § 3.1): what the form is doing in its exchange.
 *
 * <p>The XEP's prose mentions forms "of type error" once, but neither the table nor the schema
 * defines that value; it is not accepted.
 */
public enum FormType {
  /** The form-processing entity asks the form-submitting entity to complete the form. */
  FORM("form"),
  /** The form-submitting entity submits data. */
  SUBMIT("submit"),
  /** The form-submitting entity cancels the submission. */
  CANCEL("cancel"),
  /** The form-processing entity returns data (a result set, or a generic data set). */
  RESULT("result");

  private static final Map<String, FormType> BY_XML = XmlEnums.index(values(), FormType::xml);
  private final String xml;

  FormType(String xml) {
    this.xml = xml;
  }

  public String xml() {
    return xml;
  }

  public static Optional<FormType> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }
}
