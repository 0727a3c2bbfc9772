/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Galène links: a group per meeting created through Galène's administrative API with stateful
 * tokens ({@code galene-api.md}), or cryptographic tokens for automatic subgroups of one configured
 * group ({@code galene.md}, "Cryptographic tokens").
 */
@NullMarked
package dev.parley.server.meetings.provider.galene;

import org.jspecify.annotations.NullMarked;
