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
 * The status of an endpoint in the conference (RFC 4575 § 5.7.3, {@code endpoint-status-type}).
 *
 * <p>Accept leniently: a value outside the RFC list (a newer specification, a typo in deployed
 * software) is kept verbatim as {@link Other} rather than refusing the whole document, and is
 * written back unchanged. Known values are always the {@link Known} constants (never an {@code
 * Other} with the same text), so {@code ==} and {@code equals} work on them. Surrounding whitespace
 * is ignored when matching a known value.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7.3">RFC 4575 § 5.7.3</a>
 */
public sealed interface EndpointStatus permits EndpointStatus.Known, EndpointStatus.Other {
  EndpointStatus PENDING = Known.PENDING;
  EndpointStatus DIALING_OUT = Known.DIALING_OUT;
  EndpointStatus DIALING_IN = Known.DIALING_IN;
  EndpointStatus ALERTING = Known.ALERTING;
  EndpointStatus ON_HOLD = Known.ON_HOLD;
  EndpointStatus CONNECTED = Known.CONNECTED;
  EndpointStatus MUTED_VIA_FOCUS = Known.MUTED_VIA_FOCUS;
  EndpointStatus DISCONNECTING = Known.DISCONNECTING;
  EndpointStatus DISCONNECTED = Known.DISCONNECTED;

  /** The wire value. */
  String xml();

  /** The known constant for {@code value}, else an {@link Other} holding it verbatim. */
  static EndpointStatus fromXml(String value) {
    Known known = Known.lookup(value);
    return known != null ? known : new Other(value);
  }

  /** The values RFC 4575 defines. */
  enum Known implements EndpointStatus {
    PENDING("pending"),
    DIALING_OUT("dialing-out"),
    DIALING_IN("dialing-in"),
    ALERTING("alerting"),
    ON_HOLD("on-hold"),
    CONNECTED("connected"),
    MUTED_VIA_FOCUS("muted-via-focus"),
    DISCONNECTING("disconnecting"),
    DISCONNECTED("disconnected");

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
  record Other(String xml) implements EndpointStatus {
    public Other {
      requireNonNull(xml, "xml");
      if (Known.lookup(xml) != null) {
        throw new IllegalArgumentException("'" + xml + "' is a known value: use the constant");
      }
    }
  }
}
