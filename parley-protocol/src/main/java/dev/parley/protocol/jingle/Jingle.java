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
import org.jxmpp.jid.Jid;

/**
 * The {@code <jingle/>} element: one action on one session, the payload of an IQ-set.
 *
 * <pre>
 * &lt;jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='a73sjjvkla37jfea'
 *         [initiator='romeo@montague.lit/orchard'] [responder='…']&gt;
 *   &lt;content …/&gt;                                   zero or more
 *   &lt;reason&gt;…&lt;/reason&gt;                             optional, allowed on any action
 *   &lt;ringing xmlns='urn:xmpp:jingle:apps:rtp:info:1'/&gt;   any other namespace: session-info
 *   &lt;transfer xmlns='urn:xmpp:jingle:transfer:0'/&gt;       payloads, XEP-0251, XEP-0298,
 *   &lt;group xmlns='urn:xmpp:jingle:apps:grouping:0'/&gt;     XEP-0338… in {@code ext}
 * &lt;/jingle&gt;
 * </pre>
 *
 * <p>Every child other than the contents and the first reason is read through the codec registry
 * into {@code ext.elements()}: typed when a package registers a codec (RTP session-info, transfer,
 * focus, group…), else a {@link dev.parley.protocol.xml.ForeignElement}; {@link #find(Class)} and
 * {@link #findAll(Class)} look them up by type. The writer emits contents, reason, then the
 * extension elements, in the schema's order. Canonical form: {@code ext} holds no {@code content}
 * of {@code urn:xmpp:jingle:1}, and a {@code reason} of that namespace only when {@link #reason()}
 * is set.
 *
 * <p>XEP-0166 § 7.1: {@code initiator} belongs on session-initiate and {@code responder} on
 * session-accept; receivers SHOULD ignore them elsewhere and trust the IQ's {@code from} when they
 * differ from it. The model keeps whatever was received (the XEP-0167 examples put {@code
 * initiator} on every action); the factories only set them where they belong.
 *
 * <p>An empty session-info (no content, reason or payload) is a session ping ({@link
 * #isSessionPing()}), answered with an empty result (XEP-0166 § 6.8).
 *
 * @param action the action, or {@code null} only for the action-less {@code <jingle sid/>} that the
 *     XEP-0298 conference-info example sends beside the RFC 4575 document to name the session (we
 *     accept it there, protocols decision "accept leniently"); session handling answers {@code
 *     bad-request} to an action-less element that comes alone. An unknown action is refused by the
 *     codec.
 * @param sid the session id chosen by the initiator (non-empty; an XML Nmtoken by recommendation)
 * @param initiator the {@code initiator} attribute, or {@code null}
 * @param responder the {@code responder} attribute, or {@code null}
 * @param contents the contents, in document order
 * @param reason the reason, or {@code null}
 * @param ext unknown attributes and every other child (session-info payloads and extensions)
 * @see <a href="https://xmpp.org/extensions/xep-0166.html#def-jingle">XEP-0166 § 7.1</a>
 */
