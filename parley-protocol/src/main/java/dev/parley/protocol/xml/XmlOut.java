/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.xml;

import java.util.Arrays;
import java.util.List;
import javax.xml.namespace.QName;

/**
 * A fast, strict XML writer for the model: it tracks the default namespace in scope (so {@code
 * xmlns} is written only where it changes), declares prefixes for qualified attributes, and escapes
 * text and attribute values. Attribute values use single quotes.
 *
 * <p>Characters that XML 1.0 cannot represent (control characters other than tab, newline and
 * carriage return, and unpaired surrogates) are refused with {@link IllegalArgumentException}: a
 * record holding them is a programming error, since the parser never produces one.
 *
 * <p>Not thread-safe; one instance per document or stanza.
 */
public final class XmlOut {
  /** The namespace of the {@code xml:} prefix. */
  public static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final StringBuilder sb;
  private final CodecRegistry registry;
  private final String contentNamespace;

  // Per open element: its default namespace and how many prefix bindings it declared.
  private String[] defaults = new String[16];
  private int[] bindingsAtOpen = new int[16];
  private String[] localNames = new String[16];
  private String[] prefixes = new String[16];
  private int depth;
  private boolean startTagOpen;

  // Prefix bindings in scope, innermost last.
  private String[] bindingPrefix = new String[4];
  private String[] bindingNs = new String[4];
  private int bindings;
  private int generatedPrefixes;

  /**
   * A writer appending to {@code sb}.
   *
   * @param contentNamespace the namespace stanzas are written in ({@code jabber:client}, {@code
   *     jabber:component:accept}…); see {@link #contentNamespace()}
   * @param inheritedDefault the default namespace already in scope where the output goes (the
   *     stream's namespace when writing stanzas into an open stream, else the empty string)
   * @param inheritedBindings prefix/namespace pairs already declared where the output goes (for
   *     example {@code "stream"} inside an XMPP stream)
   */
  public XmlOut(
      StringBuilder sb,
      CodecRegistry registry,
      String contentNamespace,
      String inheritedDefault,
      String... inheritedBindings) {
    this.sb = sb;
    this.registry = registry;
    this.contentNamespace = contentNamespace;
    this.defaults[0] = inheritedDefault;
    for (int i = 0; i + 1 < inheritedBindings.length; i += 2) {
      bind(inheritedBindings[i], inheritedBindings[i + 1]);
    }
  }

  /** A writer for a standalone document whose stanzas are in {@code contentNamespace}. */
  public static XmlOut document(StringBuilder sb, CodecRegistry registry, String contentNamespace) {
    return new XmlOut(sb, registry, contentNamespace, "");
  }

  /**
   * The namespace of stanza-level elements ({@code iq}, {@code message}, {@code presence}, {@code
   * error}, {@code body}…) for this output. The stanza codecs write in it.
   */
  public String contentNamespace() {
    return contentNamespace;
  }

  public CodecRegistry registry() {
    return registry;
  }

  /**
   * Opens an element in {@code namespace}, declaring it as the default namespace when it differs
   * from the one in scope.
   */
  public XmlOut start(String namespace, String localName) {
    return start(null, namespace, localName);
  }

  /**
   * Opens a prefixed element ({@code <stream:features>}): the prefix is declared unless it is
   * already bound to the namespace. A {@code null} prefix means an unprefixed element.
   */
  public XmlOut start(String prefix, String namespace, String localName) {
    closeStartTag();
    push();
    String inScope = defaults[depth - 1];
    sb.append('<');
    if (prefix == null) {
      sb.append(localName);
      defaults[depth] = namespace;
      prefixes[depth] = null;
      if (!namespace.equals(inScope)) {
        sb.append(" xmlns='");
        escapeAttribute(namespace);
        sb.append('\'');
      }
    } else {
      sb.append(prefix).append(':').append(localName);
      defaults[depth] = inScope;
      prefixes[depth] = prefix;
      if (!namespace.equals(lookupPrefix(prefix))) {
        declare(prefix, namespace);
      }
    }
    localNames[depth] = localName;
    startTagOpen = true;
    return this;
  }

  /** Writes an unqualified attribute; a {@code null} value writes nothing. */
  public XmlOut attr(String name, String value) {
    if (value != null) {
      requireOpenStartTag(name);
      sb.append(' ').append(name).append("='");
      escapeAttribute(value);
      sb.append('\'');
    }
    return this;
  }

