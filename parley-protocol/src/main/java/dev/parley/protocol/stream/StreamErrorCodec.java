/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Codec for {@code <stream:error/>}; an unknown or missing condition reads as {@code
 * undefined-condition}.
 */
public final class StreamErrorCodec implements ElementCodec<StreamError> {
  public static final StreamErrorCodec INSTANCE = new StreamErrorCodec();

  private StreamErrorCodec() {}

  @Override
  public QName name() {
    return new QName(StreamHeader.STREAM_NS, "error");
  }

  @Override
  public Class<StreamError> type() {
    return StreamError.class;
  }

  @Override
  public StreamError read(XmlIn in) {
    StreamError.Condition condition = null;
    String conditionText = null;
    String text = null;
    String textLang = null;
    XmlElement application = null;
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    while (in.nextChild()) {
      if (StreamError.STREAMS_NS.equals(in.namespace())) {
        if ("text".equals(in.localName())) {
          textLang = in.lang();
          text = in.readText();
        } else if (condition == null) {
          condition =
              StreamError.Condition.fromXml(in.localName())
                  .orElse(StreamError.Condition.UNDEFINED_CONDITION);
          String value = in.readText().strip();
          conditionText = value.isEmpty() ? null : value;
        } else {
          ext.add(in.readElement());
        }
      } else if (application == null) {
        application = in.readElement();
      } else {
        ext.add(in.readElement());
      }
    }
    return new StreamError(
        condition == null ? StreamError.Condition.UNDEFINED_CONDITION : condition,
        conditionText,
        text,
        textLang,
        application,
        ext.build());
  }

  @Override
  public void write(StreamError e, XmlOut out) {
    out.start("stream", StreamHeader.STREAM_NS, "error").attrs(e.ext().attributes());
    out.start(StreamError.STREAMS_NS, e.condition().xml());
    if (e.conditionText() != null) {
      out.text(e.conditionText());
    }
    out.end();
    if (e.text() != null) {
      out.start(StreamError.STREAMS_NS, "text").lang(e.textLang()).text(e.text()).end();
    }
    out.element(e.applicationCondition()).extensionElements(e.ext()).end();
  }
}
