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
import org.jivesoftware.smack.packet.IQ;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * An IQ whose child is any element of Parley's wire model: build one with {@link #get} or {@link
 * #set} and send it with Smack ({@code connection.sendIqRequestAsync(iq)}); results whose child
 * name {@link ParleyProviders} registered arrive as this class too.
 *
 * <p>As with {@link ParleyExtension}, a received child that Parley's codec refused arrives untyped
 * with {@link #problem()} set instead of failing the stanza.
 *
 * <p>Smack's stanzas are mutable (Smack sets the id, addresses and type after parsing); the payload
 * is not.
 */
public final class ParleyIq extends IQ {
  private final XmlElement payload;
  private final @Nullable ProtocolException problem;
  private final Rendered rendered;

  private ParleyIq(
      Rendered rendered, XmlElement payload, @Nullable ProtocolException problem, Type type) {
    super(rendered.name().getLocalPart(), rendered.name().getNamespaceURI());
    this.rendered = rendered;
    this.payload = requireNonNull(payload, "payload");
    this.problem = problem;
    setType(type);
  }

  /** An IQ {@code get} to {@code to} carrying {@code payload}. */
  public static ParleyIq get(Jid to, XmlElement payload) {
    return request(Type.get, to, payload, ParleyCodecs.registry());
  }

  /** An IQ {@code set} to {@code to} carrying {@code payload}. */
  public static ParleyIq set(Jid to, XmlElement payload) {
    return request(Type.set, to, payload, ParleyCodecs.registry());
  }

  /** An IQ of any type carrying {@code payload}, written with this registry. */
  public static ParleyIq request(Type type, Jid to, XmlElement payload, CodecRegistry registry) {
    ParleyIq iq = new ParleyIq(Rendered.of(payload, registry), payload, null, type);
    iq.setTo(to);
    return iq;
  }

  /** What the provider read; Smack sets the type, id and addresses afterwards. */
  static ParleyIq received(
      XmlElement payload, @Nullable ProtocolException problem, CodecRegistry registry) {
    return new ParleyIq(Rendered.of(payload, registry), payload, problem, Type.result);
  }

  /** The child element: typed when a codec read it, else a {@code ForeignElement}. */
  public XmlElement payload() {
    return payload;
  }

  /** The child if it is of this type (and was read without a problem), else {@code null}. */
  public <T extends XmlElement> @Nullable T payload(Class<T> type) {
    return problem == null && type.isInstance(payload) ? type.cast(payload) : null;
  }

  /** Why Parley's codec refused the received child, or {@code null}. */
  public @Nullable ProtocolException problem() {
    return problem;
  }

  @Override
  protected IQChildElementXmlStringBuilder getIQChildElementBuilder(
      IQChildElementXmlStringBuilder xml) {
    // Smack has written "<name xmlns='ns'"; the rest comes from Parley's codec, already escaped.
    xml.append(rendered.afterName());
    if (rendered.empty()) {
      xml.setEmptyElement();
    }
    return xml;
  }
}
