/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * XEP-0483: HTTP Online Meetings (v0.2.0), {@code urn:xmpp:http:online-meetings:0}: asking a
 * service for the URL of a new web meeting (Jitsi Meet, Galene…) and inviting others to it with
 * XEP-0482.
 *
 * <pre>
 * client → service   iq get   &lt;query type='jitsi' [id]&gt;[&lt;desc/&gt;]&lt;/query&gt;      {@link dev.parley.protocol.meeting.MeetingQuery}
 * service → client   iq result &lt;query&gt;                                 {@link dev.parley.protocol.meeting.MeetingResult}
 *                                &lt;initiate type&gt;&lt;url/&gt;[&lt;desc/&gt;]&lt;/initiate&gt; {@link dev.parley.protocol.meeting.Initiate}
 *                                &lt;invite xmlns='urn:xmpp:call-invites:0'&gt;
 *                                  &lt;external uri/&gt; &lt;meeting type desc/&gt;  {@link dev.parley.protocol.meeting.Meeting}
 *                                &lt;/invite&gt;
 *                              &lt;/query&gt;
 *                    iq error  … &lt;retry stamp/&gt; in &lt;error&gt; for quotas   {@link dev.parley.protocol.meeting.Retry}
 * client → invitee   message   the &lt;invite&gt; (audio and video true), then XEP-0482 answers
 * </pre>
 *
 * <p>After the IQ the service plays no further part: accept, reject and left go from client to
 * client. Disco features and the meeting-invite factory are in {@link
 * dev.parley.protocol.meeting.OnlineMeetings}.
 *
 * <p><b>Errata and decisions</b> (see the records for details):
 *
 * <ol>
 *   <li>The prose puts the request in {@code …:invite:0}, every example in {@code …:0}: requests
 *       are accepted in {@code …:0}, {@code …:initiate:0} and {@code …:invite:0}, and the result is
 *       written in the namespace of the request. Parley emits {@code …:0}.
 *   <li>The request is an IQ {@code get} although it has side effects; both {@code get} and {@code
 *       set} are accepted (the IQ type is not this package's concern).
 *   <li>{@code <meeting>} is qualified in the invite but not in the accept example, where it
 *       inherits {@code urn:xmpp:call-invites:0}: both are read; Parley writes the explicit
 *       namespace.
 *   <li>{@code desc} is a child element in {@code <query>} and {@code <initiate>} but an attribute
 *       of {@code <meeting>}.
 *   <li>The request and the result are both {@code <query>}: a query carrying {@code <initiate>} or
 *       {@code <invite>} is a result, any other is a request, whose {@code type} is required
 *       (missing, the request is invalid, so that the service answers {@code bad-request}).
 * </ol>
 *
 * <p>Deployed: three Openfire plugins answer (returning a static base URL, no {@code <meeting>}, no
 * {@code <desc>}), Spark and Converse olmeet ask.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0483.html">XEP-0483</a>
 */
@NullMarked
package dev.parley.protocol.meeting;

import org.jspecify.annotations.NullMarked;
