/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

/** Receives a room's events, on the executor given with it (never on a media thread). */
@FunctionalInterface
public interface RoomListener {
  void onEvent(RoomEvent event);
}
