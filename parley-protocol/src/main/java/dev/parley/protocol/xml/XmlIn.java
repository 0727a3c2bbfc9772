/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import com.ctc.wstx.exc.WstxLazyException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * A cursor over XML being read by codecs. Codecs read the attributes of the element the cursor is
 * on, then iterate its children:
 *
 * <pre>{@code
 * String sid = in.requireAttribute("sid");
 * while (in.nextChild()) {
 *   switch (in.localName()) {
 *     case "content" -> contents.add(in.read(ContentCodec.INSTANCE));
 *     default -> ext.add(in.readElement()); // typed if some codec knows it, else a ForeignElement
 *   }
 * }
 * }</pre>
 *
 * <p>Children a codec does not read are skipped; text between child elements is ignored; comments
 * and processing instructions are ignored. Every problem is reported as {@link ProtocolException}.
 *
 * <p>Not thread-safe; one per parse.
 */
public final class XmlIn {
  private final XMLStreamReader2 reader;
  private final CodecRegistry registry;
  private final XmlLimits limits;

  // Depths of the elements whose codecs are running (innermost last).
  private int[] parents = new int[16];
  private int top = -1;
  // The cursor is on the start tag of a child returned by nextChild() that nobody has read yet.
  private boolean unreadChild;
  private long topLevelStart;
  private int topLevelDepth = 1;

  XmlIn(XMLStreamReader2 reader, CodecRegistry registry, XmlLimits limits) {
    this.reader = reader;
    this.registry = registry;
    this.limits = limits;
  }

  public CodecRegistry registry() {
    return registry;
  }

  // --- the element under the cursor -------------------------------------------------------------

  public String localName() {
    return reader.getLocalName();
  }

  public String namespace() {
    String ns = reader.getNamespaceURI();
    return ns == null ? "" : ns;
  }

  public QName name() {
    return new QName(namespace(), localName());
  }

  /** Whether the element under the cursor has this namespace and local name. */
  public boolean is(String namespace, String localName) {
    return localName.equals(reader.getLocalName()) && namespace.equals(namespace());
  }

  /** An unqualified attribute's value, or {@code null}. */
  public String attribute(String localName) {
    int n = reader.getAttributeCount();
    for (int i = 0; i < n; i++) {
      if (localName.equals(reader.getAttributeLocalName(i))) {
        String ns = reader.getAttributeNamespace(i);
        if (ns == null || ns.isEmpty()) {
          return reader.getAttributeValue(i);
        }
      }
    }
    return null;
  }

  /** An unqualified attribute, or {@code fallback} when absent. */
  public String attribute(String localName, String fallback) {
    String v = attribute(localName);
    return v == null ? fallback : v;
  }

  /** The {@code xml:lang} attribute, or {@code null}. */
  public String lang() {
    String v = reader.getAttributeValue(XmlOut.XML_NS, "lang");
    return v;
  }

  /** An unqualified attribute that must be present. */
  public String requireAttribute(String localName) {
    String v = attribute(localName);
    if (v == null) {
      throw ProtocolException.invalid(
          "<" + localName() + "/> lacks the required attribute '" + localName + "'");
    }
    return v;
  }

  /** A base-10 integer attribute within [min, max], or {@code null} when absent. */
  public Integer intAttribute(String localName, int min, int max) {
    String v = attribute(localName);
    if (v == null) {
      return null;
    }
    long value = parseLong(localName, v);
    if (value < min || value > max) {
      throw invalidValue(localName, v, "not in [" + min + ", " + max + "]");
    }
    return (int) value;
  }

  /** A base-10 integer attribute within [min, max], or {@code null} when absent. */
  public Long longAttribute(String localName, long min, long max) {
    String v = attribute(localName);
    if (v == null) {
      return null;
    }
    long value = parseLong(localName, v);
    if (value < min || value > max) {
      throw invalidValue(localName, v, "not in [" + min + ", " + max + "]");
    }
    return value;
  }

  /**
   * An {@code xs:boolean} attribute ({@code true}, {@code false}, {@code 1}, {@code 0}), or {@code
   * null}.
   */
  public Boolean booleanAttribute(String localName) {
    String v = attribute(localName);
    if (v == null) {
      return null;
    }
    return parseBoolean(localName, v);
  }

  /**
   * An attribute from a closed vocabulary, or {@code null} when absent; an unknown value is
   * invalid.
   */
  public <E> E enumAttribute(String localName, Function<String, Optional<E>> fromXml) {
    String v = attribute(localName);
    if (v == null) {
      return null;
    }
    return fromXml.apply(v).orElseThrow(() -> invalidValue(localName, v, "not a known value"));
  }

