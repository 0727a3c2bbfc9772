/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import dev.parley.protocol.jingle.JingleError;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.transfer.Transferred;
import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;

/** The reasons and errors of XEP-0251, in the forms Parley emits. */
public final class TransferReasons {
  private TransferReasons() {}

  /**
   * {@code <reason><success/><text>…</text><transferred/></reason>}: condition, text, then the
   * application condition, in schema order (the XEP's examples put {@code <transferred/>} first).
   */
  public static Reason transferred(String text) {
    return new Reason(
        ReasonCondition.SUCCESS, null, text, null, Transferred.INSTANCE, Extensions.NONE);
  }

  /** Whether a reason carries {@code <transferred/>}, wherever it stands among the children. */
  public static boolean isTransferred(@Nullable Reason reason) {
    return reason != null && reason.find(Transferred.class).isPresent();
  }

  /** Yate's refusal of a request in the wrong state: {@code unexpected-request}, modify. */
  public static StanzaError unacceptableNow() {
    return StanzaError.of(StanzaError.Condition.UNEXPECTED_REQUEST, "Unacceptable in current state")
        .withType(StanzaError.Type.MODIFY);
  }

  /** Yate's refusal of a request without {@code to}: {@code bad-request}, modify. */
  public static StanzaError targetMissing() {
    return StanzaError.of(
            StanzaError.Condition.BAD_REQUEST, "Transfer target is missing or incomplete")
        .withType(StanzaError.Type.MODIFY);
  }

  /** Yate's refusal of an attended request naming the session it arrived on. */
  public static StanzaError sameSession() {
    return StanzaError.of(StanzaError.Condition.BAD_REQUEST, "Can't replace the same session")
        .withType(StanzaError.Type.MODIFY);
  }

  /**
   * A transfer the transferee does not carry out: {@code feature-not-implemented} with {@code
   * <unsupported-info/>} (XEP-0251 § 2, XEP-0166 § 6.8), with a text saying why.
   */
  public static StanzaError notAllowed(String text) {
    return JingleError.UNSUPPORTED_INFO.stanzaError(text);
  }

  /** Whether an error says the peer does not do transfers ({@code unsupported-info}, any type). */
  public static boolean isUnsupported(StanzaError error) {
    return JingleError.of(error).map(e -> e == JingleError.UNSUPPORTED_INFO).orElse(false)
        || error.condition() == StanzaError.Condition.FEATURE_NOT_IMPLEMENTED;
  }
}
