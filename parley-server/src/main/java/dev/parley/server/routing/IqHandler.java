/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * Answers an IQ {@code get} or {@code set} synchronously: returns the result payload ({@code null}
 * for an empty result) or throws {@link StanzaException}. Runs on the serial executor of the
 * request's routing key.
 */
@FunctionalInterface
public interface IqHandler {
  @Nullable XmlElement handle(Iq request) throws StanzaException;
}
