/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;

/**
 * An RTP informational payload, carried by a Jingle {@code session-info} (XEP-0167 § 8): the state
 * of the session, a device or a principal. The receiver acknowledges it with an IQ result.
 *
 * <pre>
 * &lt;jingle action='session-info' sid='…'&gt;
 *   &lt;hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/&gt;
 * &lt;/jingle&gt;
 * </pre>
 *
 * <p>Namespace erratum: XEP-0166's ringing example (§ 6.8, example 30) writes {@code
 * urn:xmpp:jingle:apps:rtp:1:info} instead of {@code urn:xmpp:jingle:apps:rtp:info:1}, and deployed
 * code copied it (JSJaC-Jingle's {@code NS_JINGLE_APPS_RTP_INFO} for every payload, jingle-nodes,
 * MongooseIM's SIP gateway for ringing). Every payload is read in both namespaces and remembers the
 * one it came in ({@link #namespace()}) so that it is written back the same way; records built by
 * the factories and constants use the correct namespace.
 *
 * @see <a href="https://xmpp.org/extensions/xep-0167.html#info">XEP-0167 § 8</a>
 */
public sealed interface RtpInfo extends XmlElement
    permits Active, Hold, Unhold, Mute, Unmute, Ringing {

  /** {@code urn:xmpp:jingle:apps:rtp:info:1}. */
  String NAMESPACE = "urn:xmpp:jingle:apps:rtp:info:1";

  /** The misspelt namespace of XEP-0166's ringing example, accepted on input. */
  String ERRATUM_NAMESPACE = "urn:xmpp:jingle:apps:rtp:1:info";

  /** The namespace this payload is written in: {@link #NAMESPACE} unless read in the erratum. */
  String namespace();

  /** Unknown attributes and children (the schema defines the payloads as empty). */
  Extensions ext();

  /** Whether this payload came in the erratum namespace. */
  default boolean isErratumNamespace() {
    return ERRATUM_NAMESPACE.equals(namespace());
  }

  /** Checks a namespace given to a record constructor. */
  static String checkNamespace(String namespace) {
    if (!NAMESPACE.equals(namespace) && !ERRATUM_NAMESPACE.equals(namespace)) {
      throw new IllegalArgumentException("not an RTP info namespace: " + namespace);
    }
    return namespace;
  }
}
