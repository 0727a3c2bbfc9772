/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stream.Handshake;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlLimits;
import dev.parley.protocol.xml.XmlStreamParser;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The sizes {@link StanzaSizes} gives are those of the bytes each element took on the stream. */
class StanzaSizesTest {
  private static final String HEADER =
      "<?xml version='1.0'?><stream:stream xmlns:stream='http://etherx.jabber.org/streams'"
          + " xmlns='jabber:component:accept' from='parley.bench' id='abc'>";

  private static final List<String> ELEMENTS =
      List.of(
          "<handshake/>",
          "<iq type='set' id='a1' from='room0@parley.bench/focus' to='p1@load.bench/phone'>"
              + "<conference-info xmlns='urn:ietf:params:xml:ns:conference-info'"
              + " entity='xmpp:room0@parley.bench' state='partial' version='2' sid='s1'>"
              + "<users state='partial'><user entity='xmpp:p2@load.bench' state='full'>"
              + "<display-text>a &gt; b/ c</display-text><endpoint entity='xmpp:p2@load.bench/phone'/>"
              + "</user></users></conference-info></iq>",
          "\n <presence from='room0@parley.bench/focus' to=\"p1@load.bench/phone\"/>",
          "<message from='room0@parley.bench/focus' to='p1@load.bench/phone' type='chat' id='m>1/'>"
              + "<proceed xmlns='urn:xmpp:jingle-message:0' id='x'/></message>",
          "<iq type='result' id='é/>' from='room0@parley.bench/focus' to='p1@load.bench/phone'/>");

  @Test
  void eachElementIsMeasuredFromTheEndOfThePreviousOne() {
    String stream = HEADER + String.join("", ELEMENTS) + "</stream:stream>";
    StanzaSizes sizes =
        new StanzaSizes(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)));
    XmlStreamParser parser = new XmlStreamParser(sizes, ParleyCodecs.registry(), XmlLimits.DEFAULT);
    parser.readRoot();
    List<Class<?>> expected =
        List.of(Handshake.class, Iq.class, Presence.class, Message.class, Iq.class);
    for (int k = 0; k < ELEMENTS.size(); k++) {
      XmlElement e = parser.next();
      assertThat(e).isInstanceOf(expected.get(k));
      assertThat(sizes.next())
          .as(ELEMENTS.get(k))
          .isEqualTo(ELEMENTS.get(k).getBytes(StandardCharsets.UTF_8).length);
    }
    assertThat(parser.next()).isNull();
  }

  @Test
  void sizesDoNotDependOnHowTheBytesArrive() throws Exception {
    byte[] stream =
        (HEADER + String.join("", ELEMENTS) + "</stream:stream>").getBytes(StandardCharsets.UTF_8);
    StanzaSizes sizes = new StanzaSizes(new OneByteAtATime(stream));
    byte[] sink = new byte[7];
    int reads = 0;
    // Drain, alternating single-byte reads and array reads.
    while ((reads++ % 2 == 0 ? sizes.read() : sizes.read(sink, 0, sink.length)) >= 0) {
      assertThat(reads).isLessThan(10 * stream.length);
    }
    for (String element : ELEMENTS) {
      assertThat(sizes.next()).isEqualTo(element.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  /** Returns at most one byte per read, as a slow socket may. */
  private static final class OneByteAtATime extends InputStream {
    private final ByteArrayInputStream in;

    OneByteAtATime(byte[] bytes) {
      this.in = new ByteArrayInputStream(bytes);
    }

    @Override
    public int read() {
      return in.read();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      return in.read(b, off, Math.min(1, len));
    }
  }
}
