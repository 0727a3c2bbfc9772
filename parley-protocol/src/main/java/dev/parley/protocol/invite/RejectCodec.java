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

/** Codec for {@code <reject/>} in both dialects; {@code id} is required. */
public final class RejectCodec implements ElementCodec<Reject> {
  public static final RejectCodec INSTANCE = new RejectCodec();

  private RejectCodec() {}

  @Override
  public QName name() {
    return new QName(CallInvites.NAMESPACE, "reject");
  }

  @Override
  public Set<QName> names() {
    return Set.of(name(), new QName(CallInvites.DINO_NAMESPACE, "reject"));
  }

  @Override
  public Class<Reject> type() {
    return Reject.class;
  }

  @Override
  public Reject read(XmlIn in) {
    return Answers.read(in, Reject::new);
  }

  @Override
  public void write(Reject element, XmlOut out) {
    Answers.write(element, "reject", out);
  }
}