  public XmlOut attr(String name, int value) {
    requireOpenStartTag(name);
    sb.append(' ').append(name).append("='").append(value).append('\'');
    return this;
  }

  public XmlOut attr(String name, long value) {
    requireOpenStartTag(name);
    sb.append(' ').append(name).append("='").append(value).append('\'');
    return this;
  }

  /** Writes a nullable number; {@code null} writes nothing. */
  public XmlOut attr(String name, Number value) {
    return value == null ? this : attr(name, value.toString());
  }

  /** Writes an {@code xs:boolean} as {@code true}/{@code false}; {@code null} writes nothing. */
  public XmlOut attr(String name, Boolean value) {
    return value == null ? this : attr(name, value ? "true" : "false");
  }

  /** Writes any attribute, qualified or not, declaring a prefix for its namespace when needed. */
  public XmlOut attr(QName name, String value) {
    String ns = name.getNamespaceURI();
    if (ns.isEmpty()) {
      return attr(name.getLocalPart(), value);
    }
    requireOpenStartTag(name.getLocalPart());
    String prefix;
    if (XML_NS.equals(ns)) {
      prefix = "xml";
    } else {
      prefix = prefixFor(ns, name.getPrefix());
    }
    sb.append(' ').append(prefix).append(':').append(name.getLocalPart()).append("='");
    escapeAttribute(value);
    sb.append('\'');
    return this;
  }

  /** Writes {@code xml:lang}; {@code null} writes nothing. */
  public XmlOut lang(String lang) {
    return lang == null ? this : attr(new QName(XML_NS, "lang", "xml"), lang);
  }

  public XmlOut attrs(List<Attribute> attributes) {
    for (int i = 0; i < attributes.size(); i++) {
      Attribute a = attributes.get(i);
      attr(a.name(), a.value());
    }
    return this;
  }

  /** Writes escaped character data inside the current element. */
  public XmlOut text(String text) {
    if (depth == 0) {
      throw new IllegalStateException("text outside of an element");
    }
    closeStartTag();
    escapeText(text);
    return this;
  }

  /** Closes the innermost open element ({@code />} when it has no content). */
  public XmlOut end() {
    if (depth == 0) {
      throw new IllegalStateException("no open element");
    }
    if (startTagOpen) {
      sb.append("/>");
      startTagOpen = false;
    } else {
      sb.append("</");
      if (prefixes[depth] != null) {
        sb.append(prefixes[depth]).append(':');
      }
      sb.append(localNames[depth]).append('>');
    }
    bindings = bindingsAtOpen[depth];
    depth--;
    return this;
  }

  /**
   * Writes {@code <local>text</local>} in {@code namespace}; a {@code null} text writes nothing.
   */
  public XmlOut textElement(String namespace, String localName, String text) {
    if (text == null) {
      return this;
    }
    start(namespace, localName);
    if (!text.isEmpty()) {
      text(text);
    }
    return end();
  }

  /** Writes an empty element {@code <local xmlns='namespace'/>}. */
  public XmlOut emptyElement(String namespace, String localName) {
    return start(namespace, localName).end();
  }

  /**
   * Writes any element of the model through its codec (or verbatim for a {@link ForeignElement}).
   */
  @SuppressWarnings("unchecked")
  public <T extends XmlElement> XmlOut element(T element) {
    if (element == null) {
      return this;
    }
    if (element instanceof ForeignElement foreign) {
      writeForeign(foreign);
      return this;
    }
    ElementCodec<T> codec = (ElementCodec<T>) registry.codecFor(element.getClass());
    if (codec == null) {
      throw new IllegalStateException("no codec registered for " + element.getClass().getName());
    }
    codec.write(element, this);
    return this;
  }

  public XmlOut elements(List<? extends XmlElement> elements) {
    for (int i = 0; i < elements.size(); i++) {
      element(elements.get(i));
    }
    return this;
  }

  /**
   * Writes the extension elements (the attributes must have been written with {@link #attrs} before
   * any child).
   */
  public XmlOut extensionElements(Extensions ext) {
    return elements(ext.elements());
  }

  /** Whether every element opened has been closed. */
  public boolean isBalanced() {
    return depth == 0;
  }

  private void writeForeign(ForeignElement e) {
    start(e.name().getNamespaceURI(), e.name().getLocalPart());
    attrs(e.attributes());
    for (XmlNode n : e.children()) {
      if (n instanceof ForeignElement child) {
        writeForeign(child);
      } else if (n instanceof XmlText t) {
        text(t.text());
      }
    }
    end();
  }

