/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Parley's audio media engine: the narrow API that signalling uses (no XMPP types).
 *
 * <pre>{@code
 * MediaEngine engine = MediaEngine.start(MediaConfig.defaults().withPorts(40000, 49999));
 * Room room = engine.createRoom("standup", event -> ..., conferenceExecutor);
 * Participant p = room.addParticipant("alice", offer);   // codecs + raw-UDP candidate
 * MediaAnswer answer = p.answer();                       // chosen codecs (offer's ids) + our candidate
 * p.mute(true); p.hold(true); p.stats(); p.close();
 * }</pre>
 *
 * <h2>WebRTC legs</h2>
 *
 * An offer with {@link IceParameters} (XEP-0176) gets an ICE-UDP leg on one port with rtcp-mux;
 * with {@link DtlsParameters} (XEP-0320) also DTLS-SRTP. The answer carries our ufrag, pwd, host
 * candidates, fingerprint and {@code setup='active'}; the room is the controlled ICE agent. Then:
 *
 * <pre>{@code
 * p.addRemoteCandidates(candidates);             // transport-info from the caller (trickle)
 * // RoomEvent.LocalCandidate  → send a transport-info (STUN server-reflexive candidates)
 * // RoomEvent.TransportReady  → media flows (ICE selected a pair, SRTP keyed)
 * // RoomEvent.TransportFailed → terminate (failed-transport, or security-error if DTLS failed)
 * IceParameters ours = p.restartIce(theirNewCredentials); // ICE restart (XEP-0176 § 6.3)
 * }</pre>
 *
 * To dial out, {@link Room#invite} makes the offer (the room is then the controlling agent and says
 * {@code actpass}) and {@link Invitation#accept} takes the answer.
 *
 * <p>Plain RTP offers are refused when {@link MediaConfig#security()} requires DTLS-SRTP; an offer
 * with a fingerprint is never answered with plain RTP.
 *
 * <h2>Threads</h2>
 *
 * <ul>
 *   <li><b>I/O threads</b> ({@code parley-media-io-N}, {@link MediaConfig#ioThreads()}): receive
 *       datagrams into each participant's bounded inbound queue (see {@link
 *       dev.parley.media.transport}).
 *   <li><b>Tick threads</b> ({@code parley-media-tick-N}, {@link MediaConfig#tickThreads()}): every
 *       20 ms each runs its rooms and phones: drain queues, jitter buffers, decode, mix, encode,
 *       send, RTCP. A room stays on one tick thread, so its state needs no locks.
 *   <li><b>Callers</b> (signalling): create rooms and participants, set flags (mute, hold), read
 *       statistics, close. Membership changes are published to the tick thread through
 *       copy-on-write arrays; closing is done by the tick thread at its next tick (it sends the
 *       RTCP BYE), and the returned future completes when the sockets' ports are free.
 *   <li><b>Events</b> (DTMF digits, media timeouts, BYE) are handed to the executor given with each
 *       room's listener, never run on a media thread.
 * </ul>
 */
@NullMarked
package dev.parley.media;

import org.jspecify.annotations.NullMarked;
