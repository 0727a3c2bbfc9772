/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/** Meeting links for any other service, from a URL template with an {@code {id}} placeholder. */
@NullMarked
package dev.parley.server.meetings.provider.template;

import org.jspecify.annotations.NullMarked;
