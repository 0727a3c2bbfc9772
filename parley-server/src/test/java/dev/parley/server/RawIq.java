/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import org.jivesoftware.smack.packet.IQ;
import org.jxmpp.jid.Jid;

/**
 * A Smack IQ carrying arbitrary payload XML, to send what a test needs (including invalid
 * payloads).
 */
public final class RawIq extends IQ {
  private final String attributes;
  private final String content;

  /**
   * @param attributes written verbatim after the namespace, e.g. {@code " action='bogus' sid='1'"}
   * @param content the payload's children, verbatim, or {@code null} for an empty element
   */
  public RawIq(
      Type type, Jid to, String element, String namespace, String attributes, String content) {
    super(element, namespace);
    setType(type);
    setTo(to);
    this.attributes = attributes;
    this.content = content;
  }

  @Override
  protected IQChildElementXmlStringBuilder getIQChildElementBuilder(
      IQChildElementXmlStringBuilder xml) {
    xml.append(attributes);
    if (content == null) {
      xml.setEmptyElement();
    } else {
      xml.rightAngleBracket();
      xml.append(content);
    }
    return xml;
  }
}
