/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <accept/>} in both dialects; {@code id} is required. */
public final class AcceptCodec implements ElementCodec<Accept> {
  public static final AcceptCodec INSTANCE = new AcceptCodec();

  private AcceptCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "accept");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.DINO_NAMESPACE, "accept"));
  }

  @Override
  public Class<Accept> type() {
    return Accept.class;
  }

  @Override
  public Accept read(XmlIn in) {
    Dialect dialect = Dialect.of(in.namespace());
    String id = in.requireAttribute("id");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Answers.ID));
    List<CallMethod> methods = new ArrayList<>(2);
    while (in.nextChild()) {
      XmlElement child = in.readElement();
      if (child instanceof CallMethod method) {
        methods.add(method);
      } else {
        ext.add(child);
      }
    }
    return new Accept(dialect, id, methods, ext.build());
  }

  @Override
  public void write(Accept a, XmlOut out) {
    out.start(a.dialect().namespace(), "accept").attr("id", a.id()).attrs(a.ext().attributes());
    out.elements(a.methods());
    out.extensionElements(a.ext());
    out.end();
  }
}
