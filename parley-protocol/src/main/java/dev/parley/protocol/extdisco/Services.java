/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The list of external services (XEP-0215 § 3.1–3.2): {@code <services xmlns='urn:xmpp:extdisco:2'
 * [type='turn']>} with zero or more {@link Service}s. Empty in an IQ get (optionally filtered by
 * {@code type}); in a result, the services; in an IQ set from the server, a push of changes (each
 * with an {@code action}).
 *
 * @param namespace the namespace received ({@link ExtdiscoNamespace#V2} for new records)
 * @param type the service type asked for or answered, or {@code null} for all
 * @param services the services in document order
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0215.html#usecases">XEP-0215 § 3</a>
 */
public record Services(
    ExtdiscoNamespace namespace, @Nullable String type, List<Service> services, Extensions ext)
    implements XmlElement {

  public Services {
    requireNonNull(namespace, "namespace");
    services = List.copyOf(services);
    requireNonNull(ext, "ext");
  }

  /** A request for every service ({@code type == null}) or for one type. */
  public static Services request(@Nullable String type) {
    return new Services(ExtdiscoNamespace.V2, type, List.of(), Extensions.NONE);
  }

  /** A result (or push) listing {@code services}. */
  public static Services of(@Nullable String type, List<Service> services) {
    return new Services(ExtdiscoNamespace.V2, type, services, Extensions.NONE);
  }

  /** The services of this type ({@code stun}, {@code turn}…). */
  public List<Service> ofType(String serviceType) {
    List<Service> matching = new ArrayList<>();
    for (Service s : services) {
      if (s.type().equals(serviceType)) {
        matching.add(s);
      }
    }
    return List.copyOf(matching);
  }
}
