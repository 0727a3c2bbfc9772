/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.media.codec.DtmfDetector.Digit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class TelephoneEventTest {
  private static final long MS = 1_000_000;

  @Test
  void parsesAndWritesThePayload() {
    // RFC 4733 § 2.3: event 9, E=1, R=0, volume 10, duration 1600 (200 ms at 8 kHz)
    byte[] b = HexFormat.of().parseHex("098A0640");
    TelephoneEvent e = TelephoneEvent.parse(b, 0, 4);
    assertThat(e).isEqualTo(new TelephoneEvent(9, true, 10, 1600));
    byte[] out = new byte[4];
    assertThat(e.write(out, 0)).isEqualTo(4);
    assertThat(out).isEqualTo(b);
    assertThat(TelephoneEvent.parse(b, 0, 3)).isNull();
    // the reserved R bit is ignored
    assertThat(TelephoneEvent.parse(HexFormat.of().parseHex("0B4A0000"), 0, 4))
        .isEqualTo(new TelephoneEvent(11, false, 10, 0));
  }

  @Test
  void digitsMapToEventCodes() {
    assertThat(TelephoneEvent.digit(0)).isEqualTo('0');
    assertThat(TelephoneEvent.digit(10)).isEqualTo('*');
    assertThat(TelephoneEvent.digit(11)).isEqualTo('#');
    assertThat(TelephoneEvent.digit(15)).isEqualTo('D');
    assertThat(TelephoneEvent.eventOf('a')).isEqualTo(12);
    assertThatThrownBy(() -> TelephoneEvent.eventOf('x'))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private record Sent(long ts, TelephoneEvent e) {}

  /** The packets a generator produces for {@code digits}, one per 20 ms frame. */
  private static List<Sent> generate(String digits, int frames) {
    DtmfGenerator g = new DtmfGenerator(160, 2, 10);
    for (char c : digits.toCharArray()) {
      g.enqueue(c, frames);
    }
    List<Sent> out = new ArrayList<>();
    long ts = 1000;
    while (g.busy()) {
      DtmfGenerator.Packet p = g.next(ts);
      if (p != null) {
        out.add(new Sent(p.timestamp(), p.event()));
      }
      ts += 160;
    }
    return out;
  }

  @Test
  void generatorSendsUpdatesAndThreeEndPackets() {
    DtmfGenerator g = new DtmfGenerator(160, 0, 10);
    g.enqueue('5', 3);
    List<DtmfGenerator.Packet> packets = new ArrayList<>();
    for (long ts = 0; g.busy(); ts += 160) {
      packets.add(g.next(ts));
    }
    assertThat(packets).hasSize(5);
    assertThat(packets).allSatisfy(p -> assertThat(p.timestamp()).isZero());
    assertThat(packets.get(0).marker()).isTrue();
    assertThat(packets.stream().skip(1)).noneMatch(DtmfGenerator.Packet::marker);
    assertThat(packets.stream().map(p -> p.event().duration()))
        .containsExactly(160, 320, 480, 480, 480);
    assertThat(packets.stream().map(p -> p.event().end()))
        .containsExactly(false, false, true, true, true);
  }

  @Test
  void detectorReportsEachDigitExactlyOnceDespiteRedundantEnds() {
    DtmfDetector d = new DtmfDetector(8000, 500 * MS);
    List<Digit> digits = new ArrayList<>();
    long now = 0;
    for (Sent s : generate("12#", 5)) {
      Digit digit = d.onPacket(s.ts(), s.e(), now += 20 * MS);
      if (digit != null) {
        digits.add(digit);
      }
    }
    assertThat(digits)
        .containsExactly(new Digit('1', 100), new Digit('2', 100), new Digit('#', 100));
    assertThat(d.poll(now + 10_000 * MS)).isNull();
  }

  @Test
  void lostEndPacketsAreCoveredByTheNextEventOrTheTimeout() {
    DtmfDetector d = new DtmfDetector(8000, 200 * MS);
    List<Digit> digits = new ArrayList<>();
    long now = 0;
    for (Sent s : generate("47", 4)) {
      if (s.e().end()) {
        continue; // every end packet lost
      }
      now += 20 * MS;
      Digit digit = d.onPacket(s.ts(), s.e(), now);
      if (digit != null) {
        digits.add(digit);
      }
    }
    assertThat(digits).containsExactly(new Digit('4', 60)); // seen up to 480 units of 640
    assertThat(d.poll(now + 100 * MS)).isNull();
    assertThat(d.poll(now + 200 * MS)).isEqualTo(new Digit('7', 60));
    assertThat(d.poll(now + 400 * MS)).isNull();
  }

  @Test
  void reorderedAndLateRetransmissionsOfOldEventsAreIgnored() {
    DtmfDetector d = new DtmfDetector(8000, 500 * MS);
    assertThat(d.onPacket(1000, new TelephoneEvent(1, false, 10, 160), 0)).isNull();
    assertThat(d.onPacket(1000, new TelephoneEvent(1, true, 10, 800), MS))
        .isEqualTo(new Digit('1', 100));
    assertThat(d.onPacket(5000, new TelephoneEvent(2, true, 10, 800), 2 * MS))
        .isEqualTo(new Digit('2', 100));
    // a delayed end packet of the first event
    assertThat(d.onPacket(1000, new TelephoneEvent(1, true, 10, 800), 3 * MS)).isNull();
    // a duplicate end of the second
    assertThat(d.onPacket(5000, new TelephoneEvent(2, true, 10, 800), 4 * MS)).isNull();
  }

  @Test
  void segmentsOfALongEventAreOneDigit() {
    // RFC 4733 § 2.5.1.3: an event longer than 65535 units continues in a new segment
    DtmfDetector d = new DtmfDetector(8000, 500 * MS);
    assertThat(d.onPacket(0, new TelephoneEvent(3, false, 10, 65000), 0)).isNull();
    assertThat(d.onPacket(0, new TelephoneEvent(3, false, 10, 65535), MS)).isNull();
    assertThat(d.onPacket(65535, new TelephoneEvent(3, false, 10, 160), 2 * MS)).isNull();
    assertThat(d.onPacket(65535, new TelephoneEvent(3, true, 10, 8000), 3 * MS))
        .isEqualTo(new Digit('3', (65535 + 8000) / 8));
  }

  @Test
  void timestampWrapIsSerialArithmetic() {
    DtmfDetector d = new DtmfDetector(8000, 500 * MS);
    assertThat(d.onPacket(0xFFFF_FF00L, new TelephoneEvent(1, true, 10, 160), 0))
        .isEqualTo(new Digit('1', 20));
    assertThat(d.onPacket(0x100, new TelephoneEvent(2, true, 10, 160), MS))
        .isEqualTo(new Digit('2', 20));
  }

  @Test
  void nonDtmfEventsAreIgnored() {
    DtmfDetector d = new DtmfDetector(8000, 500 * MS);
    assertThat(d.onPacket(0, new TelephoneEvent(32, true, 10, 160), 0)).isNull();
  }
}
