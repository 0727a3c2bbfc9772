/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * The address a party will receive one component of the media on (XEP-0177 § 4.2).
 *
 * <pre>
 * &lt;candidate component='1' generation='0' id='a9j3mnbtu1' ip='10.1.1.104' port='13540' type='host'/&gt;
 * </pre>
 *
 * <p>Every attribute but {@code type} is required, as the XEP says ("All attributes are REQUIRED")
 * and its schema confirms. XEP-0176's fallback examples (§ 6) omit {@code component}; their
 * fixtures are corrected rather than the rule relaxed. The optional {@code type} is only a hint
 * about the sender's NAT, in the ICE vocabulary, so it reuses {@link CandidateType}.
 *
 * @param component 1 for RTP, 2 for RTCP (1–255)
 * @param generation which version of the candidate is in force, incremented when it changes
 *     mid-session (0–255)
 * @param id identifies the candidate for the session
 * @param ip the IPv4 or IPv6 address
 * @param port the port (0–65535)
 * @param type the candidate type hint, or {@code null}
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0177.html#initiate">XEP-0177 § 4.2</a>
 */
public record RawUdpCandidate(
    int component,
    int generation,
    String id,
    String ip,
    int port,
    @Nullable CandidateType type,
    Extensions ext)
    implements XmlElement {
  public RawUdpCandidate {
    if (component < 1 || component > 255) {
      throw new IllegalArgumentException("component " + component + " is not in [1, 255]");
    }
    if (generation < 0 || generation > 255) {
      throw new IllegalArgumentException("generation " + generation + " is not in [0, 255]");
    }
    requireNonNull(id, "id");
    requireNonNull(ip, "ip");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in [0, 65535]");
    }
    requireNonNull(ext, "ext");
  }

  /** A candidate of generation 0 without a type hint. */
  public static RawUdpCandidate of(int component, String id, String ip, int port) {
    return new RawUdpCandidate(component, 0, id, ip, port, null, Extensions.NONE);
  }
}
