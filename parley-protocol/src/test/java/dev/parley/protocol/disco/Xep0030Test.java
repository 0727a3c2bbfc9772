/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.disco;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0030 v2.5.0 examples. */
class Xep0030Test {
  private static DiscoInfo info(String path) {
    return (DiscoInfo) Fixtures.roundTrip(path, Iq.class).payload();
  }

  private static DiscoItems items(String path) {
    return (DiscoItems) Fixtures.roundTrip(path, Iq.class).payload();
  }

  @Test
  void infoRequestsAreEmptyQueries() {
    for (String path :
        List.of("xep-0030/example-01.xml", "xep-0030/example-05.xml", "xep-0030/example-26.xml")) {
      Iq iq = Fixtures.roundTrip(path, Iq.class);
      assertThat(iq.type()).as(path).isEqualTo(Iq.Type.GET);
      assertThat(iq.payload()).as(path).isEqualTo(DiscoInfo.request());
    }
    assertThat(info("xep-0030/example-09.xml"))
        .isEqualTo(DiscoInfo.request("http://jabber.org/protocol/commands"));
  }

  @Test
  void infoResult() {
    DiscoInfo info = info("xep-0030/example-02.xml");
    assertThat(info.node()).isNull();
    assertThat(info.identities())
        .containsExactly(
            Identity.of("conference", "text", "Play-Specific Chatrooms"),
            Identity.of("directory", "chatroom", "Play-Specific Chatrooms"));
    assertThat(info.featureVars())
        .containsExactly(
            DiscoInfo.NAMESPACE,
            DiscoItems.NAMESPACE,
            "http://jabber.org/protocol/muc",
            "jabber:iq:register",
            "jabber:iq:search",
            "jabber:iq:time",
            "jabber:iq:version");
    assertThat(info.hasFeature("http://jabber.org/protocol/muc")).isTrue();
    assertThat(info.hasFeature("urn:xmpp:ping")).isFalse();
    assertThat(info.hasIdentity("directory", "chatroom")).isTrue();
    assertThat(info.forms()).isEmpty();

    DiscoInfo account = info("xep-0030/example-06.xml");
    assertThat(account.identities()).containsExactly(Identity.of("account", "registered"));
    assertThat(account.featureVars()).containsExactly(DiscoInfo.NAMESPACE);
  }

  @Test
  void infoErrorsEchoTheQuery() {
    Iq notFound = Fixtures.roundTrip("xep-0030/example-03.xml", Iq.class);
    assertThat(notFound.payload()).isEqualTo(DiscoInfo.request());
    assertThat(notFound.error().condition()).isEqualTo(StanzaError.Condition.ITEM_NOT_FOUND);
    Iq unavailable = Fixtures.roundTrip("xep-0030/example-04.xml", Iq.class);
    assertThat(unavailable.error().condition())
        .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    Iq notAllowed = Fixtures.roundTrip("xep-0030/example-24.xml", Iq.class);
    assertThat(notAllowed.payload())
        .isEqualTo(DiscoInfo.request("http://jabber.org/protocol/commands"));
    assertThat(notAllowed.error().condition()).isEqualTo(StanzaError.Condition.NOT_ALLOWED);
  }

  @Test
  void infoOfRoomResourceAndNode() {
    DiscoInfo room = info("xep-0030/example-07-corrected.xml");
    assertThat(room.identities()).containsExactly(Identity.of("conference", "text", "A Dark Cave"));
    assertThat(room.features()).hasSize(8).contains(Feature.of("muc_passwordprotected"));

    DiscoInfo resource = info("xep-0030/example-08-corrected.xml");
    assertThat(resource.identity("client", "pc").name()).isEqualTo("Gabber");
    assertThat(resource.featureVars()).contains("jabber:iq:time", "jabber:iq:version");

    DiscoInfo node = info("xep-0030/example-10.xml");
    assertThat(node.node()).isEqualTo("http://jabber.org/protocol/commands");
    assertThat(node.identities()).containsExactly(Identity.of("automation", "command-list"));
  }

