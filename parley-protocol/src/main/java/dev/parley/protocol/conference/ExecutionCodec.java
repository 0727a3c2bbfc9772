/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static dev.parley.protocol.conference.Texts.NS;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code execution-type}: one instance per element name it appears under. Not registered
 * (the registry maps a record type to a single codec); parents use these instances.
 */
public final class ExecutionCodec implements ElementCodec<Execution> {
  public static final ExecutionCodec REFERRED = new ExecutionCodec("referred");
  public static final ExecutionCodec JOINING_INFO = new ExecutionCodec("joining-info");
  public static final ExecutionCodec DISCONNECTION_INFO = new ExecutionCodec("disconnection-info");
  public static final ExecutionCodec MODIFIED = new ExecutionCodec("modified");

  private final QName name;

  private ExecutionCodec(String localName) {
    this.name = new QName(NS, localName);
  }

  @Override
  public QName name() {
    return name;
  }

  @Override
  public Class<Execution> type() {
    return Execution.class;
  }

  @Override
  public Execution read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String when = null;
    String reason = null;
    String by = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && when == null && local.equals("when")) {
        when = in.readText();
      } else if (ours && reason == null && local.equals("reason")) {
        reason = in.readText();
      } else if (ours && by == null && local.equals("by")) {
        by = in.readText();
      } else {
        ext.add(in.readElement()); // foreign, or a repeated child: kept, never lost
      }
    }
    return new Execution(when, reason, by, ext.build());
  }

  @Override
  public void write(Execution e, XmlOut out) {
    out.start(NS, name.getLocalPart()).attrs(e.ext().attributes());
    Texts.writeText(out, "when", e.when());
    Texts.writeText(out, "reason", e.reason());
    Texts.writeText(out, "by", e.by());
    out.extensionElements(e.ext());
    out.end();
  }
}
