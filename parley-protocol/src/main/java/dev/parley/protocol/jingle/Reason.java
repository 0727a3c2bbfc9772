/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Why a Jingle action was sent: allowed on every action, not only on session-terminate, and reused
 * by XEP-0353 (retract, reject, finish).
 *
 * <pre>
 * &lt;reason xmlns='urn:xmpp:jingle:1'&gt;
 *   &lt;success/&gt;                               condition (exactly one)
 *     or &lt;alternative-session&gt;&lt;sid&gt;…&lt;/sid&gt;&lt;/alternative-session&gt;
 *   &lt;text [xml:lang]&gt;…&lt;/text&gt;                 optional, human-readable
 *   &lt;invalid-crypto xmlns='…rtp:errors:1'/&gt;   optional detail in another namespace
 * &lt;/reason&gt;
 * </pre>
 *
 * <p>The schema fixes the order condition, text, detail; the reader accepts the children in any
 * order (XEP-0251's examples put {@code <transferred/>} before {@code <text>}) and the writer emits
 * the schema order. A condition missing or unknown is invalid: XEP-0166 requires one, and there is
 * nothing sensible to substitute without changing what the peer said.
 *
 * <p>Canonical form: {@code ext} holds only unknown attributes, elements of {@code
 * urn:xmpp:jingle:1} that are not part of the schema, and further elements of other namespaces
 * after {@code detail}; the first element of another namespace is always the detail.
 *
 * @param condition the condition
 * @param alternativeSessionId the {@code <sid>} of {@code <alternative-session>}, or {@code null};
 *     only allowed with {@link ReasonCondition#ALTERNATIVE_SESSION}
 * @param text the human-readable text, or {@code null}
 * @param textLang the {@code xml:lang} of the text, or {@code null}
 * @param detail the more detailed condition from another namespace (XEP-0167 {@code
 *     <crypto-required/>}, XEP-0251 {@code <transferred/>}…), typed when a codec knows it
 * @param ext unknown attributes and further children
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-reason">XEP-0166 § 7.4</a>
 */
public record Reason(
    ReasonCondition condition,
    @Nullable String alternativeSessionId,
    @Nullable String text,
    @Nullable String textLang,
    @Nullable XmlElement detail,
    Extensions ext)
    implements XmlElement {

  public Reason {
    requireNonNull(condition, "condition");
    requireNonNull(ext, "ext");
    if (alternativeSessionId != null && condition != ReasonCondition.ALTERNATIVE_SESSION) {
      throw new IllegalArgumentException(
          "a session id is only carried by alternative-session, not " + condition.xml());
    }
    if (textLang != null && text == null) {
      throw new IllegalArgumentException("xml:lang without text");
    }
  }

  /** A reason with only a condition. */
  public static Reason of(ReasonCondition condition) {
    return new Reason(condition, null, null, null, null, Extensions.NONE);
  }

  /** A reason with a condition and human-readable text. */
  public static Reason of(ReasonCondition condition, @Nullable String text) {
    return new Reason(condition, null, text, null, null, Extensions.NONE);
  }

  /** {@code <alternative-session><sid>sid</sid></alternative-session>}. */
  public static Reason alternativeSession(String sid) {
    return new Reason(
        ReasonCondition.ALTERNATIVE_SESSION,
        requireNonNull(sid, "sid"),
        null,
        null,
        null,
        Extensions.NONE);
  }

  public Reason withText(@Nullable String newText) {
    return new Reason(
        condition, alternativeSessionId, newText, newText == null ? null : textLang, detail, ext);
  }

  public Reason withDetail(@Nullable XmlElement newDetail) {
    return new Reason(condition, alternativeSessionId, text, textLang, newDetail, ext);
  }

  /** The detail element if it is of this type. */
  public <T extends XmlElement> Optional<T> detail(Class<T> type) {
    return type.isInstance(detail) ? Optional.of(type.cast(detail)) : Optional.empty();
  }

  /** The first element of this type among the detail and the extension children. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    if (type.isInstance(detail)) {
      return Optional.of(type.cast(detail));
    }
    return Optional.ofNullable(ext.element(type));
  }
}
