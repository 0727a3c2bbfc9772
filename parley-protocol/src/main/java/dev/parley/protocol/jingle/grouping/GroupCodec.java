/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.grouping;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <group/>}: {@code semantics} is required, and so is the {@code name} of each
 * {@code <content/>}.
 */
public final class GroupCodec implements ElementCodec<Group> {
  public static final GroupCodec INSTANCE = new GroupCodec();
  private static final Set<String> MODELLED = Set.of("semantics");

  private GroupCodec() {}

  @Override
  public QName name() {
    return new QName(Group.NAMESPACE, "group");
  }

  @Override
  public Class<Group> type() {
    return Group.class;
  }

  @Override
  public Group read(XmlIn in) {
    String semantics = in.requireAttribute("semantics");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<String> names = new ArrayList<>(4);
    while (in.nextChild()) {
      if (in.is(Group.NAMESPACE, "content")) {
        names.add(in.requireAttribute("name"));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Group(semantics, names, ext.build());
  }

  @Override
  public void write(Group g, XmlOut out) {
    out.start(Group.NAMESPACE, "group")
        .attr("semantics", g.semantics())
        .attrs(g.ext().attributes());
    List<String> names = g.contentNames();
    for (int i = 0; i < names.size(); i++) {
      out.start(Group.NAMESPACE, "content").attr("name", names.get(i)).end();
    }
    out.extensionElements(g.ext()).end();
  }
}
