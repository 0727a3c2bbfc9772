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

/** Codec for {@code <users/>}. */
public final class UsersCodec implements ElementCodec<Users> {
  public static final UsersCodec INSTANCE = new UsersCodec();
  private static final Set<String> MODELLED = Set.of("state");

  private UsersCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "users");
  }

  @Override
  public Class<Users> type() {
    return Users.class;
  }

  @Override
  public Users read(XmlIn in) {
    State state = in.enumAttribute("state", State::fromXml);
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<User> users = new ArrayList<>();
    while (in.nextChild()) {
      if (in.is(NS, "user")) {
        users.add(in.read(UserCodec.INSTANCE));
      } else {
        ext.add(in.readElement());
      }
    }
    return new Users(state, users, ext.build());
  }

  @Override
  public void write(Users u, XmlOut out) {
    out.start(NS, "users")
        .attr("state", u.state() == null ? null : u.state().xml())
        .attrs(u.ext().attributes());
    for (User user : u.list()) {
      UserCodec.INSTANCE.write(user, out);
    }
    out.extensionElements(u.ext());
    out.end();
  }
}
