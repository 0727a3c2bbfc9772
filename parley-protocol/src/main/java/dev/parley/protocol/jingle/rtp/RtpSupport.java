/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.rtp;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import java.util.Set;
import javax.xml.namespace.QName;

/** What the codecs of this package share. */
final class RtpSupport {
  private RtpSupport() {}

  /** The local name in the correct namespace and in the erratum namespace. */
  static Set<QName> names(String localName) {
    return Set.of(
        new QName(RtpInfo.NAMESPACE, localName), new QName(RtpInfo.ERRATUM_NAMESPACE, localName));
  }

  /** The namespace of the element under the cursor, as one of the two constants. */
  static String namespace(XmlIn in) {
    return RtpInfo.ERRATUM_NAMESPACE.equals(in.namespace())
        ? RtpInfo.ERRATUM_NAMESPACE
        : RtpInfo.NAMESPACE;
  }

  /** Unknown attributes and every child, for elements the schema defines as empty. */
  static Extensions readExtensions(XmlIn in, Set<String> modelled) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(modelled));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return ext.build();
  }
}
