/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One content of a Jingle session: an application format, a transport method and optionally a
 * security precondition, each defined by another specification.
 *
 * <pre>
 * &lt;content creator='initiator' name='voice' [disposition='session'] [senders='both']&gt;
 *   &lt;description xmlns='urn:xmpp:jingle:apps:rtp:1' …/&gt;             any namespace
 *   &lt;transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' …/&gt;     any namespace
 *   &lt;security xmlns='…'/&gt;                                          any namespace
 * &lt;/content&gt;
 * </pre>
 *
 * <p>The description, transport and security are the first child with that local name, whatever its
 * namespace, read through the codec registry: typed when a package registers a codec for it (RTP,
 * ICE-UDP…), else a {@link dev.parley.protocol.xml.ForeignElement}. Further children are kept in
 * {@code ext}, so a content never has two descriptions in the model; a second one would be an
 * extension element. Canonical form (what the reader produces, and what round-trips): {@code ext}
 * holds no element named {@code description}, {@code transport} or {@code security} while the
 * corresponding component is {@code null}, since the reader would move it there.
 *
 * <p>Attributes the input omitted stay {@code null} and are not written; the {@code effective…}
 * accessors apply XEP-0166's defaults (creator initiator, disposition session, senders both). The
 * schema makes {@code creator} required; it is nullable here because XEP-0166's prose gives it a
 * default and deployed software (Dino) reads a missing creator as initiator. The pair (creator,
 * name) identifies a content within a session.
 *
 * <p>Content is also registered as a standalone element, so it can be read wherever it appears
 * (XEP-0272 puts contents in presence).
 *
 * @param creator the party that created the content, or {@code null} when absent
 * @param name the content name, unique per creator
 * @param disposition the content disposition (RFC 2183), or {@code null} when absent
 * @param senders who sends media, or {@code null} when absent (REQUIRED in content-modify)
 * @param description the application format, or {@code null}
 * @param transport the transport method, or {@code null}
 * @param security the security precondition, or {@code null}
 * @param ext unknown attributes and further children
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-content">XEP-0166 § 7.3</a>
 */
public record Content(
    @Nullable Creator creator,
    String name,
    @Nullable String disposition,
    @Nullable Senders senders,
    @Nullable XmlElement description,
    @Nullable XmlElement transport,
    @Nullable XmlElement security,
    Extensions ext)
    implements XmlElement {

  /** The default disposition: part of the session proper (not, e.g., early media). */
  public static final String SESSION_DISPOSITION = "session";

  public Content {
    requireNonNull(name, "name");
    requireNonNull(ext, "ext");
  }

  /** A content created by {@code creator} with a description and a transport, defaults omitted. */
  public static Content of(
      Creator creator,
      String name,
      @Nullable XmlElement description,
      @Nullable XmlElement transport) {
    return new Content(
        requireNonNull(creator, "creator"),
        name,
        null,
        null,
        description,
        transport,
        null,
        Extensions.NONE);
  }

  /** The content as identified in content-modify: creator, name and the new senders only. */
  public static Content modify(Creator creator, String name, Senders senders) {
    return new Content(
        requireNonNull(creator, "creator"),
        name,
        null,
        requireNonNull(senders, "senders"),
        null,
        null,
        null,
        Extensions.NONE);
  }

  /** The creator, defaulting to initiator (XEP-0166 § 7.3). */
  public Creator effectiveCreator() {
    return creator == null ? Creator.INITIATOR : creator;
  }

  /** The disposition, defaulting to {@value #SESSION_DISPOSITION}. */
  public String effectiveDisposition() {
    return disposition == null ? SESSION_DISPOSITION : disposition;
  }

  /** The senders, defaulting to {@link Senders#BOTH}. */
  public Senders effectiveSenders() {
    return senders == null ? Senders.BOTH : senders;
  }

  /**
   * Whether session-accept accepts this content (disposition {@code session}, XEP-0166 § 7.2.8).
   */
  public boolean isSessionDisposition() {
    return SESSION_DISPOSITION.equals(effectiveDisposition());
  }

  /** Whether this content has the given identity (creator, with its default, and name). */
  public boolean is(Creator creator, String name) {
    return effectiveCreator() == creator && this.name.equals(name);
  }

  /** The description if it is of this type. */
  public <T extends XmlElement> Optional<T> description(Class<T> type) {
    return type.isInstance(description) ? Optional.of(type.cast(description)) : Optional.empty();
  }

  /** The transport if it is of this type. */
  public <T extends XmlElement> Optional<T> transport(Class<T> type) {
    return type.isInstance(transport) ? Optional.of(type.cast(transport)) : Optional.empty();
  }

  /** The security precondition if it is of this type. */
  public <T extends XmlElement> Optional<T> security(Class<T> type) {
    return type.isInstance(security) ? Optional.of(type.cast(security)) : Optional.empty();
  }

  /** The first extension element of this type. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(ext.element(type));
  }

  /** Every extension element of this type, in document order. */
  public <T extends XmlElement> List<T> findAll(Class<T> type) {
    List<T> found = new ArrayList<>(1);
    for (XmlElement e : ext.elements()) {
      if (type.isInstance(e)) {
        found.add(type.cast(e));
      }
    }
    return found;
  }

  public Content withSenders(@Nullable Senders newSenders) {
    return new Content(
        creator, name, disposition, newSenders, description, transport, security, ext);
  }

  public Content withDescription(@Nullable XmlElement newDescription) {
    return new Content(
        creator, name, disposition, senders, newDescription, transport, security, ext);
  }

  public Content withTransport(@Nullable XmlElement newTransport) {
    return new Content(
        creator, name, disposition, senders, description, newTransport, security, ext);
  }

  public Content withSecurity(@Nullable XmlElement newSecurity) {
    return new Content(
        creator, name, disposition, senders, description, transport, newSecurity, ext);
  }
}
