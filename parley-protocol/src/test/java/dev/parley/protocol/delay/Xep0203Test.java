/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.delay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.testing.XmlArbitraries;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0203 v2.0 examples. */
class Xep0203Test {
  @Test
  void offlineMessage() {
    Message m = Fixtures.roundTrip("xep-0203/example-01.xml", Message.class);
    Delay d = (Delay) m.payloads().get(0);
    assertThat(d.stamp()).isEqualTo(Instant.parse("2002-09-10T23:08:25Z"));
    assertThat(d.from().toString()).isEqualTo("capulet.com");
    assertThat(d.reason().strip()).isEqualTo("Offline Storage");
  }

  @Test
  void lastPresenceAndRoomHistory() {
    Presence p = Fixtures.roundTrip("xep-0203/example-02.xml", Presence.class);
    Delay last = (Delay) p.payloads().get(0);
    assertThat(last.stamp()).isEqualTo(Instant.parse("2002-09-10T23:41:07Z"));
    assertThat(last.from().toString()).isEqualTo("juliet@capulet.com/balcony");
    assertThat(last.reason()).isNull();

    Message m = Fixtures.roundTrip("xep-0203/example-03.xml", Message.class);
    assertThat(m.payloads())
        .containsExactly(
            Delay.of(Instant.parse("2002-09-10T23:05:37Z"), ((Delay) m.payloads().get(0)).from()));
    assertThat(((Delay) m.payloads().get(0)).from().toString())
        .isEqualTo("coven@macbeth.shakespeare.lit");
  }

  @Test
  void stampsAreInstants() {
    Delay offset =
        (Delay)
            Xml.parse(
                "<delay xmlns='urn:xmpp:delay' stamp='2002-09-11T01:08:25.5+02:00'/>",
                ParleyCodecs.registry());
    assertThat(offset.stamp()).isEqualTo(Instant.parse("2002-09-10T23:08:25.500Z"));
    // Written back in UTC, with the precision the instant has.
    assertThat(Xml.toXml(offset, ParleyCodecs.registry()))
        .contains("stamp='2002-09-10T23:08:25.500Z'");
    Delay micros =
        new Delay(Instant.parse("2024-01-01T00:00:00.000001Z"), null, null, Extensions.NONE);
    assertThat(Xml.toXml(RoundTrip.assertIdentity(micros), ParleyCodecs.registry()))
        .contains("stamp='2024-01-01T00:00:00.000001Z'");
    assertThat(Delay.of(Instant.parse("2024-01-01T00:00:00.123456Z"), null).stamp())
        .isEqualTo(Instant.parse("2024-01-01T00:00:00.123Z"));
  }

  @Test
  void invalidDelays() {
    for (String xml :
        List.of(
            "<delay xmlns='urn:xmpp:delay'/>",
            "<delay xmlns='urn:xmpp:delay' stamp='2002-09-10T23:08:25'/>",
            "<delay xmlns='urn:xmpp:delay' stamp='yesterday'/>")) {
      assertThatThrownBy(() -> Xml.parse(xml, ParleyCodecs.registry()))
          .as(xml)
          .isInstanceOf(ProtocolException.class);
    }
    assertThat(new Delay(Instant.EPOCH, null, "", Extensions.NONE).reason()).isNull();
  }

  @Property(tries = 200)
  void roundTrips(@ForAll("delays") Delay d) {
    RoundTrip.assertIdentity(d);
  }

  @Provide
  Arbitrary<Delay> delays() {
    return Combinators.combine(
            instants(),
            XmlArbitraries.jid().injectNull(0.3),
            XmlArbitraries.text().injectNull(0.5),
            XmlArbitraries.unknownAttributes())
        .as((s, f, r, a) -> new Delay(s, f, r, Extensions.of(a, List.of())));
  }

  /** Instants from 1970 to 2100 with no, milli-, micro- or nanosecond precision. */
  static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.of(1_000_000_000, 1_000_000, 1_000, 1),
            Arbitraries.integers().between(0, 999_999_999))
        .as((s, unit, n) -> Instant.ofEpochSecond(s, n / unit * unit));
  }
}
