/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.muji;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * {@code <muji xmlns='urn:xmpp:jingle:muji:0'/>} (XEP-0272). The XEP uses the one element with two
 * shapes, so one record holds both:
 *
 * <pre>
 * in an invite, accept or session-initiate:     in room presence:
 * &lt;muji room='room@conference.example'/&gt;        &lt;muji&gt;
 *                                                 &lt;content …&gt;…&lt;/content&gt;  (0..n)
 *                                                 &lt;preparing/&gt;             (optional)
 *                                               &lt;/muji&gt;
 * </pre>
 *
 * <p>The contents are Jingle {@code <content>} elements ({@code urn:xmpp:jingle:1}, what Dino
 * sends), read through the registry. The XEP's own presence examples leave {@code <content>} in the
 * Muji namespace (it inherits {@code xmlns}) with a {@code urn:xmpp:jingle:apps:rtp:0} description;
 * those are read as contents too and kept verbatim.
 *
 * <p>As a {@link CallMethod} the room is what matters: the receiver SHOULD check that the initiator
 * of a Muji session is an occupant of that room (§ 3). An element without a room is a presence
 * payload; one without room, preparing and contents announces no participation.
 *
 * @param room the Muji room, or {@code null} in presence
 * @param preparing whether {@code <preparing/>} is present: the occupant is joining or changing its
 *     contents, and others must wait for it before starting sessions (§ 3, § 5)
 * @param contents the contents the occupant takes part in, in document order
 * @param ext unknown attributes and children
 * @see <a href="https://xmpp.org/extensions/xep-0272.html">XEP-0272</a>
 */
public record Muji(@Nullable Jid room, boolean preparing, List<XmlElement> contents, Extensions ext)
    implements CallMethod {
  public static final String NAMESPACE = "urn:xmpp:jingle:muji:0";

  /** The presence payload announcing that the occupant is preparing to join. */
  public static final Muji PREPARING = new Muji(null, true, List.of(), Extensions.NONE);

  public Muji {
    contents = List.copyOf(contents);
    requireNonNull(ext, "ext");
  }

  /** {@code <muji room='…'/>}, for an invite, an accept or a session-initiate. */
  public static Muji room(Jid room) {
    return new Muji(requireNonNull(room, "room"), false, List.of(), Extensions.NONE);
  }

  /** The presence payload listing the contents the occupant takes part in. */
  public static Muji contents(List<? extends XmlElement> contents) {
    return new Muji(null, false, List.copyOf(contents), Extensions.NONE);
  }

  /**
   * The presence payload of an occupant adding contents (§ 5): its current contents and {@code
   * <preparing/>}.
   */
  public static Muji preparing(List<? extends XmlElement> contents) {
    return new Muji(null, true, List.copyOf(contents), Extensions.NONE);
  }

  /** The first content of this type (for example the core's Jingle content record), or null. */
  public <T extends XmlElement> @Nullable T content(Class<T> type) {
    for (XmlElement c : contents) {
      if (type.isInstance(c)) {
        return type.cast(c);
      }
    }
    return null;
  }
}
