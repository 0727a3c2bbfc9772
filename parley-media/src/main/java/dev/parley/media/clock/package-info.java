/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** The time source the media threads use, injectable so tests run on a manual clock. */
@NullMarked
package dev.parley.media.clock;

import org.jspecify.annotations.NullMarked;
