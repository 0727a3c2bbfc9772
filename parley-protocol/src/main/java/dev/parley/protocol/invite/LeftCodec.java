/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/** Codec for {@code <left/>} and Dino's legacy {@code <finish/>}; {@code id} is required. */
public final class LeftCodec implements ElementCodec<Left> {
  public static final LeftCodec INSTANCE = new LeftCodec();

  private LeftCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "left");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.DINO_NAMESPACE, "finish"));
  }

  @Override
  public Class<Left> type() {
    return Left.class;
  }

  @Override
  public Left read(XmlIn in) {
    return Answers.read(in, Left::new);
  }

  @Override
  public void write(Left element, XmlOut out) {
    Answers.write(element, element.localName(), out);
  }
}
