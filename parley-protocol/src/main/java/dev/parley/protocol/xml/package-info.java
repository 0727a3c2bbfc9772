/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The XML machinery under every codec: a StAX cursor ({@link dev.parley.protocol.xml.XmlIn}) and a
 * writer ({@link dev.parley.protocol.xml.XmlOut}), the codec registry, foreign-element preservation
 * and parser limits.
 */
@NullMarked
package dev.parley.protocol.xml;

import org.jspecify.annotations.NullMarked;
