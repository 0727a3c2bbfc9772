/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** Where Parley's unguessable ids and tokens come from. */
@NullMarked
package dev.parley.server.internal.random;

import org.jspecify.annotations.NullMarked;
