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

/** Codec for {@code <sip/>} inside {@code <call-info/>}. */
public final class SipDialogIdCodec implements ElementCodec<SipDialogId> {
  public static final SipDialogIdCodec INSTANCE = new SipDialogIdCodec();

  private SipDialogIdCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "sip");
  }

  @Override
  public Class<SipDialogId> type() {
    return SipDialogId.class;
  }

  @Override
  public SipDialogId read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    String displayText = null;
    String callId = null;
    String fromTag = null;
    String toTag = null;
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && displayText == null && local.equals("display-text")) {
        displayText = in.readText();
      } else if (ours && callId == null && local.equals("call-id")) {
        callId = in.readText();
      } else if (ours && fromTag == null && local.equals("from-tag")) {
        fromTag = in.readText();
      } else if (ours && toTag == null && local.equals("to-tag")) {
        toTag = in.readText();
      } else {
        ext.add(in.readElement());
      }
    }
    return new SipDialogId(displayText, callId, fromTag, toTag, ext.build());
  }

  @Override
  public void write(SipDialogId s, XmlOut out) {
    out.start(NS, "sip").attrs(s.ext().attributes());
    Texts.writeText(out, "display-text", s.displayText());
    Texts.writeText(out, "call-id", s.callId());
    Texts.writeText(out, "from-tag", s.fromTag());
    Texts.writeText(out, "to-tag", s.toTag());
    out.extensionElements(s.ext());
    out.end();
  }
}