  /** A JID attribute, or {@code null}; an unparseable JID is invalid. */
  public Jid jidAttribute(String localName) {
    String v = attribute(localName);
    return v == null ? null : jid(localName, v);
  }

  /** Parses a JID found in attribute or text {@code what}. */
  public Jid jid(String what, String value) {
    try {
      return JidCreate.from(value);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw invalidValue(what, value, "not a valid JID");
    }
  }

  /**
   * Every attribute not named in {@code modelled}: unqualified attributes whose names are not in
   * the set, and every qualified attribute except {@code xml:lang} when {@code modelled} contains
   * {@code "xml:lang"}.
   */
  public List<Attribute> otherAttributes(Set<String> modelled) {
    int n = reader.getAttributeCount();
    List<Attribute> other = null;
    for (int i = 0; i < n; i++) {
      String ns = reader.getAttributeNamespace(i);
      String local = reader.getAttributeLocalName(i);
      boolean known;
      if (ns == null || ns.isEmpty()) {
        known = modelled.contains(local);
        ns = "";
      } else {
        known = XmlOut.XML_NS.equals(ns) && "lang".equals(local) && modelled.contains("xml:lang");
      }
      if (!known) {
        if (other == null) {
          other = new ArrayList<>(2);
        }
        String prefix = reader.getAttributePrefix(i);
        other.add(
            new Attribute(
                new QName(ns, local, prefix == null ? "" : prefix), reader.getAttributeValue(i)));
      }
    }
    return other == null ? List.of() : other;
  }

  // --- children ---------------------------------------------------------------------------------

