/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.delay;

import dev.parley.protocol.time.XmppDateTime;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jxmpp.jid.Jid;

/** Codec for {@code <delay/>}: {@code stamp} is required (XEP-0082 DateTime). */
public final class DelayCodec implements ElementCodec<Delay> {
  public static final DelayCodec INSTANCE = new DelayCodec();
  private static final Set<String> MODELLED = Set.of("stamp", "from");

  private DelayCodec() {}

  @Override
  public QName name() {
    return new QName(Delay.NAMESPACE, "delay");
  }

  @Override
  public Class<Delay> type() {
    return Delay.class;
  }

  @Override
  public Delay read(XmlIn in) {
    Instant stamp = XmppDateTime.parse(in.requireAttribute("stamp"));
    Jid from = in.jidAttribute("from");
    Extensions ext = Extensions.of(in.otherAttributes(MODELLED), List.of());
    return new Delay(stamp, from, in.readText(), ext);
  }

  @Override
  public void write(Delay d, XmlOut out) {
    out.start(Delay.NAMESPACE, "delay")
        .attr("stamp", DateTimeFormatter.ISO_INSTANT.format(d.stamp()))
        .attr("from", d.from() == null ? null : d.from().toString())
        .attrs(d.ext().attributes());
    if (d.reason() != null) {
      out.text(d.reason());
    }
    out.end();
  }
}
