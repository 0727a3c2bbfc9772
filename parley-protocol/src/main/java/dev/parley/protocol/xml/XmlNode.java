/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

/** A child of a {@link ForeignElement}: an element or a run of text. */
public sealed interface XmlNode permits ForeignElement, XmlText {}
