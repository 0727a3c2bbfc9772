/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <accept xmlns='urn:xmpp:jingle-message:0' id='…'/>}. Only defined by the schema (a remnant
 * of earlier versions, which had accept instead of proceed). Conversations and Dino send it to
 * their own bare JID when the user answers, so that their other devices stop ringing; Carbons make
 * that redundant in v0.8.0, but receivers should treat it as "answered elsewhere".
 *
 * @param id the proposal id
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#schema">XEP-0353 § 11</a>
 */
public record Accept(String id, Extensions ext) implements JmiMessage {
  public Accept {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Accept of(String id) {
    return new Accept(id, Extensions.NONE);
  }
}
