/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Concurrency primitives of the SDK; not part of its API. */
@NullMarked
package dev.parley.client.internal.concurrent;

import org.jspecify.annotations.NullMarked;
