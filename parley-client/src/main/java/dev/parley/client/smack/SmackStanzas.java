/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlOut;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.ErrorIQ;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.StandardExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Smack's stanzas and elements as Parley records, whatever Smack parsed them into: a {@link
 * ParleyExtension} is unwrapped, a {@code StandardExtensionElement} (an element no provider claims)
 * is rebuilt from its parts, and Smack's own element classes are written with Smack and read back
 * with Parley's codecs. So stanza ids, delays and call invites all come out typed by Parley,
 * without Parley claiming those names in Smack's global provider registry.
 *
 * <p>Meant for the few stanzas an application acts on (filter first: each payload costs one
 * serialisation and one parse).
 */
public final class SmackStanzas {
  private static final Logger LOG = LoggerFactory.getLogger(SmackStanzas.class);

  private SmackStanzas() {}

  /**
   * A Smack message as Parley's record. A payload Parley cannot read back is left out (and logged
   * at debug level) rather than failing the whole message; Smack reports an absent {@code type} as
   * {@code normal}.
   */
  public static Message message(org.jivesoftware.smack.packet.Message m, CodecRegistry r) {
    List<XmlElement> payloads = new ArrayList<>();
    for (ExtensionElement e : m.getExtensions()) {
      if (e instanceof org.jivesoftware.smack.packet.Message.Body
          || e instanceof org.jivesoftware.smack.packet.Message.Subject
          || e instanceof org.jivesoftware.smack.packet.Message.Thread) {
        continue; // fields of the record
      }
      XmlElement payload = elementOrNull(e, r);
      if (payload != null) {
        payloads.add(payload);
      }
    }
    return new Message(
        Message.Type.fromXml(m.getType().name()).orElse(null),
        m.getStanzaId(),
        m.getFrom(),
        m.getTo(),
        m.getLanguage(),
        m.getSubject(),
        m.getBody(),
        m.getThread(),
        payloads,
        m.getError() == null ? null : error(m.getError(), r),
        Extensions.NONE);
  }

  /**
   * A Smack IQ as Parley's record: a {@link ParleyIq}'s payload as read, any other child (an IQ
   * Smack parsed with a provider of its own) written with Smack and read back with Parley's codecs,
   * an error's {@code <error/>} typed. A child Parley refuses is left out (and logged at debug
   * level), so that the IQ can still be answered.
   */
  public static Iq iq(IQ iq, CodecRegistry r) {
    List<XmlElement> payloads = new ArrayList<>(1);
    if (iq instanceof ParleyIq p) {
      payloads.add(p.payload());
    } else if (!(iq instanceof ErrorIQ) && iq.getChildElementName() != null) {
      try {
        payloads.add(Xml.parse(iq.getChildElementXML().toString(), r));
      } catch (ProtocolException invalid) {
        LOG.debug("leaving out {}: {}", iq.getChildElementQName(), invalid.getMessage());
      }
    }
    return new Iq(
        Iq.Type.fromXml(iq.getType().toString()).orElseThrow(),
        iq.getStanzaId(),
        iq.getFrom(),
        iq.getTo(),
        iq.getLanguage(),
        payloads,
        iq.getError() == null ? null : error(iq.getError(), r),
        Extensions.NONE);
  }

  /**
   * A Smack stanza error as Parley's record, its application condition typed (an XEP-0483 {@code
   * <retry/>}…).
   */
  public static StanzaError error(
      org.jivesoftware.smack.packet.StanzaError error, CodecRegistry r) {
    try {
      return (StanzaError) Xml.parse(error.toXML(XmlEnvironment.EMPTY).toString(), r);
    } catch (ProtocolException | ClassCastException unreadable) {
      // Smack wrote something Parley does not read as an error: keep what Smack parsed.
      LOG.debug("reading the stanza error from its parts: {}", unreadable.getMessage());
      StanzaError.Condition condition =
          StanzaError.Condition.fromXml(error.getCondition().toString())
              .orElse(StanzaError.Condition.UNDEFINED_CONDITION);
      StanzaError.Type type =
          StanzaError.Type.fromXml(error.getType().toString()).orElse(condition.defaultType());
      return StanzaError.of(condition, error.getDescriptiveText()).withType(type);
    }
  }

  /**
   * Any Smack element as a Parley record (typed, or a {@code ForeignElement}).
   *
   * @throws ProtocolException when Parley refuses the element
   */
  public static XmlElement element(ExtensionElement element, CodecRegistry r) {
    if (element instanceof ParleyExtension p) {
      return p.element();
    }
    if (element instanceof StandardExtensionElement s) {
      StringBuilder sb = new StringBuilder(128);
      writeStandard(s, XmlOut.document(sb, r, "jabber:client"), Map.of());
      return Xml.parse(sb.toString(), r);
    }
    return Xml.parse(element.toXML(XmlEnvironment.EMPTY).toString(), r);
  }

  private static @Nullable XmlElement elementOrNull(ExtensionElement e, CodecRegistry r) {
    try {
      return element(e, r);
    } catch (ProtocolException invalid) {
      LOG.debug("leaving out {}: {}", e.getQName(), invalid.getMessage());
      return null;
    }
  }

  /**
   * Writes a {@code StandardExtensionElement} from its parts. Smack keeps prefix declarations among
   * its attributes ({@code xmlns:p}); they resolve the prefixed attributes, and XmlOut declares
   * what it needs itself.
   */
  private static void writeStandard(
      StandardExtensionElement e, XmlOut out, Map<String, String> inheritedPrefixes) {
    Map<String, String> prefixes = new HashMap<>(inheritedPrefixes);
    for (Map.Entry<String, String> a : e.getAttributes().entrySet()) {
      if (a.getKey().startsWith("xmlns:")) {
        prefixes.put(a.getKey().substring("xmlns:".length()), a.getValue());
      }
    }
    out.start(e.getNamespace() == null ? "" : e.getNamespace(), e.getElementName());
    for (Map.Entry<String, String> a : e.getAttributes().entrySet()) {
      String key = a.getKey();
      int colon = key.indexOf(':');
      if (key.equals("xmlns") || key.startsWith("xmlns:")) {
        continue;
      }
      if (colon < 0) {
        out.attr(key, a.getValue());
        continue;
      }
      String prefix = key.substring(0, colon);
      String ns = "xml".equals(prefix) ? XmlOut.XML_NS : prefixes.get(prefix);
      if (ns != null) {
        out.attr(new QName(ns, key.substring(colon + 1), prefix), a.getValue());
      }
    }
    if (e.getText() != null) {
      out.text(e.getText());
    }
    for (StandardExtensionElement child : e.getElements()) {
      writeStandard(child, out, prefixes);
    }
    out.end();
  }
}
