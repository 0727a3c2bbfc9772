/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stanza;

import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <error/>} in every stanza content namespace. Lenient on input: a missing {@code
 * type} takes the condition's default, a missing or unknown condition reads as {@code
 * undefined-condition}, children in the order found.
 */
public final class StanzaErrorCodec implements ElementCodec<StanzaError> {
  public static final StanzaErrorCodec INSTANCE = new StanzaErrorCodec();
  private static final Set<String> MODELLED = Set.of("type", "by");

  private StanzaErrorCodec() {}

  @Override
  public QName name() {
    return new QName(StanzaNamespaces.CLIENT, "error");
  }

  @Override
  public Set<QName> names() {
    return StanzaNamespaces.inContent("error");
  }

  @Override
  public Class<StanzaError> type() {
    return StanzaError.class;
  }

  @Override
  public StanzaError read(XmlIn in) {
    String typeValue = in.attribute("type");
    StanzaError.Type type =
        typeValue == null ? null : in.enumAttribute("type", StanzaError.Type::fromXml);
    String by = in.attribute("by");
    List<Attribute> other = in.otherAttributes(MODELLED);
    StanzaError.Condition condition = null;
    String conditionText = null;
    String text = null;
    String textLang = null;
    XmlElement application = null;
    Extensions.Builder ext = Extensions.builder().attributes(other);
    while (in.nextChild()) {
      if (StanzaNamespaces.STANZAS.equals(in.namespace())) {
        if ("text".equals(in.localName())) {
          textLang = in.lang();
          text = in.readText();
        } else if (condition == null) {
          condition =
              StanzaError.Condition.fromXml(in.localName())
                  .orElse(StanzaError.Condition.UNDEFINED_CONDITION);
          String value = in.readText().strip();
          conditionText = condition.carriesUri() && !value.isEmpty() ? value : null;
        } else {
          ext.add(in.readElement());
        }
      } else if (application == null) {
        application = in.readElement();
      } else {
        ext.add(in.readElement());
      }
    }
    if (condition == null) {
      condition = StanzaError.Condition.UNDEFINED_CONDITION;
    }
    return new StanzaError(
        type == null ? condition.defaultType() : type,
        condition,
        conditionText,
        text,
        textLang,
        application,
        by,
        ext.build());
  }

  @Override
  public void write(StanzaError e, XmlOut out) {
    out.start(out.contentNamespace(), "error").attr("type", e.type().xml()).attr("by", e.by());
    out.attrs(e.ext().attributes());
    out.start(StanzaNamespaces.STANZAS, e.condition().xml());
    if (e.conditionText() != null) {
      out.text(e.conditionText());
    }
    out.end();
    if (e.text() != null) {
      out.start(StanzaNamespaces.STANZAS, "text").lang(e.textLang()).text(e.text()).end();
    }
    out.element(e.applicationCondition());
    out.extensionElements(e.ext());
    out.end();
  }
}
