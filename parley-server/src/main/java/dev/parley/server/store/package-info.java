/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Storage of meetings, quota records and landing links. {@link dev.parley.server.store.Database}
 * opens the database ({@code parley.store.*}: H2 by default, PostgreSQL in production), migrates
 * its schema and provides the stores; the interfaces are what features depend on.
 */
@NullMarked
package dev.parley.server.store;

import org.jspecify.annotations.NullMarked;
