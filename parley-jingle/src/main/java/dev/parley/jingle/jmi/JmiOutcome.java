/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import dev.parley.protocol.stanza.Message;
import java.util.List;

/**
 * What a received message, a command or the passing of time produces: the messages to send, in
 * order (all {@code type='chat'} with a {@code <store/>} hint), and the events.
 */
public record JmiOutcome(List<Message> messages, List<JmiEvent> events) {
  static final JmiOutcome NOTHING = new JmiOutcome(List.of(), List.of());

  public JmiOutcome {
    messages = List.copyOf(messages);
    events = List.copyOf(events);
  }
}