  /**
   * Moves to the next child element of the element whose codec is running. Returns {@code false}
   * when there are no more children (the cursor is then on the element's end tag).
   */
  public boolean nextChild() {
    if (top < 0) {
      throw new IllegalStateException("nextChild() outside of a codec");
    }
    int parentDepth = parents[top];
    if (unreadChild) {
      unreadChild = false;
      skipToEnd(reader.getDepth());
    } else if (reader.getEventType() == XMLStreamConstants.END_ELEMENT
        && reader.getDepth() == parentDepth) {
      return false;
    }
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (reader.getDepth() == topLevelDepth) {
          beginTopLevel();
        } else {
          checkStanzaSize();
        }
        unreadChild = true;
        return true;
      } else if (event == XMLStreamConstants.END_ELEMENT && reader.getDepth() == parentDepth) {
        return false;
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(ProtocolException.Kind.MALFORMED, "unexpected end of document");
      }
    }
  }

  /**
   * Reads the element under the cursor with its registered codec, or as a {@link ForeignElement}.
   */
  public XmlElement readElement() {
    ElementCodec<?> codec = registry.codec(namespace(), localName());
    return codec == null ? readForeign() : read(codec);
  }

  /** Reads the element under the cursor with {@code codec}. */
  public <T extends XmlElement> T read(ElementCodec<T> codec) {
    unreadChild = false;
    int depth = reader.getDepth();
    push(depth);
    String name = reader.getLocalName();
    T result;
    try {
      result = codec.read(this);
    } catch (IllegalArgumentException e) {
      // Record constructors validate values (ranges, required combinations): a peer's mistake, not
      // ours.
      throw ProtocolException.invalid("<" + name + "/>: " + e.getMessage());
    } finally {
      top--;
    }
    unreadChild = false;
    finish(depth);
    return result;
  }

  /** Reads the text content of the element under the cursor (child elements are skipped). */
  public String readText() {
    unreadChild = false;
    int depth = reader.getDepth();
    StringBuilder sb = null;
    String only = null;
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          String text = text();
          if (only == null && sb == null) {
            only = text;
          } else {
            if (sb == null) {
              sb = new StringBuilder(only);
            }
            sb.append(text);
            if (sb.length() > limits.maxTextLength()) {
              throw limit("text longer than " + limits.maxTextLength() + " characters");
            }
          }
        }
        case XMLStreamConstants.START_ELEMENT -> skipToEnd(reader.getDepth());
        case XMLStreamConstants.END_ELEMENT -> {
          if (reader.getDepth() == depth) {
            return sb != null ? sb.toString() : only != null ? only : "";
          }
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new ProtocolException(
                ProtocolException.Kind.MALFORMED, "unexpected end of document");
        default -> {}
      }
    }
  }

  /** Reads the element under the cursor as a {@link ForeignElement}, whatever its name. */
  public ForeignElement readForeign() {
    unreadChild = false;
    QName name = name();
    List<Attribute> attributes = otherAttributes(Set.of());
    List<XmlNode> children = new ArrayList<>();
    int depth = reader.getDepth();
    StringBuilder text = null;
    while (true) {
      int event = next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text == null) {
            text = new StringBuilder();
          }
          text.append(text());
        }
        case XMLStreamConstants.START_ELEMENT -> {
          checkStanzaSize();
          if (text != null) {
            children.add(new XmlText(text.toString()));
            text = null;
          }
          children.add(readForeign());
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (reader.getDepth() == depth) {
            if (text != null) {
              children.add(new XmlText(text.toString()));
            }
            return new ForeignElement(name, attributes, children);
          }
        }
        case XMLStreamConstants.END_DOCUMENT ->
            throw new ProtocolException(
                ProtocolException.Kind.MALFORMED, "unexpected end of document");
        default -> {}
      }
    }
  }

  // --- framework (package-private) --------------------------------------------------------------

  /**
   * Marks the element under the cursor as the start of a top-level element, for the stanza size
   * limit.
   */
  void beginTopLevel() {
    topLevelStart = reader.getLocationInfo().getStartingCharOffset();
    topLevelDepth = reader.getDepth();
  }

  /**
   * After a codec failed on well-formed input, moves the cursor to the end tag of the current
   * top-level element, so that reading can continue with the next one.
   */
  void skipRestOfTopLevel() {
    top = 0;
    unreadChild = false;
    while (!(reader.getEventType() == XMLStreamConstants.END_ELEMENT
        && reader.getDepth() == topLevelDepth)) {
      if (next() == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(ProtocolException.Kind.MALFORMED, "unexpected end of document");
      }
    }
  }

  /**
   * Makes the element under the cursor (a stream root) the parent of the following {@link
   * #nextChild()} calls.
   */
  void enterRoot() {
    push(reader.getDepth());
    topLevelDepth = reader.getDepth() + 1;
  }

  XMLStreamReader2 reader() {
    return reader;
  }

  int next() {
    try {
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new ProtocolException(
            ProtocolException.Kind.DTD_REFUSED, "document type declarations are refused");
      }
      if (event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw new ProtocolException(
            ProtocolException.Kind.DTD_REFUSED, "entity references are refused");
      }
      return event;
    } catch (XMLStreamException | WstxLazyException e) {
      throw Xml.translate(e);
    }
  }

  private String text() {
    try {
      return reader.getText();
    } catch (WstxLazyException e) {
      throw Xml.translate(e);
    }
  }

  private void checkStanzaSize() {
    long offset = reader.getLocationInfo().getStartingCharOffset();
    if (offset - topLevelStart > limits.maxStanzaChars()) {
      throw limit("stanza larger than " + limits.maxStanzaChars() + " characters");
    }
  }

  private void finish(int depth) {
    while (!(reader.getEventType() == XMLStreamConstants.END_ELEMENT
        && reader.getDepth() == depth)) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        checkStanzaSize();
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(ProtocolException.Kind.MALFORMED, "unexpected end of document");
      }
    }
  }

  private void skipToEnd(int depth) {
    // The cursor is on a start tag at `depth`; move to its end tag.
    while (true) {
      int event = next();
      if (event == XMLStreamConstants.END_ELEMENT && reader.getDepth() == depth) {
        return;
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        checkStanzaSize();
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new ProtocolException(ProtocolException.Kind.MALFORMED, "unexpected end of document");
      }
    }
  }

  private void push(int depth) {
    if (++top == parents.length) {
      parents = Arrays.copyOf(parents, parents.length * 2);
    }
    parents[top] = depth;
  }

  private ProtocolException limit(String what) {
    return new ProtocolException(ProtocolException.Kind.LIMIT_EXCEEDED, what);
  }

  private ProtocolException invalidValue(String attribute, String value, String why) {
    String shown = value.length() > 64 ? value.substring(0, 64) + "…" : value;
    return ProtocolException.invalid(
        "<" + localName() + "/> has an invalid '" + attribute + "' ('" + shown + "': " + why + ")");
  }

  private long parseLong(String attribute, String value) {
    String v = value.strip();
    if (v.isEmpty() || v.length() > 20) {
      throw invalidValue(attribute, value, "not an integer");
    }
    try {
      return Long.parseLong(v.charAt(0) == '+' ? v.substring(1) : v);
    } catch (NumberFormatException e) {
      throw invalidValue(attribute, value, "not an integer");
    }
  }

  private boolean parseBoolean(String attribute, String value) {
    return switch (value.strip()) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      default -> throw invalidValue(attribute, value, "not a boolean");
    };
  }
}
