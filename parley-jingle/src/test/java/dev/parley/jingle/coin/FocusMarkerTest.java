/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import static dev.parley.jingle.testing.Stanzas.JULIET;
import static dev.parley.jingle.testing.Stanzas.ROMEO;
import static dev.parley.jingle.testing.Stanzas.voice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The XEP-0298 focus marker in Jingle. */
class FocusMarkerTest {
  @Test
  void theBridgeMarksItsAcceptAndTheMarkerIsWrittenInCoin1() {
    Sent accept =
        Stanzas.pendingResponder().accept("a", List.of(voice()), FocusMarker.extras(true));
    String xml = Xml.toXml(accept.request(), ParleyCodecs.registry());
    assertThat(xml).contains("<conference-info xmlns='urn:xmpp:coin:1' isfocus='true'/>");
    Jingle j = (Jingle) accept.request().payload();
    assertThat(FocusMarker.focus(j)).contains(true);
  }

  @Test
  void markReplacesAnyMarkerOfInitiateAcceptOrInfo() {
    Sent initiate =
        JingleSession.initiate(
            "i",
            "s",
            ROMEO,
            JULIET,
            List.of(voice()),
            FocusMarker.extras(false),
            SessionOptions.DEFAULT);
    Iq marked = FocusMarker.mark(initiate.request(), true);
    Jingle j = (Jingle) marked.payload();
    assertThat(j.findAll(CoinFocus.class)).containsExactly(CoinFocus.FOCUS);
    assertThat(j.contents()).isEqualTo(((Jingle) initiate.request().payload()).contents());
    assertThat(marked.id()).isEqualTo("i");

    Sent info = initiate.session().info("n");
    assertThat(FocusMarker.isFocus((Jingle) FocusMarker.mark(info.request(), true).payload()))
        .isTrue();
    Sent terminate = initiate.session().terminate("t", Reason.of(ReasonCondition.SUCCESS));
    assertThatThrownBy(() -> FocusMarker.mark(terminate.request(), true))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readsTheMarkerInEveryDeployedNamespace() {
    Jingle sylk = (Jingle) ((Iq) Fixtures.parse("interop/sylkserver-session-accept.xml")).payload();
    assertThat(FocusMarker.focus(sylk)).contains(true);
    Jingle plain = (Jingle) ((Iq) Fixtures.parse("xep-0166/example-06.xml")).payload();
    assertThat(FocusMarker.focus(plain)).isEmpty();
    assertThat(FocusMarker.isFocus(plain)).isFalse();
    Jingle noAttribute =
        Jingle.sessionInfo(
            "s", new CoinFocus(null, CoinFocus.Variant.JINGLE_APPS_COIN_1, Extensions.NONE));
    assertThat(FocusMarker.isFocus(noAttribute))
        .as("a marker without isfocus announces a mixer")
        .isTrue();
  }
}
