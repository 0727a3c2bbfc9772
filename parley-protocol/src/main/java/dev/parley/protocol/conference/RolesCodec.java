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
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <roles/>}. */
public final class RolesCodec implements ElementCodec<Roles> {
  public static final RolesCodec INSTANCE = new RolesCodec();

  private RolesCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "roles");
  }

  @Override
  public Class<Roles> type() {
    return Roles.class;
  }

  @Override
  public Roles read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    List<String> entries = new ArrayList<>(2);
    while (in.nextChild()) {
      if (in.is(NS, "entry")) {
        entries.add(in.readText());
      } else {
        ext.add(in.readElement());
      }
    }
    return new Roles(entries, ext.build());
  }

  @Override
  public void write(Roles r, XmlOut out) {
    out.start(NS, "roles").attrs(r.ext().attributes());
    for (String entry : r.entries()) {
      out.textElement(NS, "entry", entry);
    }
    out.extensionElements(r.ext());
    out.end();
  }
}
