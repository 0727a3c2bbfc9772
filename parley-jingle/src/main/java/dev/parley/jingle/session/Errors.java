/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import dev.parley.protocol.jingle.JingleError;
import dev.parley.protocol.stanza.StanzaError;

/**
 * The errors session handling answers with (XEP-0166 § 10), with the types docs/PROTOCOLS.md fixes:
 * out-of-order wait, tie-break, unknown-session and unsupported-info cancel, bad-request modify.
 */
final class Errors {
  private Errors() {}

  static StanzaError outOfOrder(String text) {
    return JingleError.OUT_OF_ORDER.stanzaError(text);
  }

  static StanzaError tieBreak() {
    return JingleError.TIE_BREAK.stanzaError();
  }

  static StanzaError unknownSession() {
    return JingleError.UNKNOWN_SESSION.stanzaError();
  }

  static StanzaError unsupportedInfo() {
    return JingleError.UNSUPPORTED_INFO.stanzaError();
  }

  static StanzaError badRequest(String text) {
    return StanzaError.of(StanzaError.Condition.BAD_REQUEST, text);
  }
}
