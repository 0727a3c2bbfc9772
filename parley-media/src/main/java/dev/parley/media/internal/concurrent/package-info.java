/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Thread factories for the media threads. Not API. */
@NullMarked
package dev.parley.media.internal.concurrent;

import org.jspecify.annotations.NullMarked;
