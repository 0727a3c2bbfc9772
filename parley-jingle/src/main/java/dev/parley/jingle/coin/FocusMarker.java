/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The XEP-0298 focus marker {@code <conference-info xmlns='urn:xmpp:coin:1' isfocus='true'/>} in
 * Jingle (§ 5): a mixer SHOULD put it in its session-initiate, or in its session-accept when it is
 * the one called, and send a session-info carrying it when a call becomes a conference or stops
 * being one. It describes the sender only.
 *
 * <p>Emitted in {@code urn:xmpp:coin:1}; read in every namespace {@link CoinFocus} accepts (no
 * namespace from SylkServer and older Jitsi, {@code urn:xmpp:jingle:apps:coin:1}). To carry it,
 * pass {@link #extras(boolean)} to {@code JingleSession.initiate} or {@code accept}, or {@link
 * CoinFocus#of(boolean)} to {@code info}; {@link #mark(Iq, boolean)} adds it to a built stanza.
 */
public final class FocusMarker {
  private FocusMarker() {}

  /** The marker as the extras of a session-initiate or session-accept. */
  public static List<XmlElement> extras(boolean focus) {
    return List.of(CoinFocus.of(focus));
  }

  /**
   * The Jingle IQ with the marker set (replacing any marker it had), for a session-initiate,
   * session-accept or session-info.
   *
   * @throws IllegalArgumentException if the IQ carries no such Jingle action
   */
  public static Iq mark(Iq iq, boolean focus) {
    Jingle j = iq.payload(Jingle.class).orElse(null);
    if (j == null
        || (j.action() != JingleAction.SESSION_INITIATE
            && j.action() != JingleAction.SESSION_ACCEPT
            && j.action() != JingleAction.SESSION_INFO)) {
      throw new IllegalArgumentException("the focus marker goes in initiate, accept or info");
    }
    List<XmlElement> elements = new ArrayList<>(j.ext().elements().size() + 1);
    for (XmlElement e : j.ext().elements()) {
      if (!(e instanceof CoinFocus)) {
        elements.add(e);
      }
    }
    elements.add(CoinFocus.of(focus));
    Jingle marked =
        new Jingle(
            j.action(),
            j.sid(),
            j.initiator(),
            j.responder(),
            j.contents(),
            j.reason(),
            Extensions.of(j.ext().attributes(), elements));
    List<XmlElement> payloads = new ArrayList<>(iq.payloads());
    payloads.set(payloads.indexOf(j), marked);
    return new Iq(
        iq.type(), iq.id(), iq.from(), iq.to(), iq.lang(), payloads, iq.error(), iq.ext());
  }

  /**
   * What the sender of this Jingle element says about itself: present when it carries a marker,
   * {@code true} for a mixer (an {@code isfocus} that is absent counts as true, since the marker's
   * presence announces the mixer).
   */
  public static Optional<Boolean> focus(Jingle jingle) {
    return jingle.find(CoinFocus.class).map(CoinFocus::focus);
  }

  /** Whether the sender of this Jingle element says it is a mixer. */
  public static boolean isFocus(Jingle jingle) {
    return focus(jingle).orElse(false);
  }
}
