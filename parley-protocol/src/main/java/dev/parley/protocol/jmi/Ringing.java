/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <ringing xmlns='urn:xmpp:jingle-message:0' id='…'/>}. A device of the callee is ringing
 * (XEP-0353 § 3.2), sent to the caller's full JID. Not to be confused with the RTP session-info
 * payload {@link dev.parley.protocol.jingle.rtp.Ringing}.
 *
 * @param id the proposal id
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#ring">XEP-0353 § 3.2</a>
 */
public record Ringing(String id, Extensions ext) implements JmiMessage {
  public Ringing {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Ringing of(String id) {
    return new Ringing(id, Extensions.NONE);
  }
}
