/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.invite;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to a call (XEP-0482 § 2.1), sent in a {@code chat} or {@code groupchat} message.
 *
 * <pre>
 * &lt;invite xmlns='urn:xmpp:call-invites:0' [audio='true'] [video='false']&gt;
 *   &lt;jingle sid='…' [jid='…']/&gt;                                   {@link JingleMethod}
 *   &lt;external uri='…'/&gt;  (0..n)                                   {@link External}
 *   &lt;muji xmlns='urn:xmpp:jingle:muji:0' room='…'/&gt;                 XEP-0272
 *   &lt;meeting xmlns='urn:xmpp:http:online-meetings:0' type desc/&gt;   XEP-0483
 *   …unknown children (kept in {@code ext})
 * &lt;/invite&gt;
 * </pre>
 *
 * <p>The id answers must reference is not part of the element: it is the message's id, origin-id or
 * (in group chats) the room's stanza-id, see {@link CallInvites#answerId}. Dino and QXmpp add an
 * {@code id} attribute anyway, and Dino a {@code multi} flag; both are modelled so that they are
 * written back, and Parley never sets them.
 *
 * <p>XEP-0482 does not require a method, and neither does this record: an invite without one cannot
 * be joined, which is for the receiver to decide (Dino drops it).
 *
 * @param variant the element name and namespace it came in ({@link Variant#INVITE} when built by
 *     Parley)
 * @param id Dino's and QXmpp's invite id attribute, or {@code null} (the XEP defines none)
 * @param audio whether the call is meant to be joined sending audio, or {@code null} when absent
 *     (which means {@code true})
 * @param video whether the call is meant to be joined sending video, or {@code null} when absent
 *     (which means {@code false})
 * @param multi Dino's flag for a multi-party (Muji) call, or {@code null}
 * @param methods the ways to join, in document order
 * @param ext unknown attributes and children that are not a {@link CallMethod}
 * @see <a href="https://xmpp.org/extensions/xep-0482.html#usecases">XEP-0482 § 2.1</a>
 */
public record Invite(
    Variant variant,
    @Nullable String id,
    @Nullable Boolean audio,
    @Nullable Boolean video,
    @Nullable Boolean multi,
    List<CallMethod> methods,
    Extensions ext)
    implements CallInviteMessage {

  public Invite {
    requireNonNull(variant, "variant");
    methods = List.copyOf(methods);
    requireNonNull(ext, "ext");
  }

  /** An invite with default media (audio, no video) offering these methods. */
  public static Invite of(CallMethod... methods) {
    return new Invite(Variant.INVITE, null, null, null, null, List.of(methods), Extensions.NONE);
  }

  /**
   * An invite stating its media explicitly; an attribute equal to the XEP default is written
   * anyway, because receivers of XEP-0483 meeting invites expect both to default to {@code true}.
   */
  public static Invite of(boolean audio, boolean video, List<? extends CallMethod> methods) {
    return new Invite(
        Variant.INVITE, null, audio, video, null, List.copyOf(methods), Extensions.NONE);
  }

  @Override
  public Dialect dialect() {
    return variant.dialect();
  }

  /** {@link #audio()} with the XEP-0482 default ({@code true}) applied. */
  public boolean effectiveAudio() {
    return audio == null || audio;
  }

  /** {@link #video()} with the XEP-0482 default ({@code false}) applied. */
  public boolean effectiveVideo() {
    return video != null && video;
  }

  /** The first {@code <jingle>} method, or {@code null}. */
  public @Nullable JingleMethod jingle() {
    return method(JingleMethod.class);
  }

  /** The {@code <external>} methods in document order. */
  public List<External> externals() {
    return methods(External.class);
  }

  /** The first method of this type (for example {@code Muji.class}), or {@code null}. */
  public <T extends CallMethod> @Nullable T method(Class<T> type) {
    for (CallMethod m : methods) {
      if (type.isInstance(m)) {
        return type.cast(m);
      }
    }
    return null;
  }

  /** Every method of this type, in document order. */
  public <T extends CallMethod> List<T> methods(Class<T> type) {
    List<T> found = new ArrayList<>(methods.size());
    for (CallMethod m : methods) {
      if (type.isInstance(m)) {
        found.add(type.cast(m));
      }
    }
    return List.copyOf(found);
  }

  /** The accept that chooses {@code method}, in this invite's dialect, for the given invite id. */
  public Accept accept(String inviteId, CallMethod method) {
    return new Accept(dialect(), inviteId, List.of(method), Extensions.NONE);
  }

  /** The element name and namespace an invite came in. */
  public enum Variant {
    /** {@code <invite xmlns='urn:xmpp:call-invites:0'>}, XEP-0482. */
    INVITE(Dialect.XEP_0482, "invite"),
    /**
     * {@code <propose xmlns='urn:xmpp:call-invites:0'>}: Dino's first call-invite code (development
     * builds of January 2022, before XEP-0482 was published) named the element after XEP-0353's;
     * Dino still accepts it.
     */
    PROPOSE(Dialect.XEP_0482, "propose"),
    /** {@code <propose xmlns='urn:xmpp:call-message:1'>}, Dino's pre-XEP protocol. */
    DINO_PROPOSE(Dialect.DINO_CALL_MESSAGE, "propose");

    private final Dialect dialect;
    private final String localName;

    Variant(Dialect dialect, String localName) {
      this.dialect = dialect;
      this.localName = localName;
    }

    public Dialect dialect() {
      return dialect;
    }

    public String localName() {
      return localName;
    }
  }
}
