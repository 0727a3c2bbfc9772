/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import org.jspecify.annotations.Nullable;

/**
 * One ICE candidate (XEP-0176 § 5.3), SDP {@code a=candidate} (RFC 8839 § 5.1).
 *
 * <pre>
 * &lt;candidate component='1' foundation='2' generation='0' id='y3s2b30v3r'
 *            ip='192.0.2.3' port='45664' priority='1694498815' protocol='udp'
 *            type='srflx' rel-addr='10.0.1.1' rel-port='8998' network='1'/&gt;
 * </pre>
 *
 * <p><b>Priority.</b> RFC 8445 § 5.1.2.1: {@code priority = 2^24 × type preference + 2^8 × local
 * preference + (256 − component id)}, with a type preference of 0–126 (see {@link
 * CandidateType#recommendedTypePreference()}) and a local preference of 0–65535. A host candidate
 * with the maximal local preference gets 2130706431 for component 1 (RTP) and 2130706430 for
 * component 2 (RTCP); {@link #priority(int, int, int)} computes it. Priorities travel in the 32-bit
 * STUN PRIORITY attribute, so a value above 2^32 − 1 is refused.
 *
 * <p><b>What is required.</b> The XEP-0176 schema requires every attribute except {@code network},
 * {@code rel-addr} and {@code rel-port}. This record requires those a connectivity check cannot do
 * without ({@code component}, {@code foundation}, {@code ip}, {@code port}, {@code priority},
 * {@code protocol}) and the tracking {@code id}, and accepts two omissions: {@code generation},
 * which SDP-to-Jingle converters drop when the SDP candidate line has no {@code generation}
 * extension (Conversations copies the SDP value verbatim, so it omits the attribute whenever the
 * SDP does; Firefox never writes the extension), and {@code type}, which no known client omits but
 * whose absence does not make the address unusable. Omitted values stay {@code null} and are not
 * written back; {@link #effectiveGeneration()} applies the initial generation 0. The {@code id} is
 * not checked to be an {@code NCName} as the schema says: Conversations sends UUIDs and Jitsi hex
 * strings, either of which may start with a digit.
 *
 * <p>{@code tcptype} (RFC 6544 § 4.5: {@code active}, {@code passive}, {@code so}) is not in
 * XEP-0176, but Jitsi sends it on TCP candidates ({@code protocol='tcp'}); it is modelled so that
 * such candidates can be recognised and ignored by a UDP-only agent.
 *
 * @param component the component id: 1 for RTP, 2 for RTCP (1–255)
 * @param foundation candidates with equal foundations share a base and server (RFC 8445 § 5.1.1.3)
 * @param generation the ICE generation, incremented on each ICE restart; {@code null} when omitted
 * @param id an identifier of the candidate for the Jingle session (not used by ICE)
 * @param ip the IPv4 or IPv6 address
 * @param port the port (0–65535)
 * @param priority the priority (0 – 2^32 − 1)
 * @param protocol the transport protocol, {@code udp} (case-insensitive in SDP), or {@code tcp}
 * @param type the candidate type, or {@code null} when omitted
 * @param network the index of the sender's network interface (diagnostic), or {@code null}
 * @param relAddr the related address of a reflexive or relayed candidate, or {@code null}
 * @param relPort the related port, or {@code null}
 * @param tcptype the RFC 6544 TCP candidate type, or {@code null}
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0176.html#protocol-syntax">XEP-0176 § 5.3</a>
 */
public record IceCandidate(
    int component,
    String foundation,
    @Nullable Integer generation,
    String id,
    String ip,
    int port,
    long priority,
    String protocol,
    @Nullable CandidateType type,
    @Nullable Integer network,
    @Nullable String relAddr,
    @Nullable Integer relPort,
    @Nullable String tcptype,
    Extensions ext)
    implements XmlElement {

  /** The largest priority: the STUN PRIORITY attribute is an unsigned 32-bit integer. */
  public static final long MAX_PRIORITY = 0xFFFF_FFFFL;

  /** The only value of {@code protocol} XEP-0176 defines. */
  public static final String UDP = "udp";

  public IceCandidate {
    checkRange("component", component, 1, 255);
    requireNonNull(foundation, "foundation");
    if (generation != null) {
      checkRange("generation", generation, 0, 255);
    }
    requireNonNull(id, "id");
    requireNonNull(ip, "ip");
    checkRange("port", port, 0, 65535);
    if (priority < 0 || priority > MAX_PRIORITY) {
      throw new IllegalArgumentException(
          "priority " + priority + " does not fit the 32-bit STUN PRIORITY attribute");
    }
    requireNonNull(protocol, "protocol");
    if (network != null) {
      checkRange("network", network, 0, 255);
    }
    if (relPort != null) {
      checkRange("rel-port", relPort, 0, 65535);
    }
    requireNonNull(ext, "ext");
  }

  /**
   * A UDP host candidate of generation 0 with the RFC 8445 recommended priority (type preference
   * 126) and the given local preference: what a server endpoint on a public address offers.
   */
  public static IceCandidate host(
      int component, String foundation, String id, String ip, int port, int localPreference) {
    return new IceCandidate(
        component,
        foundation,
        0,
        id,
        ip,
        port,
        priority(CandidateType.HOST.recommendedTypePreference(), localPreference, component),
        UDP,
        CandidateType.HOST,
        null,
        null,
        null,
        null,
        Extensions.NONE);
  }

  /**
   * The RFC 8445 § 5.1.2.1 priority: {@code 2^24 × typePreference + 2^8 × localPreference + (256 −
   * componentId)}.
   *
   * @param typePreference 0–126, see {@link CandidateType#recommendedTypePreference()}
   * @param localPreference 0–65535, 65535 for the preferred interface
   * @param componentId 1–256
   */
  public static long priority(int typePreference, int localPreference, int componentId) {
    checkRange("type preference", typePreference, 0, 126);
    checkRange("local preference", localPreference, 0, 65535);
    checkRange("component id", componentId, 1, 256);
    return ((long) typePreference << 24) + ((long) localPreference << 8) + (256 - componentId);
  }

  /** The generation, 0 (the initial one) when the sender omitted it. */
  public int effectiveGeneration() {
    return generation == null ? 0 : generation;
  }

  /** Whether this is a UDP candidate, the only kind XEP-0176 defines. */
  public boolean isUdp() {
    return UDP.equalsIgnoreCase(protocol);
  }

  private static void checkRange(String what, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          what + " " + value + " is not in [" + min + ", " + max + "]");
    }
  }
}
