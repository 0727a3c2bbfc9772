/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.rtcp.RtcpPacket.Bye;
import dev.parley.media.rtcp.RtcpPacket.ReceiverReport;
import dev.parley.media.rtcp.RtcpPacket.SenderReport;
import dev.parley.media.rtcp.RtcpPacket.SourceDescription;
import dev.parley.media.rtcp.RtcpPacket.Unknown;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class RtcpTest {
  private static byte[] hex(String s) {
    return HexFormat.of().parseHex(s.replace(" ", ""));
  }

  @Test
  void parsesAHandWrittenCompoundOfReceiverReportAndCname() {
    byte[] b =
        hex(
            // RR, RC=1, length 7 words: SSRC 0x11111111, block for 0x22222222:
            // fraction 0x40 (25 %), cumulative lost −2 (0xFFFFFE), ext. highest seq 0x00010005,
            // jitter 12, LSR 0xAABBCCDD, DLSR 0x00010000 (1 s)
            "81 C9 0007 11111111"
                + " 22222222 40 FFFFFE 00010005 0000000C AABBCCDD 00010000"
                // SDES, SC=1, length 3 words: chunk SSRC, CNAME "abc", null item, pad
                + " 81 CA 0003 11111111 01 03 616263 00 0000");
    RtcpParser.Result r = RtcpParser.parse(b, 0, b.length);
    assertThat(r.error()).isNull();
    assertThat(r.packets()).hasSize(2);
    ReceiverReport rr = (ReceiverReport) r.packets().get(0);
    assertThat(rr.ssrc()).isEqualTo(0x11111111L);
    ReportBlock block = rr.reports().get(0);
    assertThat(block)
        .isEqualTo(new ReportBlock(0x22222222L, 0x40, -2, 0x10005, 12, 0xAABBCCDDL, 0x10000));
    assertThat(block.fractionLostRatio()).isEqualTo(0.25);
    SourceDescription sdes = (SourceDescription) r.packets().get(1);
    assertThat(sdes.cnameOf(0x11111111L)).contains("abc");
    assertThat(RtcpWriter.write(r.packets(), new byte[b.length], 0)).isEqualTo(b.length);
    byte[] written = new byte[b.length];
    RtcpWriter.write(r.packets(), written, 0);
    assertThat(written).isEqualTo(b);
  }

  /**
   * A CNAME of 255 bytes that are not UTF-8: decoded naively each byte would become U+FFFD (three
   * bytes), too long for an SDES item, and the parser would throw on hostile input.
   */
  @Test
  void malformedUtf8InSdesAndByeTextIsReplacedWithinTheLimit() {
    StringBuilder ff = new StringBuilder();
    for (int i = 0; i < 255; i++) {
      ff.append("FF");
    }
    byte[] b =
        hex(
            // RR, RC=0, SSRC; SDES, SC=1, 66 words: chunk, CNAME of 255 × 0xFF, null item, pad
            "80 C9 0001 11111111"
                + " 81 CA 0042 11111111 01 FF "
                + ff
                + " 00 0000"
                // BYE, SC=1, 2 words: SSRC, reason of 3 bytes: "a", 0xC3 (truncated sequence), "b"
                + " 81 CB 0002 11111111 03 61 C3 62");
    RtcpParser.Result r = RtcpParser.parse(b, 0, b.length);

    assertThat(r.error()).isNull();
    SourceDescription sdes = (SourceDescription) r.packets().get(1);
    assertThat(sdes.cnameOf(0x11111111L)).contains("?".repeat(255));
    assertThat(((Bye) r.packets().get(2)).reason()).isEqualTo("a?b");
  }

  @Test
  void roundTripsEveryPacketType() {
    List<RtcpPacket> packets =
        List.of(
            new SenderReport(
                1,
                NtpTime.fromUnixMillis(1_700_000_000_123L),
                160_000,
                1000,
                160_000,
                List.of(
                    new ReportBlock(
                        2, 255, ReportBlock.MIN_CUMULATIVE_LOST, 0xFFFF_FFFFL, 0, 0, 0))),
            SourceDescription.cname(1, "bridge@parley"),
            new Bye(List.of(1L, 0xFFFF_FFFFL), "Call ended ✓"),
            new Bye(List.of(3L), null),
            new Unknown(204, 5, new byte[] {'n', 'a', 'm', 'e', 1, 2, 3, 4}));
    byte[] buf = new byte[RtcpWriter.length(packets)];
    assertThat(RtcpWriter.write(packets, buf, 0)).isEqualTo(buf.length);
    RtcpParser.Result r = RtcpParser.parse(buf, 0, buf.length);
    assertThat(r.ok()).isTrue();
    assertThat(r.packets()).isEqualTo(packets);
  }

  @Test
  void rejectsMalformedCompounds() {
    assertThat(RtcpParser.parse(hex("81C9"), 0, 2).error()).isEqualTo(RtcpParser.Error.TOO_SHORT);
    assertThat(RtcpParser.parse(hex("41C9000111111111"), 0, 8).error())
        .isEqualTo(RtcpParser.Error.BAD_VERSION);
    // length says 3 words but only 1 follows
    assertThat(RtcpParser.parse(hex("80C9000311111111"), 0, 8).error())
        .isEqualTo(RtcpParser.Error.BAD_LENGTH);
    // trailing bytes that do not form a packet header
    assertThat(RtcpParser.parse(hex("80C9000111111111 80"), 0, 9).error())
        .isEqualTo(RtcpParser.Error.BAD_LENGTH);
    // RC=1 but no room for the block
    assertThat(RtcpParser.parse(hex("81C9000111111111"), 0, 8).error())
        .isEqualTo(RtcpParser.Error.BAD_REPORT);
    // padding on the first of two packets
    byte[] pad = hex("A0C9000111111111 80CB000111111111");
    assertThat(RtcpParser.parse(pad, 0, pad.length).error())
        .isEqualTo(RtcpParser.Error.BAD_PADDING);
    // padding count larger than the body
    byte[] bigPad = hex("A0C9000111111111");
    bigPad[7] = 9;
    assertThat(RtcpParser.parse(bigPad, 0, bigPad.length).error())
        .isEqualTo(RtcpParser.Error.BAD_PADDING);
    // SDES item running past the packet
    byte[] sdes = hex("81CA0002 11111111 0109616263");
    assertThat(RtcpParser.parse(sdes, 0, 12).error()).isEqualTo(RtcpParser.Error.BAD_SDES);
    // BYE with SC=2 and one SSRC
    assertThat(RtcpParser.parse(hex("82CB000111111111"), 0, 8).error())
        .isEqualTo(RtcpParser.Error.BAD_BYE);
  }

  @Test
  void acceptsReducedSizeRtcpAndPaddingOnTheLastPacket() {
    // a lone BYE (not starting with SR/RR, RFC 5506), padded with 4 bytes
    byte[] b = hex("A1CB0002 11111111 00000004");
    RtcpParser.Result r = RtcpParser.parse(b, 0, b.length);
    assertThat(r.ok()).isTrue();
    assertThat(r.packets()).containsExactly(new Bye(List.of(0x11111111L), null));
  }

  @Test
  void ntpTimeConversions() {
    long ntp = NtpTime.fromUnixMillis(1_000_500);
    assertThat(ntp >>> 32).isEqualTo(1000 + NtpTime.UNIX_EPOCH_OFFSET);
    assertThat(ntp & 0xFFFF_FFFFL).isEqualTo(1L << 31); // half a second
    assertThat(NtpTime.toUnixMillis(ntp)).isEqualTo(1_000_500);
    assertThat(NtpTime.middle32(0x0001_0002_0003_0004L)).isEqualTo(0x0002_0003L);
    assertThat(NtpTime.toShortUnits(1_000_000_000L)).isEqualTo(65536);
    assertThat(NtpTime.fromShortUnits(32768)).isEqualTo(500_000_000L);
  }
}
