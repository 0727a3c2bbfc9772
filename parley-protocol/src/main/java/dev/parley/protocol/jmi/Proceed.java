/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;

/**
 * {@code <proceed xmlns='urn:xmpp:jingle-message:0' id='…'/>}. The callee accepts on this device
 * (XEP-0353 § 3.4), sent to the caller's <strong>full</strong> JID (v0.8.0; earlier versions said
 * bare). The caller then sends session-initiate, with sid = this id, to the full JID that sent the
 * proceed. Conversations acts only on a proceed addressed to its full JID, and adds its OMEMO
 * device id as a {@code <device
 * xmlns='http://gultsch.de/xmpp/drafts/omemo/dlts-srtp-verification'/>} child (kept in {@code
 * ext}). A client MUST NOT proceed by default for strangers (§ 6).
 *
 * @param id the proposal id
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#proceed">XEP-0353 § 3.4</a>
 */
public record Proceed(String id, Extensions ext) implements JmiMessage {
  public Proceed {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Proceed of(String id) {
    return new Proceed(id, Extensions.NONE);
  }
}
