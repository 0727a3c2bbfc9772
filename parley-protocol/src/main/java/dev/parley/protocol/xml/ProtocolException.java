/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

/**
 * Input that Parley cannot accept: XML that is not well-formed, that declares a DTD or entities,
 * that exceeds a {@link XmlLimits limit}, or an element whose content is invalid for its schema (a
 * missing required attribute, a value out of range).
 *
 * <p>This is the only exception the parsing side of {@code parley-protocol} lets escape for bad
 * input. The router turns it into a {@code bad-request} stanza error (or a stream error when the
 * stream itself is broken).
 */
public final class ProtocolException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What went wrong, coarsely; the message says exactly what. */
  public enum Kind {
    /** The bytes are not well-formed XML (or not UTF-8). */
    MALFORMED,
    /** A DOCTYPE or an entity declaration was present: XMPP forbids them (RFC 6120 § 11.1). */
    DTD_REFUSED,
    /**
     * Depth, attribute count, text size, stanza size or element count exceeded {@link XmlLimits}.
     */
    LIMIT_EXCEEDED,
    /**
     * Well-formed, but not valid for the element: a required attribute or child is missing, a value
     * is invalid.
     */
    INVALID
  }

  private final Kind kind;

  public ProtocolException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public ProtocolException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  /** Shorthand for an {@link Kind#INVALID} exception. */
  public static ProtocolException invalid(String message) {
    return new ProtocolException(Kind.INVALID, message);
  }
}
