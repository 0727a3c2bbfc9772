/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The moderation commands of a room (XEP-0050 on {@code room@component}, BRIDGE-CONTRACTS.md):
 * list, mute, unmute, kick and transfer participants, lock and unlock the room, dial out, end the
 * conference. Each command builds its stages from a {@link
 * dev.parley.server.conference.commands.RoomControl}, the room's narrow moderation interface, so
 * the stages are tested without a room.
 *
 * <p>Allowed for the room's creator, the owners ({@code parley.bridge.owners}) and the
 * administrators ({@code parley.admins}); others get {@code forbidden}. A participant no one is
 * connected as is {@code item-not-found}; a missing field is {@code bad-request} with a text.
 */
@NullMarked
package dev.parley.server.conference.commands;

import org.jspecify.annotations.NullMarked;
