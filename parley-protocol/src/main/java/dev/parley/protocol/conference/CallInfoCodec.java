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

/** Codec for {@code <call-info/>}. */
public final class CallInfoCodec implements ElementCodec<CallInfo> {
  public static final CallInfoCodec INSTANCE = new CallInfoCodec();

  private CallInfoCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "call-info");
  }

  @Override
  public Class<CallInfo> type() {
    return CallInfo.class;
  }

  @Override
  public CallInfo read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    SipDialogId sip = null;
    while (in.nextChild()) {
      if (sip == null && in.is(NS, "sip")) {
        sip = in.read(SipDialogIdCodec.INSTANCE);
      } else {
        ext.add(in.readElement());
      }
    }
    return new CallInfo(sip, ext.build());
  }

  @Override
  public void write(CallInfo c, XmlOut out) {
    out.start(NS, "call-info").attrs(c.ext().attributes());
    if (c.sip() != null) {
      SipDialogIdCodec.INSTANCE.write(c.sip(), out);
    }
    out.extensionElements(c.ext());
    out.end();
  }
}
