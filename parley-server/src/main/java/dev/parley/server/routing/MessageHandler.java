/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.XmlElement;

/**
 * Handles a message carrying a payload the handler was registered for. Messages are never answered
 * by the router; a handler that throws {@link StanzaException} causes an error message back to the
 * sender (unless the message was itself an error, RFC 6120 § 8.3.1).
 */
@FunctionalInterface
public interface MessageHandler {
  void handle(Message message, XmlElement payload) throws StanzaException;
}