public record Jingle(
    @Nullable JingleAction action,
    String sid,
    @Nullable Jid initiator,
    @Nullable Jid responder,
    List<Content> contents,
    @Nullable Reason reason,
    Extensions ext)
    implements XmlElement {

  /** {@code urn:xmpp:jingle:1}, also the disco feature. */
  public static final String NAMESPACE = "urn:xmpp:jingle:1";

  /** {@code urn:xmpp:jingle:errors:1}: the Jingle-specific stanza error conditions. */
  public static final String ERRORS_NAMESPACE = "urn:xmpp:jingle:errors:1";

  public Jingle {
    requireNonNull(sid, "sid");
    if (sid.isEmpty()) {
      throw new IllegalArgumentException("empty sid");
    }
    contents = List.copyOf(contents);
    requireNonNull(ext, "ext");
  }

  /** Any action with contents and nothing else. */
  public static Jingle of(JingleAction action, String sid, List<Content> contents) {
    return new Jingle(action, sid, null, null, contents, null, Extensions.NONE);
  }

  /** session-initiate, naming the initiator as XEP-0166 § 7.1 recommends. */
  public static Jingle sessionInitiate(String sid, Jid initiator, List<Content> contents) {
    return new Jingle(
        JingleAction.SESSION_INITIATE,
        sid,
        requireNonNull(initiator, "initiator"),
        null,
        contents,
        null,
        Extensions.NONE);
  }

  /**
   * session-accept, naming the responder as XEP-0166 § 7.1 recommends; it MUST contain at least one
   * content with a description and a transport (§ 7.2.8).
   */
  public static Jingle sessionAccept(String sid, Jid responder, List<Content> contents) {
    return new Jingle(
        JingleAction.SESSION_ACCEPT,
        sid,
        null,
        requireNonNull(responder, "responder"),
        contents,
        null,
        Extensions.NONE);
  }

  /** session-terminate with a reason. */
  public static Jingle sessionTerminate(String sid, Reason reason) {
    return new Jingle(
        JingleAction.SESSION_TERMINATE,
        sid,
        null,
        null,
        List.of(),
        requireNonNull(reason, "reason"),
        Extensions.NONE);
  }

  /** session-terminate with a bare condition. */
  public static Jingle sessionTerminate(String sid, ReasonCondition condition) {
    return sessionTerminate(sid, Reason.of(condition));
  }

  /** session-info carrying informational payloads (hold, ringing, transfer…). */
  public static Jingle sessionInfo(String sid, XmlElement... payloads) {
    return new Jingle(
        JingleAction.SESSION_INFO,
        sid,
        null,
        null,
        List.of(),
        null,
        Extensions.ofElements(List.of(payloads)));
  }

  /** An empty session-info: a session ping (XEP-0166 § 6.8). */
  public static Jingle sessionPing(String sid) {
    return sessionInfo(sid);
  }

  /** transport-info for one content (ICE candidates and the like). */
  public static Jingle transportInfo(String sid, Content content) {
    return of(JingleAction.TRANSPORT_INFO, sid, List.of(content));
  }

  /** content-add with the added contents only (XEP-0166 § 7.2.2). */
  public static Jingle contentAdd(String sid, List<Content> added) {
    return of(JingleAction.CONTENT_ADD, sid, added);
  }

  /** content-accept answering a content-add. */
  public static Jingle contentAccept(String sid, List<Content> accepted) {
    return of(JingleAction.CONTENT_ACCEPT, sid, accepted);
  }

  /** content-reject answering a content-add. */
  public static Jingle contentReject(String sid, List<Content> rejected, @Nullable Reason reason) {
    return new Jingle(
        JingleAction.CONTENT_REJECT, sid, null, null, rejected, reason, Extensions.NONE);
  }

  /** content-remove with the removed contents only (XEP-0166 § 7.2.5). */
  public static Jingle contentRemove(String sid, List<Content> removed, @Nullable Reason reason) {
    return new Jingle(
        JingleAction.CONTENT_REMOVE, sid, null, null, removed, reason, Extensions.NONE);
  }

  /** content-modify changing the senders of one content (XEP-0166 § 7.2.3). */
  public static Jingle contentModify(String sid, Creator creator, String name, Senders senders) {
    return of(JingleAction.CONTENT_MODIFY, sid, List.of(Content.modify(creator, name, senders)));
  }

  /** Whether this is an empty session-info, i.e. a session ping. */
  public boolean isSessionPing() {
    return action == JingleAction.SESSION_INFO
        && contents.isEmpty()
        && reason == null
        && ext.elements().isEmpty();
  }

  /** The content with this identity (the creator defaulting to initiator). */
  public Optional<Content> content(Creator creator, String name) {
    for (Content c : contents) {
      if (c.is(creator, name)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The first extension element (session-info payload, transfer, group…) of this type. */
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

  public Jingle withReason(@Nullable Reason newReason) {
    return new Jingle(action, sid, initiator, responder, contents, newReason, ext);
  }

  public Jingle withContents(List<Content> newContents) {
    return new Jingle(action, sid, initiator, responder, newContents, reason, ext);
  }

  /** A copy with one more extension element (written after the contents and the reason). */
  public Jingle withExtension(XmlElement element) {
    return new Jingle(action, sid, initiator, responder, contents, reason, ext.with(element));
  }
}
