/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How an endpoint left the conference (RFC 4575 § 5.7.6, {@code disconnection-type}).
 *
 * <p>Accept leniently: a value outside the RFC list (a newer specification, a typo in deployed
 * software) is kept verbatim as {@link Other} rather than refusing the whole document, and is
 * written back unchanged. Known values are always the {@link Known} constants (never an {@code
 * Other} with the same text), so {@code ==} and {@code equals} work on them. Surrounding whitespace
 * is ignored when matching a known value.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7.6">RFC 4575 § 5.7.6</a>
 */
public sealed interface DisconnectionMethod
    permits DisconnectionMethod.Known, DisconnectionMethod.Other {
  DisconnectionMethod DEPARTED = Known.DEPARTED;
  DisconnectionMethod BOOTED = Known.BOOTED;
  DisconnectionMethod FAILED = Known.FAILED;
  DisconnectionMethod BUSY = Known.BUSY;

  /** The wire value. */
  String xml();

  /** The known constant for {@code value}, else an {@link Other} holding it verbatim. */
  static DisconnectionMethod fromXml(String value) {
    Known known = Known.lookup(value);
    return known != null ? known : new Other(value);
  }

  /** The values RFC 4575 defines. */
  enum Known implements DisconnectionMethod {
    DEPARTED("departed"),
    BOOTED("booted"),
    FAILED("failed"),
    BUSY("busy");

    private static final Map<String, Known> BY_XML = XmlEnums.index(values(), Known::xml);
    private final String xml;

    Known(String xml) {
      this.xml = xml;
    }

    @Override
    public String xml() {
      return xml;
    }

    static @Nullable Known lookup(String value) {
      Known k = BY_XML.get(value);
      return k != null ? k : BY_XML.get(value.strip());
    }
  }

  /** A value RFC 4575 does not define, kept verbatim. */
  record Other(String xml) implements DisconnectionMethod {
    public Other {
      requireNonNull(xml, "xml");
      if (Known.lookup(xml) != null) {
        throw new IllegalArgumentException("'" + xml + "' is a known value: use the constant");
      }
    }
  }
}
