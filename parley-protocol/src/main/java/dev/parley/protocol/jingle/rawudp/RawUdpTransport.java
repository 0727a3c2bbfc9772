/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rawudp;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;

/**
 * The Raw UDP transport of a Jingle content (XEP-0177 § 4).
 *
 * <pre>
 * &lt;transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'&gt;
 *   &lt;candidate component='1' generation='0' id='z7sdjb01hf' ip='208.68.163.214' port='9876'/&gt;   RTP
 *   &lt;candidate component='2' generation='0' id='hg92lsn10b' ip='208.68.163.214' port='9877'/&gt;   RTCP
 * &lt;/transport&gt;
 * </pre>
 *
 * <p>The initiator MUST include its candidate in session-initiate and the responder SHOULD include
 * its own in session-accept; an empty transport is valid (a session-accept answering a
 * transport-replace, XEP-0176 § 6).
 *
 * @param candidates one candidate per component
 * @param ext unknown attributes and child elements
 * @see <a href="https://xmpp.org/extensions/xep-0177.html">XEP-0177</a>
 */
public record RawUdpTransport(List<RawUdpCandidate> candidates, Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:transports:raw-udp:1";

  public RawUdpTransport {
    candidates = List.copyOf(candidates);
    requireNonNull(ext, "ext");
  }

  public static RawUdpTransport of(List<RawUdpCandidate> candidates) {
    return new RawUdpTransport(candidates, Extensions.NONE);
  }
}
