/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
@NullMarked
package dev.parley.server.meetings;

import org.jspecify.annotations.NullMarked;
