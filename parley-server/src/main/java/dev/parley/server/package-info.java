/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Parley component: {@link dev.parley.server.Parley} assembles the configuration, the XEP-0114
 * connections, the router, the features and the HTTP endpoints.
 */
@NullMarked
package dev.parley.server;

import org.jspecify.annotations.NullMarked;