  private void push() {
    depth++;
    if (depth == defaults.length) {
      int n = defaults.length * 2;
      defaults = Arrays.copyOf(defaults, n);
      bindingsAtOpen = Arrays.copyOf(bindingsAtOpen, n);
      localNames = Arrays.copyOf(localNames, n);
      prefixes = Arrays.copyOf(prefixes, n);
    }
    bindingsAtOpen[depth] = bindings;
  }

  private void closeStartTag() {
    if (startTagOpen) {
      sb.append('>');
      startTagOpen = false;
    }
  }

  private void requireOpenStartTag(String attribute) {
    if (!startTagOpen) {
      throw new IllegalStateException("attribute '" + attribute + "' written after content");
    }
  }

  private String lookupPrefix(String prefix) {
    for (int i = bindings - 1; i >= 0; i--) {
      if (bindingPrefix[i].equals(prefix)) {
        return bindingNs[i];
      }
    }
    return null;
  }

  private String prefixFor(String namespace, String preferred) {
    for (int i = bindings - 1; i >= 0; i--) {
      if (bindingNs[i].equals(namespace) && namespace.equals(lookupPrefix(bindingPrefix[i]))) {
        return bindingPrefix[i];
      }
    }
    String prefix = preferred;
    if (prefix == null
        || prefix.isEmpty()
        || prefix.startsWith("xml")
        || lookupPrefix(prefix) != null) {
      do {
        prefix = "ns" + (++generatedPrefixes);
      } while (lookupPrefix(prefix) != null);
    }
    declare(prefix, namespace);
    return prefix;
  }

  private void declare(String prefix, String namespace) {
    sb.append(" xmlns:").append(prefix).append("='");
    escapeAttribute(namespace);
    sb.append('\'');
    bind(prefix, namespace);
  }

  private void bind(String prefix, String namespace) {
    if (bindings == bindingPrefix.length) {
      bindingPrefix = Arrays.copyOf(bindingPrefix, bindings * 2);
      bindingNs = Arrays.copyOf(bindingNs, bindings * 2);
    }
    bindingPrefix[bindings] = prefix;
    bindingNs[bindings] = namespace;
    bindings++;
  }

  private void escapeText(String s) {
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      if (c == '<') {
        rep = "&lt;";
      } else if (c == '&') {
        rep = "&amp;";
      } else if (c == '>') {
        rep = "&gt;";
      } else if (c < 0x20 && c != '\n' && c != '\t') {
        rep = controlCharacter(c);
      } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
        i = checkSurrogate(s, i, c);
        continue;
      } else {
        continue;
      }
      sb.append(s, start, i).append(rep);
      start = i + 1;
    }
    sb.append(s, start, n);
  }

  private void escapeAttribute(String s) {
    int n = s.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String rep;
      switch (c) {
        case '<' -> rep = "&lt;";
        case '&' -> rep = "&amp;";
        case '>' -> rep = "&gt;";
        case '\'' -> rep = "&apos;";
        case '"' -> rep = "&quot;";
        case '\n' -> rep = "&#10;";
        case '\t' -> rep = "&#9;";
        default -> {
          if (c < 0x20) {
            rep = controlCharacter(c);
          } else if (Character.isSurrogate(c) || c >= 0xFFFE) {
            i = checkSurrogate(s, i, c);
            continue;
          } else {
            continue;
          }
        }
      }
      sb.append(s, start, i).append(rep);
      start = i + 1;
    }
    sb.append(s, start, n);
  }

  private static String controlCharacter(char c) {
    if (c == '\r') {
      return "&#13;";
    }
    throw new IllegalArgumentException(
        "character U+" + String.format("%04X", (int) c) + " cannot be written in XML 1.0");
  }

  /**
   * Checks a surrogate pair (or U+FFFE/U+FFFF) at {@code i}; returns the index of its last char.
   */
  private static int checkSurrogate(String s, int i, char c) {
    if (c >= 0xFFFE) {
      throw new IllegalArgumentException(
          "character U+" + Integer.toHexString(c) + " cannot be written in XML");
    }
    if (Character.isHighSurrogate(c)
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1))) {
      return i + 1;
    }
    throw new IllegalArgumentException("unpaired surrogate at index " + i);
  }
}
