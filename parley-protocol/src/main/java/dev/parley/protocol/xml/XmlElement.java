/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

/**
 * An XML element of the model: a typed record with its {@link ElementCodec}, or a {@link
 * ForeignElement} that Parley does not model and preserves verbatim.
 *
 * <p>Extension points (a stanza's payloads, a Jingle content's description and transport, a
 * reason's application condition…) are typed with this interface or a narrower one, so that unknown
 * content always has a place to go.
 */
public interface XmlElement {}
