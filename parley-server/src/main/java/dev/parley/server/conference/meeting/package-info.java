/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** The {@code parley} meeting type of the XEP-0483 service: a meeting is a room on this bridge. */
@NullMarked
package dev.parley.server.conference.meeting;

import org.jspecify.annotations.NullMarked;
