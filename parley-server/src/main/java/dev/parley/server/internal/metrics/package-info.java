/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */

/** Metric helpers shared by the component's features; not part of Parley's API. */
@NullMarked
package dev.parley.server.internal.metrics;

import org.jspecify.annotations.NullMarked;
