/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.DataFormCodec;
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

/**
 * Codec for {@code <service/>} in both extdisco namespaces; {@code host} and {@code type} are
 * required.
 */
public final class ServiceCodec implements ElementCodec<Service> {
  public static final ServiceCodec INSTANCE = new ServiceCodec();
  private static final Set<String> MODELLED =
      Set.of(
          "action",
          "expires",
          "host",
          "name",
          "password",
          "port",
          "restricted",
          "transport",
          "type",
          "username");

  private ServiceCodec() {}

  @Override
  public QName name() {
    return new QName(ExtdiscoNamespace.V2.xml(), "service");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(ExtdiscoNamespace.V1.xml(), "service"));
  }

  @Override
  public Class<Service> type() {
    return Service.class;
  }

  @Override
  public Service read(XmlIn in) {
    ExtdiscoNamespace ns = ExtdiscoCodecs.namespace(in);
    Service.Action action = in.enumAttribute("action", Service.Action::fromXml);
    String expiresValue = in.attribute("expires");
    Instant expires = expiresValue == null ? null : XmppDateTime.parse(expiresValue);
    String host = in.requireAttribute("host");
    String name = in.attribute("name");
    String password = in.attribute("password");
    Integer port = in.intAttribute("port", 0, 65535);
    Boolean restricted = in.booleanAttribute("restricted");
    String transport = in.attribute("transport");
    String type = in.requireAttribute("type");
    String username = in.attribute("username");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    DataForm form = null;
    while (in.nextChild()) {
      if (form == null && in.is(DataForm.NAMESPACE, "x")) {
        form = in.read(DataFormCodec.INSTANCE);
      } else {
        ext.add(in.readElement());
      }
    }
    return new Service(
        ns,
        action,
        expires,
        host,
        name,
        password,
        port,
        restricted,
        transport,
        type,
        username,
        form,
        ext.build());
  }

  @Override
  public void write(Service s, XmlOut out) {
    out.start(s.namespace().xml(), "service")
        .attr("action", s.action() == null ? null : s.action().xml())
        .attr(
            "expires",
            s.expires() == null ? null : DateTimeFormatter.ISO_INSTANT.format(s.expires()))
        .attr("host", s.host())
        .attr("name", s.name())
        .attr("password", s.password())
        .attr("port", s.port())
        .attr("restricted", s.restricted())
        .attr("transport", s.transport())
        .attr("type", s.type())
        .attr("username", s.username())
        .attrs(s.ext().attributes());
    if (s.form() != null) {
      DataFormCodec.INSTANCE.write(s.form(), out);
    }
    out.extensionElements(s.ext());
    out.end();
  }

  static void writeAll(List<Service> services, XmlOut out) {
    for (int i = 0; i < services.size(); i++) {
      INSTANCE.write(services.get(i), out);
    }
  }
}
