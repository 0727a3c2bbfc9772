/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * The peer's candidate that the initiator (the controlling agent) selected for a component, sent in
 * a transport-info once ICE has completed (XEP-0176 § 5.7); SDP {@code a=remote-candidates} (RFC
 * 8839 § 5.2). Informational: a receiver acknowledges it and needs to do nothing else.
 *
 * <pre>
 * &lt;remote-candidate component='1' ip='10.0.1.2' port='9001'/&gt;
 * </pre>
 *
 * @param component the component id (1–255)
 * @param ip the address of the selected candidate, as the peer advertised it
 * @param port its port (0–65535)
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0176.html#protocol-acceptance">XEP-0176 § 5.7</a>
 */
public record RemoteCandidate(int component, String ip, int port, Extensions ext)
    implements XmlElement {
  public RemoteCandidate {
    if (component < 1 || component > 255) {
      throw new IllegalArgumentException("component " + component + " is not in [1, 255]");
    }
    requireNonNull(ip, "ip");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in [0, 65535]");
    }
    requireNonNull(ext, "ext");
  }

  public static RemoteCandidate of(int component, String ip, int port) {
    return new RemoteCandidate(component, ip, port, Extensions.NONE);
  }
}
