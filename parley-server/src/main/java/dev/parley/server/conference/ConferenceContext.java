/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.IdGenerator;
import dev.parley.media.MediaEngine;
import dev.parley.server.conference.caps.PeerCapabilities;
import dev.parley.server.conference.media.BridgeMeters;
import dev.parley.server.routing.Router;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What every conference of a bridge shares, injected: the router (stanzas, requests and each room's
 * serial executor), a timer, the clock, the one media engine, ids, settings and policy, Coin
 * capabilities and metrics.
 */
record ConferenceContext(
    Router router,
    ScheduledExecutorService timer,
    Clock clock,
    MediaEngine engine,
    IdGenerator ids,
    BridgeSettings settings,
    RoomPolicy policy,
    PeerCapabilities capabilities,
    BridgeMeters meters) {}
