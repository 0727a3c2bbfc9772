/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * BigBlueButton links: meetings created through the checksummed API, and shareable landing pages on
 * Parley's HTTP server that ask for a name and redirect to a freshly signed, per-user {@code join}
 * URL (the shared secret never leaves Parley).
 */
@NullMarked
package dev.parley.server.meetings.provider.bigbluebutton;

import org.jspecify.annotations.NullMarked;
