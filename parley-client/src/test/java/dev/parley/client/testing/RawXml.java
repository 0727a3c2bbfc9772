/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.testing;

import org.jivesoftware.smack.packet.Nonza;
import org.jivesoftware.smack.packet.XmlEnvironment;

/**
 * Literal XML for Smack to write on the stream as it is, to send stanzas exactly as other clients
 * (Dino, Converse) do: {@code connection.sendNonza(new RawXml("<message …/>"))}.
 */
public record RawXml(String xml) implements Nonza {
  @Override
  public String getNamespace() {
    return "jabber:client";
  }

  @Override
  public String getElementName() {
    return "message";
  }

  @Override
  public CharSequence toXML(XmlEnvironment enclosing) {
    return xml;
  }
}
