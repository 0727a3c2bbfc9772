/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlOut;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.packet.ExtensionElement;
import org.jivesoftware.smack.packet.XmlEnvironment;
import org.jspecify.annotations.Nullable;

/**
 * Any element of Parley's wire model as a Smack extension element: add it to a stanza builder to
 * send it, and find it among a received stanza's extensions when {@link ParleyProviders} registered
 * its name. Written with Parley's codecs, so what Parley would send is what Smack sends.
 *
 * <p>A received element that Parley's codec refused (a call-invite answer without its required
 * {@code id}…) does not fail the stanza — Smack would close the connection over a provider's
 * exception — but arrives here with {@link #problem()} set and {@link #element()} holding the
 * element as an untyped {@link dev.parley.protocol.xml.ForeignElement}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ParleyExtension implements ExtensionElement {
  private final QName name;
  private final XmlElement element;
  private final @Nullable ProtocolException problem;
  private final CodecRegistry registry;

  private ParleyExtension(
      QName name, XmlElement element, @Nullable ProtocolException problem, CodecRegistry registry) {
    this.name = requireNonNull(name, "name");
    this.element = requireNonNull(element, "element");
    this.problem = problem;
    this.registry = requireNonNull(registry, "registry");
  }

  /** The element to send, written with {@link ParleyCodecs#registry()}. */
  public static ParleyExtension of(XmlElement element) {
    return of(element, ParleyCodecs.registry());
  }

  /** The element to send, written with this registry (which must know its record type). */
  public static ParleyExtension of(XmlElement element, CodecRegistry registry) {
    return new ParleyExtension(Rendered.nameOf(element, registry), element, null, registry);
  }

  /** What a provider read: the typed element, or the untyped one and why the codec refused it. */
  static ParleyExtension received(
      QName name, XmlElement element, @Nullable ProtocolException problem, CodecRegistry registry) {
    return new ParleyExtension(name, element, problem, registry);
  }

  /** The element: typed when a codec read it, else a {@code ForeignElement}. */
  public XmlElement element() {
    return element;
  }

  /** The element if it is of this type (and was read without a problem), else {@code null}. */
  public <T extends XmlElement> @Nullable T element(Class<T> type) {
    return problem == null && type.isInstance(element) ? type.cast(element) : null;
  }

  /** Why Parley's codec refused the received element, or {@code null}. */
  public @Nullable ProtocolException problem() {
    return problem;
  }

  public QName name() {
    return name;
  }

  @Override
  public String getNamespace() {
    return name.getNamespaceURI();
  }

  @Override
  public String getElementName() {
    return name.getLocalPart();
  }

  @Override
  public QName getQName() {
    return name;
  }

  /** Writes the element; its namespace is declared unless the enclosing element's is the same. */
  @Override
  public CharSequence toXML(XmlEnvironment enclosing) {
    StringBuilder sb = new StringBuilder(128);
    String inScope = enclosing == null ? "" : enclosing.getEffectiveNamespaceOrUse("");
    new XmlOut(sb, registry, "jabber:client", inScope).element(element);
    return sb;
  }

  @Override
  public String toString() {
    return "ParleyExtension[" + toXML(XmlEnvironment.EMPTY) + "]";
  }
}
