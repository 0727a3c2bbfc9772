/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.dataform;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <reported/>} in {@code jabber:x:data}. */
public final class ReportedCodec implements ElementCodec<Reported> {
  public static final ReportedCodec INSTANCE = new ReportedCodec();

  private ReportedCodec() {}

  @Override
  public QName name() {
    return new QName(DataForm.NAMESPACE, "reported");
  }

  @Override
  public Class<Reported> type() {
    return Reported.class;
  }

  @Override
  public Reported read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    return new Reported(FormItemCodec.readFields(in, ext), ext.build());
  }

  @Override
  public void write(Reported r, XmlOut out) {
    out.start(DataForm.NAMESPACE, "reported").attrs(r.ext().attributes());
    FieldCodec.writeAll(r.fields(), out);
    out.extensionElements(r.ext());
    out.end();
  }
}
