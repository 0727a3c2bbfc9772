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

/** Codec for {@code <retract/>} in both dialects; {@code id} is required. */
public final class RetractCodec implements ElementCodec<Retract> {
  public static final RetractCodec INSTANCE = new RetractCodec();

  private RetractCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "retract");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.DINO_NAMESPACE, "retract"));
  }

  @Override
  public Class<Retract> type() {
    return Retract.class;
  }

  @Override
  public Retract read(XmlIn in) {
    return Answers.read(in, Retract::new);
  }

  @Override
  public void write(Retract element, XmlOut out) {
    Answers.write(element, "retract", out);
  }
}
