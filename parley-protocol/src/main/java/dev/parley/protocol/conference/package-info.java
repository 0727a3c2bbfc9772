/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * RFC 4575 conference information ({@code urn:ietf:params:xml:ns:conference-info}), the whole
 * schema of § 6, as XEP-0298 (Coin) v0.2 carries it to Jingle participants.
 *
 * <pre>
 * conference-info                   ConferenceInfo         entity, state, version, sid
 *   conference-description          ConferenceDescription
 *     conf-uris, service-uris       Uris of UriEntry
 *     available-media               AvailableMedia of ConferenceMedium (label)
 *   host-info                       HostInfo
 *     uris                          Uris
 *   conference-state                ConferenceState
 *   users                           Users                  state
 *     user                          User                   entity, state
 *       associated-aors             Uris
 *       roles                       Roles
 *       endpoint                    Endpoint               entity, state
 *         referred, joining-info,   Execution
 *         disconnection-info
 *         media                     Media                  id
 *         call-info                 CallInfo
 *           sip                     SipDialogId
 *   sidebars-by-ref                 Uris                   state; entries keyed by uri
 *   sidebars-by-val                 SidebarsByVal          state
 *     entry                         ConferenceInfo         entity, state
 * </pre>
 *
 * <p>Decisions, written once here and on each record:
 *
 * <ul>
 *   <li>Every complex type ends with {@link dev.parley.protocol.xml.Extensions}: the schema's
 *       {@code anyAttribute} and {@code ##other} children, and, leniently, anything else a record
 *       does not model (a repeated child, an unknown element in this namespace). Nothing received
 *       is lost.
 *   <li>Text leaves ({@code display-text}, URIs, {@code src-id}, {@code when}…) are kept verbatim;
 *       numbers and booleans are parsed (a malformed one makes the document invalid).
 *   <li>The four value vocabularies ({@link dev.parley.protocol.conference.EndpointStatus}, {@link
 *       dev.parley.protocol.conference.JoiningMethod}, {@link
 *       dev.parley.protocol.conference.DisconnectionMethod}, {@link
 *       dev.parley.protocol.conference.MediaStatus}) keep a value outside the RFC list verbatim;
 *       {@link dev.parley.protocol.conference.State} is strict because the merge algorithm depends
 *       on it.
 *   <li>Required keys are enforced ({@code conference-info/@entity}, {@code media/@id}, {@code
 *       available-media/entry/@label}, {@code uri-type/uri}); other parts the schema requires
 *       ({@code version}, a medium's {@code type}, SIP dialog identifiers) are optional here so one
 *       sloppy sender cannot make a whole roster unreadable.
 *   <li>The non-RFC {@code sid} attribute on the root is modelled (Jitsi and SylkServer send it;
 *       Parley emits it).
 * </ul>
 *
 * <p>The receiver algorithm of § 4.6 and the sender's diff live in {@link
 * dev.parley.protocol.conference.sync}.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575">RFC 4575</a>
 * @see <a href="https://xmpp.org/extensions/xep-0298.html">XEP-0298</a>
 */
@NullMarked
package dev.parley.protocol.conference;

import org.jspecify.annotations.NullMarked;
