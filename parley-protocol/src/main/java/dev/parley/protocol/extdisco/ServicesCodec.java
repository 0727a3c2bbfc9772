/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <services/>} in both extdisco namespaces. */
public final class ServicesCodec implements ElementCodec<Services> {
  public static final ServicesCodec INSTANCE = new ServicesCodec();
  private static final Set<String> MODELLED = Set.of("type");

  private ServicesCodec() {}

  @Override
  public QName name() {
    return new QName(ExtdiscoNamespace.V2.xml(), "services");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(ExtdiscoNamespace.V1.xml(), "services"));
  }

  @Override
  public Class<Services> type() {
    return Services.class;
  }

  @Override
  public Services read(XmlIn in) {
    ExtdiscoNamespace ns = ExtdiscoCodecs.namespace(in);
    String type = in.attribute("type");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<Service> services = ExtdiscoCodecs.readServices(in, ext);
    return new Services(ns, type, services, ext.build());
  }

  @Override
  public void write(Services s, XmlOut out) {
    out.start(s.namespace().xml(), "services").attr("type", s.type()).attrs(s.ext().attributes());
    ServiceCodec.writeAll(s.services(), out);
    out.extensionElements(s.ext());
    out.end();
  }
}
