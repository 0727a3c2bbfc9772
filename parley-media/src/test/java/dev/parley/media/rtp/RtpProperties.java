/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RtpProperties {
  @Provide
  Arbitrary<ExtensionElement> elements() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 255),
            Arbitraries.bytes().array(byte[].class).ofMaxSize(20))
        .as(ExtensionElement::new);
  }

  @Provide
  Arbitrary<RtpHeader> headers() {
    Arbitrary<Long> u32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 127),
            Arbitraries.integers().between(0, 65535),
            u32,
            u32,
            u32.list().ofMaxSize(15),
            elements().list().ofMaxSize(6))
        .as(RtpHeader::new);
  }

  @Property
  void writeThenParseIsTheIdentity(
      @ForAll("headers") RtpHeader header,
      @ForAll("payloads") byte[] payload,
      @ForAll("offsets") int offset) {
    byte[] buf = new byte[offset + header.length() + payload.length];
    int n = header.write(buf, offset);
    System.arraycopy(payload, 0, buf, offset + n, payload.length);
    RtpPacket p = new RtpPacket();
    assertThat(p.wrap(buf, offset, n + payload.length)).isEqualTo(RtpParse.OK);
    assertThat(RtpHeader.of(p)).isEqualTo(header);
    assertThat(p.payloadOffset()).isEqualTo(offset + n);
    assertThat(p.payloadLength()).isEqualTo(payload.length);
  }

  @Provide
  Arbitrary<byte[]> payloads() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 7);
  }

  @Property(tries = 2000)
  void anyBytesParseWithoutThrowingAndStayInBounds(@ForAll("datagrams") byte[] bytes) {
    RtpPacket p = new RtpPacket();
    RtpParse result = p.wrap(bytes, 0, bytes.length);
    if (result == RtpParse.OK) {
      assertThat(p.payloadOffset()).isBetween(12, bytes.length);
      assertThat(p.payloadOffset() + p.payloadLength()).isLessThanOrEqualTo(bytes.length);
      HeaderExtensions cursor = new HeaderExtensions();
      cursor.reset(p);
      while (cursor.next()) {
        assertThat(cursor.dataOffset() + cursor.dataLength())
            .isLessThanOrEqualTo(p.extensionOffset() + p.extensionLength());
      }
    }
  }

  @Provide
  Arbitrary<byte[]> datagrams() {
    // Mostly version-2 first bytes, so that the deeper checks run.
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(80);
    return random.map(
        b -> {
          if (b.length > 0 && b[0] % 4 != 0) {
            b[0] = (byte) (0x80 | (b[0] & 0x3F));
          }
          return b;
        });
  }

  @Property(tries = 500)
  void mutatingAValidPacketNeverThrows(
      @ForAll("headers") RtpHeader header,
      @ForAll("positions") List<Integer> positions,
      @ForAll byte value,
      @ForAll("cuts") int cut) {
    byte[] buf = new byte[header.length() + 10];
    int n = header.write(buf, 0) + 10;
    for (int pos : positions) {
      buf[pos % n] = value;
    }
    int len = Math.max(0, n - cut);
    RtpPacket p = new RtpPacket();
    if (p.wrap(buf, 0, len) == RtpParse.OK) {
      assertThat(p.payloadOffset() + p.payloadLength()).isLessThanOrEqualTo(len);
      RtpHeader.of(p); // extension parsing must not throw either
    }
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 30);
  }
}
