/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * A Jingle Message Initiation payload of a {@code <message type='chat'/>}. Every one carries the
 * {@code id} of the proposal it is about, which is also the id of the Jingle session that follows.
 *
 * <p>XEP-0353 § 5: ids MUST be globally unique (UUIDv4 RECOMMENDED). The id is kept as received
 * (the schema types it as a string); it becomes the Jingle {@code sid}, which XEP-0166 wants to be
 * an XML Nmtoken, which UUIDs are.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0353.html">XEP-0353</a>
 */
public sealed interface JmiMessage extends XmlElement
    permits Propose, Ringing, Proceed, Reject, Retract, Finish, Accept {

  /** {@code urn:xmpp:jingle-message:0}. */
  String NAMESPACE = "urn:xmpp:jingle-message:0";

  /** The proposal id, which is also the Jingle session id. */
  String id();

  /** Unknown attributes and children. */
  Extensions ext();
}
