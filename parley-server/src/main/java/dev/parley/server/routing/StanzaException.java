/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * A request Parley refuses because of what the peer asked: the one exception family handlers throw
 * for peer-caused failures. The router turns it into an error reply carrying {@link #error()} and
 * logs it once, at debug level and without a stack trace (a peer's mistake is not our incident).
 */
public class StanzaException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient StanzaError error;

  public StanzaException(StanzaError error) {
    super(describe(error), null, false, false);
    this.error = error;
  }

  public StanzaException(StanzaError.Condition condition, @Nullable String text) {
    this(StanzaError.of(condition, text));
  }

  public StanzaException(
      StanzaError.Condition condition,
      @Nullable String text,
      @Nullable XmlElement applicationCondition) {
    this(StanzaError.of(condition, text).withApplicationCondition(applicationCondition));
  }

  public StanzaError error() {
    return error;
  }

  private static String describe(StanzaError e) {
    return e.condition().xml() + (e.text() == null ? "" : ": " + e.text());
  }
}
