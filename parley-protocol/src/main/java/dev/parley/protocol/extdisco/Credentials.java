/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * A credentials request or result (XEP-0215 § 3.3): {@code <credentials
 * xmlns='urn:xmpp:extdisco:2'>} with the service identified by {@code host} and {@code type} in the
 * get, and the matching services with their {@code username} and {@code password} in the result.
 * Only {@code :2} defines it.
 *
 * @param services the services in document order
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0215.html#credentials">XEP-0215 § 3.3</a>
 */
public record Credentials(List<Service> services, Extensions ext) implements XmlElement {
  public Credentials {
    services = List.copyOf(services);
    requireNonNull(ext, "ext");
  }

  /** A request for credentials at the service {@code host} of {@code type}. */
  public static Credentials request(String type, String host) {
    return new Credentials(List.of(Service.identifying(type, host, null)), Extensions.NONE);
  }

  public static Credentials of(List<Service> services) {
    return new Credentials(services, Extensions.NONE);
  }
}
