/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.mixer.TickStats;

/**
 * The engine at one instant.
 *
 * @param rooms open rooms
 * @param participants participants in them
 * @param phones open phones
 * @param portsInUse UDP ports held
 * @param ticks the tick threads' timing: the lateness histogram is the goal's "late mixer ticks"
 */
public record EngineStats(
    int rooms, int participants, int phones, int portsInUse, TickStats ticks) {}
