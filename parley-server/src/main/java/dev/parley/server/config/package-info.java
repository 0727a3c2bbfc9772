/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Configuration: HOCON file, {@code reference.conf} defaults, {@code PARLEY_*} environment
 * overrides.
 */
@NullMarked
package dev.parley.server.config;

import org.jspecify.annotations.NullMarked;
