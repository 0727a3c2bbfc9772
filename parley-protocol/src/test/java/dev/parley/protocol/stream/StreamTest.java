/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlLimits;
import dev.parley.protocol.xml.XmlOut;
import dev.parley.protocol.xml.XmlStreamParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StreamTest {
  private static XmlStreamParser parser(String wire, XmlLimits limits) {
    return new XmlStreamParser(
        new ByteArrayInputStream(wire.getBytes(StandardCharsets.UTF_8)),
        ParleyCodecs.registry(),
        limits);
  }

  @Test
  void readsTheServerHeaderOfXep0114() {
    // XEP-0114 § 3, "Server replies with stream header, including StreamID".
    String wire =
        "<stream:stream\n    xmlns:stream='http://etherx.jabber.org/streams'\n    xmlns='jabber:component:accept'\n"
            + "    from='plays.shakespeare.lit'\n    id='3BF96D32'>";
    XmlStreamParser p = parser(wire, XmlLimits.DEFAULT);
    StreamHeader header = StreamHeader.from(p.readRoot());
    assertThat(header)
        .isEqualTo(
            new StreamHeader(
                "jabber:component:accept", "plays.shakespeare.lit", null, "3BF96D32", null, null));
  }

  @Test
  void writesTheComponentHeaderOfXep0114() {
    String open = StreamHeader.componentOpen("plays.shakespeare.lit").openTag();
    assertThat(open)
        .isEqualTo(
            "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept' to='plays.shakespeare.lit'>");
    XmlStreamParser p = parser(open, XmlLimits.DEFAULT);
    assertThat(StreamHeader.from(p.readRoot()).to()).isEqualTo("plays.shakespeare.lit");
  }

  @Test
  void handshakeDigestIsLowercaseHexSha1OfIdAndSecret() {
    // sha1("3BF96D32" + "secret"), computed independently with `printf 3BF96D32secret | sha1sum`.
    assertThat(Handshake.of("3BF96D32", "secret").digest())
        .isEqualTo("b09ea9b3b7f586be8a08d0a3dd7466f110aeb136");
  }

  @Test
  void readsStanzasOneAtATimeIgnoringKeepAlives() {
    String wire =
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept' id='1'>"
            + "<handshake/> \n <iq type='get' id='a' from='x@y.example' to='c.example'><ping xmlns='urn:xmpp:ping'/></iq>\n"
            + "<message to='c.example'><body>b</body></message>"
            + "<stream:error><host-unknown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error></stream:stream>";
    XmlStreamParser p = parser(wire, XmlLimits.DEFAULT);
    p.readRoot();
    assertThat(p.next()).isEqualTo(Handshake.ACCEPTED);
    Iq iq = (Iq) p.next();
    assertThat(iq.payload()).isEqualTo(Ping.INSTANCE);
    assertThat(((Message) p.next()).body()).isEqualTo("b");
    assertThat(((StreamError) p.next()).condition()).isEqualTo(StreamError.Condition.HOST_UNKNOWN);
    assertThat(p.next()).isNull();
    assertThat(p.next()).isNull();
  }

  @Test
  void stanzaSizeLimitIsPerStanzaNotPerStream() {
    XmlLimits limits = XmlLimits.DEFAULT.withMaxStanzaChars(2_000);
    String stanza =
        "<message to='c.example'><body>" + "x".repeat(1_000) + "</body><a/><b/></message>";
    String wire =
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept'>"
            + stanza.repeat(20);
    XmlStreamParser p = parser(wire + "</stream:stream>", limits);
    p.readRoot();
    for (int i = 0; i < 20; i++) {
      assertThat(p.next()).isInstanceOf(Message.class);
    }
    String big = "<message to='c.example'>" + "<a>x</a>".repeat(1_000) + "</message>";
    XmlStreamParser q =
        parser(
            "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept'>"
                + big,
            limits);
    q.readRoot();
    assertThatThrownBy(q::next)
        .isInstanceOf(ProtocolException.class)
        .extracting(e -> ((ProtocolException) e).kind())
        .isEqualTo(ProtocolException.Kind.LIMIT_EXCEEDED);
  }

  @Test
  void invalidStanzasAreRejectedAndTheStreamContinues() {
    String wire =
        "<stream:stream xmlns:stream='http://etherx.jabber.org/streams' xmlns='jabber:component:accept'>"
            + "<iq type='get' id='bad1' from='u@s.example/r' to='c.example'><ping xmlns='urn:xmpp:ping'/><x>deep<y/></x></iq>"
                .replace("type='get'", "type='fetch'")
            + "<iq type='get' id='bad2' from='u@s.example/r' to='c.example'><q xmlns='urn:x'><r/></q><z/></iq>"
                .replace("to='c.example'", "to='@bad'")
            + "<iq type='get' id='good' from='u@s.example/r' to='c.example'><ping xmlns='urn:xmpp:ping'/></iq>";
    XmlStreamParser p = parser(wire, XmlLimits.DEFAULT);
    p.readRoot();
    var first = (dev.parley.protocol.xml.RejectedElement) p.next();
    assertThat(first.attribute("id")).isEqualTo("bad1");
    assertThat(first.problem().getMessage()).contains("type");
    var second = (dev.parley.protocol.xml.RejectedElement) p.next();
    assertThat(second.attribute("id")).isEqualTo("bad2");
    assertThat(second.problem().getMessage()).contains("JID");
    assertThat(((Iq) p.next()).id()).isEqualTo("good");
  }

  @Test
  void refusesDoctypeOnTheStream() {
    XmlStreamParser p =
        parser(
            "<!DOCTYPE s [<!ENTITY a 'b'>]><stream:stream xmlns:stream='http://etherx.jabber.org/streams'>",
            XmlLimits.DEFAULT);
    assertThatThrownBy(p::readRoot)
        .isInstanceOf(ProtocolException.class)
        .extracting(e -> ((ProtocolException) e).kind())
        .isEqualTo(ProtocolException.Kind.DTD_REFUSED);
  }

  @Test
  void stanzasWrittenIntoAStreamInheritItsNamespace() {
    StringBuilder sb = new StringBuilder();
    new XmlOut(
            sb,
            ParleyCodecs.registry(),
            "jabber:component:accept",
            "jabber:component:accept",
            "stream",
            StreamHeader.STREAM_NS)
        .element(Iq.get(null, Ping.INSTANCE).withId("1"))
        .element(StreamError.of(StreamError.Condition.SYSTEM_SHUTDOWN, null));
    assertThat(sb.toString())
        .isEqualTo(
            "<iq type='get' id='1'><ping xmlns='urn:xmpp:ping'/></iq>"
                + "<stream:error><system-shutdown xmlns='urn:ietf:params:xml:ns:xmpp-streams'/></stream:error>");
    assertThat(
            Xml.toXml(Handshake.of("id", "s"), ParleyCodecs.registry(), "jabber:component:accept"))
        .startsWith("<handshake xmlns='jabber:component:accept'>");
  }
}
