/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlIn;
import dev.parley.protocol.xml.XmlOut;
import java.util.Set;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;

/**
 * Codec for {@code <reason/>} in {@code urn:xmpp:jingle:1}. Children are accepted in any order; the
 * first known condition, the first {@code <text>} and the first element of another namespace are
 * modelled, anything else is kept in {@link Reason#ext()}. Attributes and children of the condition
 * element itself (other than the alternative session's {@code <sid>}) are not kept: the schema
 * defines them as empty.
 */
public final class ReasonCodec implements ElementCodec<Reason> {
  public static final ReasonCodec INSTANCE = new ReasonCodec();
  private static final QName NAME = new QName(Jingle.NAMESPACE, "reason");

  private ReasonCodec() {}

  @Override
  public QName name() {
    return NAME;
  }

  @Override
  public Class<Reason> type() {
    return Reason.class;
  }

  @Override
  public Reason read(XmlIn in) {
    Extensions.Builder ext = Extensions.builder().attributes(in.otherAttributes(Set.of()));
    ReasonCondition condition = null;
    String alternativeSessionId = null;
    String text = null;
    String textLang = null;
    XmlElement detail = null;
    while (in.nextChild()) {
      if (Jingle.NAMESPACE.equals(in.namespace())) {
        String local = in.localName();
        ReasonCondition c;
        if (text == null && "text".equals(local)) {
          textLang = in.lang();
          text = in.readText();
        } else if (condition == null && (c = ReasonCondition.fromXml(local).orElse(null)) != null) {
          condition = c;
          if (c == ReasonCondition.ALTERNATIVE_SESSION) {
            alternativeSessionId = in.read(AlternativeSessionCodec.INSTANCE).sid();
          }
        } else {
          ext.add(in.readElement());
        }
      } else if (detail == null) {
        detail = in.readElement();
      } else {
        ext.add(in.readElement());
      }
    }
    if (condition == null) {
      throw ProtocolException.invalid("<reason/> lacks a known condition");
    }
    return new Reason(condition, alternativeSessionId, text, textLang, detail, ext.build());
  }

  @Override
  public void write(Reason r, XmlOut out) {
    out.start(Jingle.NAMESPACE, "reason").attrs(r.ext().attributes());
    if (r.condition() == ReasonCondition.ALTERNATIVE_SESSION) {
      out.start(Jingle.NAMESPACE, "alternative-session");
      out.textElement(Jingle.NAMESPACE, "sid", r.alternativeSessionId());
      out.end();
    } else {
      out.emptyElement(Jingle.NAMESPACE, r.condition().xml());
    }
    if (r.text() != null) {
      out.start(Jingle.NAMESPACE, "text").lang(r.textLang());
      if (!r.text().isEmpty()) {
        out.text(r.text());
      }
      out.end();
    }
    out.element(r.detail());
    out.extensionElements(r.ext());
    out.end();
  }

  /** The content of {@code <alternative-session>}: its optional {@code <sid>}. */
  private record AlternativeSession(@Nullable String sid) implements XmlElement {}

  /** Reads {@code <alternative-session>}; never registered, never writes. */
  private static final class AlternativeSessionCodec implements ElementCodec<AlternativeSession> {
    static final AlternativeSessionCodec INSTANCE = new AlternativeSessionCodec();

    @Override
    public QName name() {
      return new QName(Jingle.NAMESPACE, "alternative-session");
    }

    @Override
    public Class<AlternativeSession> type() {
      return AlternativeSession.class;
    }

    @Override
    public AlternativeSession read(XmlIn in) {
      String sid = null;
      while (in.nextChild()) {
        if (sid == null && in.is(Jingle.NAMESPACE, "sid")) {
          sid = in.readText().strip();
        }
      }
      return new AlternativeSession(sid);
    }

    @Override
    public void write(AlternativeSession element, XmlOut out) {
      throw new UnsupportedOperationException("written by ReasonCodec");
    }
  }
}
