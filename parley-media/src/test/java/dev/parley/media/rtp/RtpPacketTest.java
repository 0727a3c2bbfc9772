/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtpPacketTest {
  private final RtpPacket packet = new RtpPacket();

  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  @Test
  void parsesTheFixedHeader() {
    // V=2, no P/X/CC, M=1, PT=0, seq 0x1234, ts 0xDEADBEEF, SSRC 0x01020304, 4 payload bytes
    byte[] b = hex("80 80 1234 DEADBEEF 01020304 AABBCCDD");
    assertThat(packet.wrap(b, 0, b.length)).isEqualTo(RtpParse.OK);
    assertThat(packet.marker()).isTrue();
    assertThat(packet.payloadType()).isZero();
    assertThat(packet.sequence()).isEqualTo(0x1234);
    assertThat(packet.timestamp()).isEqualTo(0xDEADBEEFL);
    assertThat(packet.ssrc()).isEqualTo(0x01020304L);
    assertThat(packet.csrcCount()).isZero();
    assertThat(packet.hasExtension()).isFalse();
    assertThat(packet.payloadOffset()).isEqualTo(12);
    assertThat(packet.payloadLength()).isEqualTo(4);
  }

  @Test
  void parsesAtAnOffset() {
    byte[] b = hex("FFFF 80 08 0001 00000001 00000002 11");
    assertThat(packet.wrap(b, 2, b.length - 2)).isEqualTo(RtpParse.OK);
    assertThat(packet.payloadType()).isEqualTo(8);
    assertThat(packet.payloadOffset()).isEqualTo(14);
    assertThat(packet.payloadLength()).isEqualTo(1);
  }

  @Test
  void parsesCsrcsExtensionAndPadding() {
    // V=2 P=1 X=1 CC=2; one-byte extension with one element (id 1, 1 byte) padded to 4 bytes;
    // 2 payload bytes; 2 padding bytes (the last holds the count)
    byte[] b =
        hex(
            "B2 60 0001 00000010 00000020 0000000A 0000000B"
                + " BEDE 0001 10 7F 00 00"
                + " 5566"
                + " 00 02");
    assertThat(packet.wrap(b, 0, b.length)).isEqualTo(RtpParse.OK);
    assertThat(packet.padding()).isTrue();
    assertThat(packet.payloadType()).isEqualTo(96);
    assertThat(packet.csrcCount()).isEqualTo(2);
    assertThat(packet.csrc(0)).isEqualTo(10);
    assertThat(packet.csrc(1)).isEqualTo(11);
    assertThat(packet.extensionProfile()).isEqualTo(0xBEDE);
    assertThat(packet.extensionLength()).isEqualTo(4);
    assertThat(packet.payloadOffset()).isEqualTo(12 + 8 + 8);
    assertThat(packet.payloadLength()).isEqualTo(2);
    assertThat(RtpHeader.of(packet).extensions())
        .containsExactly(new ExtensionElement(1, new byte[] {0x7F}));
  }

  @Test
  void rejectsMalformedPackets() {
    assertThat(packet.wrap(hex("80 00 0001 00000001"), 0, 8)).isEqualTo(RtpParse.TOO_SHORT);
    byte[] v1 = hex("40 00 0001 00000001 00000001");
    assertThat(packet.wrap(v1, 0, v1.length)).isEqualTo(RtpParse.BAD_VERSION);
    byte[] csrc = hex("83 00 0001 00000001 00000001 00000001");
    assertThat(packet.wrap(csrc, 0, csrc.length)).isEqualTo(RtpParse.BAD_CSRC);
    byte[] extHeader = hex("90 00 0001 00000001 00000001 BEDE");
    assertThat(packet.wrap(extHeader, 0, extHeader.length)).isEqualTo(RtpParse.BAD_EXTENSION);
    byte[] extBody = hex("90 00 0001 00000001 00000001 BEDE 0002 10FF0000");
    assertThat(packet.wrap(extBody, 0, extBody.length)).isEqualTo(RtpParse.BAD_EXTENSION);
    byte[] zeroPad = hex("A0 00 0001 00000001 00000001 AA 00");
    assertThat(packet.wrap(zeroPad, 0, zeroPad.length)).isEqualTo(RtpParse.BAD_PADDING);
    byte[] longPad = hex("A0 00 0001 00000001 00000001 AA 03");
    assertThat(packet.wrap(longPad, 0, longPad.length)).isEqualTo(RtpParse.BAD_PADDING);
  }

  @Test
  void paddingMayTakeTheWholePayload() {
    byte[] b = hex("A0 00 0001 00000001 00000001 0000 03");
    assertThat(packet.wrap(b, 0, b.length)).isEqualTo(RtpParse.OK);
    assertThat(packet.payloadLength()).isZero();
  }

  @Test
  void writesAndReadsBackAHeaderWithEverything() {
    RtpHeader header =
        new RtpHeader(
            true,
            111,
            65535,
            0xFFFF_FFFFL,
            0x8000_0000L,
            List.of(1L, 0xFFFF_FFFFL),
            List.of(
                new ExtensionElement(1, new byte[] {(byte) 0x85}),
                new ExtensionElement(14, new byte[16])));
    byte[] buf = new byte[200];
    int n = header.write(buf, 3);
    assertThat(n).isEqualTo(header.length());
    buf[3 + n] = 42; // one payload byte
    assertThat(packet.wrap(buf, 3, n + 1)).isEqualTo(RtpParse.OK);
    assertThat(RtpHeader.of(packet)).isEqualTo(header);
    assertThat(packet.extensionProfile()).isEqualTo(HeaderExtensions.ONE_BYTE_PROFILE);
    assertThat(packet.payloadLength()).isEqualTo(1);
    assertThat(buf[packet.payloadOffset()]).isEqualTo((byte) 42);
  }

  @Test
  void usesTheTwoByteFormWhenAnElementDoesNotFitTheOneByteForm() {
    RtpHeader header =
        new RtpHeader(
            false,
            0,
            1,
            2,
            3,
            List.of(),
            List.of(
                new ExtensionElement(15, new byte[] {1, 2}), new ExtensionElement(2, new byte[0])));
    byte[] buf = new byte[100];
    int n = header.write(buf, 0);
    assertThat(packet.wrap(buf, 0, n)).isEqualTo(RtpParse.OK);
    assertThat(HeaderExtensions.isTwoByte(packet.extensionProfile())).isTrue();
    assertThat(RtpHeader.of(packet)).isEqualTo(header);
  }

  @Test
  void theFastWriterWritesWhatTheParserReads() {
    byte[] buf = new byte[12];
    RtpWriter.writeFixedHeader(buf, 0, true, 8, 40000, 123456789L, 0xCAFEBABEL);
    assertThat(packet.wrap(buf, 0, 12)).isEqualTo(RtpParse.OK);
    assertThat(RtpHeader.of(packet))
        .isEqualTo(RtpHeader.of(true, 8, 40000, 123456789L, 0xCAFEBABEL));
  }
}
