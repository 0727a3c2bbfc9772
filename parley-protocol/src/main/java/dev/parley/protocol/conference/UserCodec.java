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

/** Codec for {@code <user/>}. */
public final class UserCodec implements ElementCodec<User> {
  public static final UserCodec INSTANCE = new UserCodec();
  private static final Set<String> MODELLED = Set.of("entity", "state");

  private UserCodec() {}

  @Override
  public QName name() {
    return new QName(NS, "user");
  }

  @Override
  public Class<User> type() {
    return User.class;
  }

  @Override
  public User read(XmlIn in) {
    User.Builder b = User.builder(in.attribute("entity"));
    b.state(in.enumAttribute("state", State::fromXml));
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    boolean displayText = false;
    boolean associatedAors = false;
    boolean roles = false;
    boolean languages = false;
    boolean cascadedFocus = false;
    List<Endpoint> endpoints = new ArrayList<>(1);
    while (in.nextChild()) {
      boolean ours = NS.equals(in.namespace());
      String local = in.localName();
      if (ours && local.equals("endpoint")) {
        endpoints.add(in.read(EndpointCodec.INSTANCE));
      } else if (ours && !displayText && local.equals("display-text")) {
        displayText = true;
        b.displayText(in.readText());
      } else if (ours && !associatedAors && local.equals("associated-aors")) {
        associatedAors = true;
        b.associatedAors(in.read(UrisCodec.ASSOCIATED_AORS));
      } else if (ours && !roles && local.equals("roles")) {
        roles = true;
        b.roles(in.read(RolesCodec.INSTANCE));
      } else if (ours && !languages && local.equals("languages")) {
        languages = true;
        b.languages(Texts.tokens(in.readText()));
      } else if (ours && !cascadedFocus && local.equals("cascaded-focus")) {
        cascadedFocus = true;
        b.cascadedFocus(in.readText());
      } else {
        ext.add(in.readElement());
      }
    }
    return b.endpoints(endpoints).ext(ext.build()).build();
  }

  @Override
  public void write(User u, XmlOut out) {
    out.start(NS, "user")
        .attr("entity", u.entity())
        .attr("state", u.state() == null ? null : u.state().xml())
        .attrs(u.ext().attributes());
    Texts.writeText(out, "display-text", u.displayText());
    if (u.associatedAors() != null) {
      UrisCodec.ASSOCIATED_AORS.write(u.associatedAors(), out);
    }
    if (u.roles() != null) {
      RolesCodec.INSTANCE.write(u.roles(), out);
    }
    Texts.writeTokens(out, "languages", u.languages());
    Texts.writeText(out, "cascaded-focus", u.cascadedFocus());
    for (Endpoint e : u.endpoints()) {
      EndpointCodec.INSTANCE.write(e, out);
    }
    out.extensionElements(u.ext());
    out.end();
  }
}
