/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One ICE candidate as XEP-0176 {@code <candidate/>} and SDP {@code a=candidate} carry it (RFC 8839
 * § 5.1). UDP only.
 *
 * @param foundation the candidate's foundation
 * @param component 1 (RTP) or 2 (RTCP; never ours, we always multiplex)
 * @param priority RFC 8445 § 5.1.2 priority
 * @param ip an IP literal
 * @param port 1–65535
 * @param type host, srflx, prflx or relay
 * @param relatedIp the related address (base or mapped), or null
 * @param relatedPort the related port, 0 when none
 * @param generation the ICE generation (0, +1 per restart)
 */
public record IceCandidate(
    String foundation,
    int component,
    long priority,
    String ip,
    int port,
    Type type,
    @Nullable String relatedIp,
    int relatedPort,
    int generation) {

  /** RFC 8445 § 5.1.1 candidate types, with their SDP/XEP-0176 names. */
  public enum Type {
    HOST("host"),
    SRFLX("srflx"),
    PRFLX("prflx"),
    RELAY("relay");

    private final String xml;

    Type(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    /** The type named {@code s} (case-insensitive). */
    public static Type fromXml(String s) {
      for (Type t : values()) {
        if (t.xml.equals(s.toLowerCase(Locale.ROOT))) {
          return t;
        }
      }
      throw new IllegalArgumentException("unknown candidate type " + s);
    }
  }

  public IceCandidate {
    if (component < 1 || component > 256) {
      throw new IllegalArgumentException("component must be 1-256");
    }
    if (priority < 0 || priority > 0xFFFFFFFFL) {
      throw new IllegalArgumentException("priority must fit 32 bits");
    }
    new Candidate(ip, port); // validates the address
  }

  /** The candidate's address as a raw-UDP candidate. */
  public Candidate address() {
    return new Candidate(ip, port);
  }
}
