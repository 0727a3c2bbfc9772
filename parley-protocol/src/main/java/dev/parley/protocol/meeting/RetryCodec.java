/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.meeting;

import dev.parley.protocol.time.XmppDateTime;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <retry stamp/>}; {@code stamp} is required and must be an XEP-0082 DateTime. */
public final class RetryCodec implements ElementCodec<Retry> {
  public static final RetryCodec INSTANCE = new RetryCodec();
  private static final Set<String> MODELLED = Set.of("stamp");

  private RetryCodec() {}

  @Override
  public QName name() {
    return new QName(OnlineMeetings.NAMESPACE, "retry");
  }

  @Override
  public Class<Retry> type() {
    return Retry.class;
  }

  @Override
  public Retry read(XmlIn in) {
    var stamp = XmppDateTime.parse(in.requireAttribute("stamp"));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    while (in.nextChild()) {
      ext.add(in.readElement());
    }
    return new Retry(stamp, ext.build());
  }

  @Override
  public void write(Retry r, XmlOut out) {
    out.start(OnlineMeetings.NAMESPACE, "retry")
        .attr("stamp", XmppDateTime.format(r.stamp()))
        .attrs(r.ext().attributes());
    out.extensionElements(r.ext());
    out.end();
  }
}