  @Test
  void itemsRequestsAreEmptyQueries() {
    for (String path :
        List.of(
            "xep-0030/example-11.xml",
            "xep-0030/example-14.xml",
            "xep-0030/example-16.xml",
            "xep-0030/example-28.xml")) {
      assertThat(items(path)).as(path).isEqualTo(DiscoItems.request());
    }
    assertThat(items("xep-0030/example-18.xml")).isEqualTo(DiscoItems.request("music"));
    assertThat(items("xep-0030/example-20.xml")).isEqualTo(DiscoItems.request("music/D"));
    assertThat(items("xep-0030/example-22.xml"))
        .isEqualTo(DiscoItems.request("http://jabber.org/protocol/tune"));
  }

  @Test
  void itemsResults() {
    DiscoItems all = items("xep-0030/example-12.xml");
    assertThat(all.items()).hasSize(8);
    assertThat(all.items().get(0).jid().toString()).isEqualTo("people.shakespeare.lit");
    assertThat(all.items().get(0).name()).isEqualTo("Directory of Characters");
    assertThat(all.items().get(0).node()).isNull();
    assertThat(all.items().get(6).name()).isEqualTo("Buy Shakespeare Stuff!");

    assertThat(items("xep-0030/example-13.xml").items()).isEmpty();

    DiscoItems resources = items("xep-0030/example-15.xml");
    assertThat(resources.items())
        .extracting(i -> i.jid().toString())
        .containsExactly("juliet@capulet.com/balcony", "juliet@capulet.com/chamber");

    DiscoItems nodes = items("xep-0030/example-17.xml");
    assertThat(nodes.items()).extracting(Item::node).containsExactly("books", "clothing", "music");
    assertThat(nodes.items().get(2).name()).isEqualTo("Music from the time of Shakespeare");

    DiscoItems music = items("xep-0030/example-19-corrected.xml");
    assertThat(music.node()).isEqualTo("music");
    assertThat(music.items())
        .extracting(Item::node)
        .containsExactly("music/A", "music/B", "music/C", "music/D");

    DiscoItems dowland = items("xep-0030/example-21.xml");
    assertThat(dowland.node()).isEqualTo("music/D");
    assertThat(dowland.items().get(1).name()).isEqualTo("John Dowland - A Pilgrimes Solace");

    DiscoItems tunes = items("xep-0030/example-23.xml");
    assertThat(tunes.items().get(0).name()).isEqualTo("Romeo's CD player");
    assertThat(tunes.items().get(1).name()).isNull();
    assertThat(tunes.items().get(2).node()).isEqualTo("g8k4kds9sd89djf3");
  }

  @Test
  void unknownChildrenAndOrderAreTolerated() {
    // Features before identities, an RSM-like <set/> and an unknown attribute.
    String xml =
        "<query xmlns='http://jabber.org/protocol/disco#info' node='n' x-extra='1'>"
            + "<feature var='a'/><identity category='c' type='t' xml:lang='en' name='N'/>"
            + "<set xmlns='http://jabber.org/protocol/rsm'><max>5</max></set></query>";
    DiscoInfo info = (DiscoInfo) Fixtures.roundTripSnippet(xml, "interleaved disco#info");
    assertThat(info.identities().get(0).lang()).isEqualTo("en");
    assertThat(info.ext().attributes()).hasSize(1);
    assertThat(info.ext().elements()).singleElement().isInstanceOf(ForeignElement.class);
  }

  @Test
  void requiredAttributes() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<query xmlns='http://jabber.org/protocol/disco#info'><identity type='pc'/>"
                        + "</query>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<query xmlns='http://jabber.org/protocol/disco#info'>"
                        + "<identity category='' type='pc'/></query>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<query xmlns='http://jabber.org/protocol/disco#items'><item name='x'/>"
                        + "</query>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void discoInfoRoundTrips(@ForAll("infos") DiscoInfo info) {
    RoundTrip.assertIdentity(info);
  }

  @Property(tries = 200)
  void discoItemsRoundTrip(@ForAll("itemLists") DiscoItems items) {
    RoundTrip.assertIdentity(items);
  }

  @Provide
  Arbitrary<DiscoInfo> infos() {
    return DiscoArbitraries.discoInfo();
  }

  @Provide
  Arbitrary<DiscoItems> itemLists() {
    return DiscoArbitraries.discoItems();
  }
}
