/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Jingle behaviour without I/O, shared by the conference bridge ({@code parley-server}) and the
 * client SDK ({@code parley-client}): pure state machines and negotiation helpers over the records
 * of {@code parley-protocol}.
 *
 * <ul>
 *   <li>{@link dev.parley.jingle.session}: XEP-0166 sessions, one immutable {@link
 *       dev.parley.jingle.session.JingleSession} value per session with a pure transition function,
 *       and the {@link dev.parley.jingle.session.JingleSessions} registry;
 *   <li>{@link dev.parley.jingle.jmi}: XEP-0353 Jingle Message Initiation for caller and callee;
 *   <li>{@link dev.parley.jingle.negotiation}: answering XEP-0167 RTP offers, raw-UDP transports,
 *       what an ICE-UDP/DTLS offer carries;
 *   <li>{@link dev.parley.jingle.coin}: the XEP-0298 focus marker.
 * </ul>
 *
 * <p>Nothing here performs I/O, reads the clock or draws random numbers on its own: time is an
 * {@link java.time.Instant} or {@link java.time.Clock} parameter and identifiers come from an
 * injected {@link dev.parley.jingle.IdGenerator}, so every transition is deterministic and can be
 * replayed in tests. The mutable registries are meant for one serial executor (one conference, one
 * client session) and take no locks.
 */
@NullMarked
package dev.parley.jingle;

import org.jspecify.annotations.NullMarked;
