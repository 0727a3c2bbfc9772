/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/** What the JMI codecs share. */
final class JmiSupport {
  static final Set<String> ID = Set.of("id");

  private JmiSupport() {}

  static QName name(String localName) {
    return new QName(JmiMessage.NAMESPACE, localName);
  }

  /** The content of reject, retract and finish. */
  record Body(
      @Nullable Reason reason, boolean tieBreak, @Nullable String migratedTo, Extensions ext) {}

  /** Reads an element that only has an {@code id}: everything else is an extension. */
  static Extensions readExtensions(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(ID));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return ext.build();
  }

  /**
   * Reads the children of reject, retract or finish: the first {@code <reason/>} of {@code
   * urn:xmpp:jingle:1}, the first {@code <tie-break/>} and, when {@code withMigrated}, the first
   * {@code <migrated to/>}; the rest goes to the extensions.
   */
  static Body readBody(XmlIn in, boolean withMigrated) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(ID));
    Reason reason = null;
    boolean tieBreak = false;
    String migratedTo = null;
    while (in.nextChild()) {
      if (reason == null && in.is(Jingle.NAMESPACE, "reason")) {
        reason = in.read(ReasonCodec.INSTANCE);
      } else if (!tieBreak && in.is(JmiMessage.NAMESPACE, "tie-break")) {
        tieBreak = true;
      } else if (withMigrated && migratedTo == null && in.is(JmiMessage.NAMESPACE, "migrated")) {
        migratedTo = in.requireAttribute("to");
      } else {
        ext.add(in.readElement());
      }
    }
    return new Body(reason, tieBreak, migratedTo, ext.build());
  }

  /** Writes an element that only has an {@code id}. */
  static void writeSimple(String localName, String id, Extensions ext, XmlOut out) {
    out.start(JmiMessage.NAMESPACE, localName).attr("id", id).attrs(ext.attributes());
    out.extensionElements(ext);
    out.end();
  }

  /** Writes reject, retract or finish in the schema's order. */
  static void writeBody(
      String localName,
      String id,
      @Nullable Reason reason,
      boolean tieBreak,
      @Nullable String migratedTo,
      Extensions ext,
      XmlOut out) {
    out.start(JmiMessage.NAMESPACE, localName).attr("id", id).attrs(ext.attributes());
    if (reason != null) {
      ReasonCodec.INSTANCE.write(reason, out);
    }
    if (tieBreak) {
      out.emptyElement(JmiMessage.NAMESPACE, "tie-break");
    }
    if (migratedTo != null) {
      out.start(JmiMessage.NAMESPACE, "migrated").attr("to", migratedTo).end();
    }
    out.extensionElements(ext);
    out.end();
  }
}
