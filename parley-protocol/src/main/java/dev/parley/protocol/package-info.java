/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Parley's wire model: an immutable record and one codec per XML element, organised in packages by
 * XEP. {@link dev.parley.protocol.ParleyCodecs#registry()} holds every codec.
 */
@NullMarked
package dev.parley.protocol;

import org.jspecify.annotations.NullMarked;
