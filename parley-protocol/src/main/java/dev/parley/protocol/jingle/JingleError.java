/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * The Jingle-specific stanza error conditions of {@code urn:xmpp:jingle:errors:1}, each with the
 * RFC 6120 condition it accompanies and the error type Parley emits.
 *
 * <table>
 *   <caption>Conditions</caption>
 *   <tr><th>Jingle</th><th>XMPP</th><th>type emitted</th><th>when</th></tr>
 *   <tr><td>out-of-order</td><td>unexpected-request</td><td>wait</td>
 *       <td>the action is not allowed in the session's state</td></tr>
 *   <tr><td>tie-break</td><td>conflict</td><td>cancel</td>
 *       <td>the peer's simultaneous request loses (see {@link JingleTieBreak})</td></tr>
 *   <tr><td>unknown-session</td><td>item-not-found</td><td>cancel</td>
 *       <td>the sid is unknown or the session has ended</td></tr>
 *   <tr><td>unsupported-info</td><td>feature-not-implemented</td><td>cancel</td>
 *       <td>a session-info payload is not understood (a MUST)</td></tr>
 *   <tr><td>security-required</td><td>not-acceptable</td><td>cancel</td>
 *       <td>information that must travel over the secured channel arrived unsecured</td></tr>
 * </table>
 *
 * <p>Types: XEP-0166 shows no example for out-of-order; {@code wait} is the type RFC 6120 §
 * 8.3.3.22 pairs with unexpected-request and what Conversations sends (Dino sends {@code modify}).
 * For unsupported-info XEP-0166's example uses {@code modify}, but RFC 6120 § 8.3.3.3 pairs
 * feature-not-implemented with {@code cancel} and Conversations and Dino both send {@code cancel}:
 * Parley emits {@code cancel} (the request will not succeed by being modified and resent) and
 * accepts any type, since the reader only looks at the conditions. security-required is not in the
 * XEP's error table or schema but is defined, with its example, in XEP-0166 § 9 (security
 * preconditions); Parley emits the example's type {@code cancel} (RFC 6120 pairs not-acceptable
 * with modify, but resending the same information unsecured will not help). The other types are
 * those of the XEP's examples and RFC 6120's defaults, which agree.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#errors">XEP-0166 § 10</a>
 */
public enum JingleError {
  OUT_OF_ORDER("out-of-order", StanzaError.Condition.UNEXPECTED_REQUEST, StanzaError.Type.WAIT),
  TIE_BREAK("tie-break", StanzaError.Condition.CONFLICT, StanzaError.Type.CANCEL),
  UNKNOWN_SESSION("unknown-session", StanzaError.Condition.ITEM_NOT_FOUND, StanzaError.Type.CANCEL),
  UNSUPPORTED_INFO(
      "unsupported-info", StanzaError.Condition.FEATURE_NOT_IMPLEMENTED, StanzaError.Type.CANCEL),
  SECURITY_REQUIRED(
      "security-required", StanzaError.Condition.NOT_ACCEPTABLE, StanzaError.Type.CANCEL);

  private static final Map<String, JingleError> BY_XML = XmlEnums.index(values(), JingleError::xml);

  private final String xml;
  private final StanzaError.Condition condition;
  private final StanzaError.Type type;
  private final JingleErrorCondition element;

  JingleError(String xml, StanzaError.Condition condition, StanzaError.Type type) {
    this.xml = xml;
    this.condition = condition;
    this.type = type;
    this.element = new JingleErrorCondition(this, Extensions.NONE);
  }

  /** The local name of the application condition element. */
  public String xml() {
    return xml;
  }

  /** The RFC 6120 condition this Jingle condition accompanies. */
  public StanzaError.Condition condition() {
    return condition;
  }

  /** The error type Parley emits with this condition. */
  public StanzaError.Type type() {
    return type;
  }

  /** The application condition element, e.g. {@code <unknown-session xmlns='…errors:1'/>}. */
  public JingleErrorCondition element() {
    return element;
  }

  /** The complete stanza error to answer a Jingle IQ with. */
  public StanzaError stanzaError() {
    return new StanzaError(type, condition, null, null, null, element, null, Extensions.NONE);
  }

  /** The complete stanza error with human-readable text. */
  public StanzaError stanzaError(String text) {
    return stanzaError().withText(text);
  }

  public static Optional<JingleError> fromXml(String value) {
    return Optional.ofNullable(BY_XML.get(value));
  }

  /**
   * The Jingle condition of a received stanza error, if it carries one (whatever its type and
   * defined condition).
   */
  public static Optional<JingleError> of(StanzaError error) {
    return error.find(JingleErrorCondition.class).map(JingleErrorCondition::error);
  }
}
