/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0353: Jingle Message Initiation (v0.8.0), {@code urn:xmpp:jingle-message:0}: the message
 * stanzas that ring every device of the callee before a Jingle session starts.
 *
 * <p>Flow (v0.8.0). Every message is {@code type='chat'} and carries a {@code <store
 * xmlns='urn:xmpp:hints'/>} hint, so that Carbons and MAM keep all devices of both parties in sync:
 *
 * <ol>
 *   <li>{@link dev.parley.protocol.jmi.Propose} to the callee's <em>bare</em> JID, with one
 *       description per media; its {@code id} (a UUIDv4) <strong>becomes the Jingle sid</strong>;
 *   <li>{@link dev.parley.protocol.jmi.Ringing} from each ringing device to the caller's full JID;
 *   <li>{@link dev.parley.protocol.jmi.Retract} from the caller to the bare JID to withdraw (reason
 *       default {@code cancel});
 *   <li>{@link dev.parley.protocol.jmi.Proceed} from the answering device to the caller's
 *       <em>full</em> JID (since v0.8.0; earlier versions said bare); the caller then sends
 *       session-initiate with sid = propose id to the full JID that sent the proceed;
 *   <li>{@link dev.parley.protocol.jmi.Reject} to the caller's full JID (reason default {@code
 *       busy});
 *   <li>{@link dev.parley.protocol.jmi.Finish} from each party to the other's full JID when the
 *       session ends (reason {@code success}, {@code expired} or {@code connectivity-error}).
 * </ol>
 *
 * <p>{@link dev.parley.protocol.jmi.Accept} is only in the schema; Conversations and Dino send it
 * to their own bare JID so that their other devices stop ringing.
 *
 * <p>The registrar section of the XEP names the namespace {@code urn:xmpp:jingle:jingle-message:0};
 * that is a typo: the examples, the schema and every client use {@code urn:xmpp:jingle-message:0},
 * the only namespace read and written here.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0353.html">XEP-0353</a>
 */
@NullMarked
package dev.parley.protocol.jmi;

import org.jspecify.annotations.NullMarked;
