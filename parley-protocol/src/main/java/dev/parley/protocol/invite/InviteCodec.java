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

/**
 * Codec for {@code <invite/>}; also reads Dino's {@code <propose/>} in both of its namespaces.
 * Children are read through the registry: those that are a {@link CallMethod} become methods, the
 * rest extensions.
 */
public final class InviteCodec implements ElementCodec<Invite> {
  public static final InviteCodec INSTANCE = new InviteCodec();
  private static final Set<String> MODELLED = Set.of("id", "audio", "video", "multi");

  private InviteCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "invite");
  }

  @Override
  public Set<QName> names() {
    return Set.of(
        name(),
        new QName(CallInvites.NAMESPACE, "propose"),
        new QName(CallInvites.DINO_NAMESPACE, "propose"));
  }

  @Override
  public Class<Invite> type() {
    return Invite.class;
  }

  @Override
  public Invite read(XmlIn in) {
    Invite.Variant variant;
    if (CallInvites.DINO_NAMESPACE.equals(in.namespace())) {
      variant = Invite.Variant.DINO_PROPOSE;
    } else {
      variant = "invite".equals(in.localName()) ? Invite.Variant.INVITE : Invite.Variant.PROPOSE;
    }
    String id = in.attribute("id");
    Boolean audio = in.booleanAttribute("audio");
    Boolean video = in.booleanAttribute("video");
    Boolean multi = in.booleanAttribute("multi");
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(MODELLED));
    List<CallMethod> methods = new ArrayList<>(2);
    while (in.nextChild()) {
      XmlElement child = in.readElement();
      if (child instanceof CallMethod method) {
        methods.add(method);
      } else {
        ext.add(child);
      }
    }
    return new Invite(variant, id, audio, video, multi, methods, ext.build());
  }

  @Override
  public void write(Invite i, XmlOut out) {
    out.start(i.dialect().namespace(), i.variant().localName())
        .attr("id", i.id())
        .attr("audio", i.audio())
        .attr("video", i.video())
        .attr("multi", i.multi())
        .attrs(i.ext().attributes());
    out.elements(i.methods());
    out.extensionElements(i.ext());
    out.end();
  }
}
