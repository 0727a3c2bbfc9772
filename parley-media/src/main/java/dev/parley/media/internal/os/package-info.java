/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What the media engine asks of the operating system beyond the JDK (thread scheduling). Not API.
 */
@NullMarked
package dev.parley.media.internal.os;

import org.jspecify.annotations.NullMarked;
