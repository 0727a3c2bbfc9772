/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Jitsi Meet links: unguessable room names (random or from a word list), Jitsi's room-name rules
 * for requested ids, and optional JWTs for Prosody's token authentication ({@code
 * jitsi/lib-jitsi-meet:doc/tokens.md}).
 */
@NullMarked
package dev.parley.server.meetings.provider.jitsi;

import org.jspecify.annotations.NullMarked;
