/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.extdisco;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlIn;
import java.util.ArrayList;
import java.util.List;

/** The codecs of this package. */
public final class ExtdiscoCodecs {
  private ExtdiscoCodecs() {}

  public static List<ElementCodec<?>> all() {
    return List.of(ServicesCodec.INSTANCE, ServiceCodec.INSTANCE, CredentialsCodec.INSTANCE);
  }

  /** The namespace of the element under the cursor (one of the codecs' names). */
  static ExtdiscoNamespace namespace(XmlIn in) {
    String ns = in.namespace();
    return ExtdiscoNamespace.fromXml(ns)
        .orElseThrow(() -> ProtocolException.invalid("not an extdisco namespace: " + ns));
  }

  /** Reads {@code <service/>} children (either namespace); anything else goes to {@code ext}. */
  static List<Service> readServices(XmlIn in, Extensions.Builder ext) {
    List<Service> services = new ArrayList<>();
    while (in.nextChild()) {
      if ("service".equals(in.localName())
          && ExtdiscoNamespace.fromXml(in.namespace()).isPresent()) {
        services.add(in.read(ServiceCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return services;
  }
}
