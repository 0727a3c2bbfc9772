/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Xml;
import java.io.IOException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jivesoftware.smack.provider.IQProvider;
import org.jivesoftware.smack.provider.ProviderManager;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParser;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * A Smack IQ that keeps its payload's XML exactly as received, so tests can parse it with Parley's
 * own codecs (Smack's {@code UnparsedIQ} escapes the payload when written back). {@link #register}
 * installs it for a payload name.
 */
public final class CapturedIq extends IQ {
  private final String payloadXml;

  private CapturedIq(String element, String namespace, String payloadXml) {
    super(element, namespace);
    this.payloadXml = payloadXml;
  }

  /** Makes Smack parse IQs carrying {@code <element xmlns='namespace'>} as {@link CapturedIq}. */
  public static void register(String element, String namespace) {
    ProviderManager.addIQProvider(
        element,
        namespace,
        new IQProvider<CapturedIq>() {
          @Override
          public CapturedIq parse(XmlPullParser parser, int initialDepth, XmlEnvironment env)
              throws XmlPullParserException, IOException {
            return new CapturedIq(
                element, namespace, PacketParserUtils.parseElement(parser, true).toString());
          }
        });
  }

  /** The payload's XML as received. */
  public String payloadXml() {
    return payloadXml;
  }

  /** The whole IQ as Parley's record. */
  public Iq toParley() {
    StringBuilder sb =
        new StringBuilder("<iq xmlns='jabber:client' type='").append(getType()).append('\'');
    if (getStanzaId() != null) {
      sb.append(" id='").append(getStanzaId()).append('\'');
    }
    if (getFrom() != null) {
      sb.append(" from='").append(getFrom()).append('\'');
    }
    if (getTo() != null) {
      sb.append(" to='").append(getTo()).append('\'');
    }
    sb.append('>').append(payloadXml).append("</iq>");
    return (Iq) Xml.parse(sb.toString(), ParleyCodecs.registry());
  }

  @Override
  protected IQChildElementXmlStringBuilder getIQChildElementBuilder(
      IQChildElementXmlStringBuilder xml) {
    throw new UnsupportedOperationException("received only: use toParley()");
  }

  /**
   * A Smack IQ as Parley's record. Payloads come from {@link CapturedIq}; an error is rebuilt from
   * Smack's parsed fields, because Smack 4.4 writes application error elements back with a broken
   * {@code xmlns:} declaration.
   */
  public static Iq toParley(org.jivesoftware.smack.packet.Stanza reply) {
    if (reply instanceof CapturedIq captured) {
      return captured.toParley();
    }
    IQ iq = (IQ) reply;
    org.jivesoftware.smack.packet.StanzaError e = iq.getError();
    if (e == null) {
      return (Iq) Xml.parse(iq.toXML().toString(), ParleyCodecs.registry());
    }
    StringBuilder sb = new StringBuilder("<iq xmlns='jabber:client' type='error'");
    if (iq.getStanzaId() != null) {
      sb.append(" id='").append(iq.getStanzaId()).append('\'');
    }
    sb.append("><error type='")
        .append(e.getType().toString())
        .append("'><")
        .append(e.getCondition().toString())
        .append(" xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>");
    if (e.getDescriptiveText() != null) {
      sb.append("<text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>")
          .append(org.jivesoftware.smack.util.StringUtils.escapeForXmlText(e.getDescriptiveText()))
          .append("</text>");
    }
    // Smack exposes error extensions only by name: look up the application conditions Parley sends.
    org.jivesoftware.smack.packet.ExtensionElement x =
        e.getExtension("retry", "urn:xmpp:http:online-meetings:0");
    if (x instanceof org.jivesoftware.smack.packet.StandardExtensionElement std) {
      sb.append('<')
          .append(std.getElementName())
          .append(" xmlns='")
          .append(std.getNamespace())
          .append('\'');
      // Smack records the element's namespace declaration as an attribute with an empty name.
      std.getAttributes()
          .forEach(
              (k, v) -> {
                if (!k.isEmpty() && !k.startsWith("xmlns")) {
                  sb.append(' ').append(k).append("='").append(v).append('\'');
                }
              });
      sb.append("/>");
    }
    sb.append("</error></iq>");
    return (Iq) Xml.parse(sb.toString(), ParleyCodecs.registry());
  }
}
