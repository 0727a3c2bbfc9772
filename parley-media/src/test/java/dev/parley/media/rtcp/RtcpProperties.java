/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.rtcp.RtcpPacket.Bye;
import dev.parley.media.rtcp.RtcpPacket.ReceiverReport;
import dev.parley.media.rtcp.RtcpPacket.SdesChunk;
import dev.parley.media.rtcp.RtcpPacket.SdesItem;
import dev.parley.media.rtcp.RtcpPacket.SenderReport;
import dev.parley.media.rtcp.RtcpPacket.SourceDescription;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RtcpProperties {
  private static final Arbitrary<Long> U32 = Arbitraries.longs().between(0, 0xFFFF_FFFFL);

  @Provide
  Arbitrary<ReportBlock> blocks() {
    return Combinators.combine(
            U32,
            Arbitraries.integers().between(0, 255),
            Arbitraries.integers()
                .between(ReportBlock.MIN_CUMULATIVE_LOST, ReportBlock.MAX_CUMULATIVE_LOST),
            U32,
            U32,
            U32,
            U32)
        .as(ReportBlock::new);
  }

  @Provide
  Arbitrary<RtcpPacket> packets() {
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(40);
    Arbitrary<RtcpPacket> sr =
        Combinators.combine(U32, Arbitraries.longs(), U32, U32, U32, blocks().list().ofMaxSize(4))
            .as(SenderReport::new);
    Arbitrary<RtcpPacket> rr =
        Combinators.combine(U32, blocks().list().ofMaxSize(4)).as(ReceiverReport::new);
    Arbitrary<SdesItem> item =
        Combinators.combine(Arbitraries.integers().between(1, 8), text).as(SdesItem::new);
    Arbitrary<RtcpPacket> sdes =
        Combinators.combine(U32, item.list().ofMaxSize(3))
            .as(SdesChunk::new)
            .list()
            .ofMaxSize(3)
            .map(SourceDescription::new);
    Arbitrary<RtcpPacket> bye =
        Combinators.combine(U32.list().ofMaxSize(3), text.injectNull(0.5)).as(Bye::new);
    return Arbitraries.oneOf(sr, rr, sdes, bye);
  }

  @Property
  void writeThenParseIsTheIdentity(@ForAll("compounds") List<RtcpPacket> packets) {
    byte[] buf = new byte[RtcpWriter.length(packets) + 3];
    int n = RtcpWriter.write(packets, buf, 3);
    RtcpParser.Result r = RtcpParser.parse(buf, 3, n);
    assertThat(r.error()).isNull();
    assertThat(r.packets()).isEqualTo(packets);
  }

  @Provide
  Arbitrary<List<RtcpPacket>> compounds() {
    return packets().list().ofMinSize(1).ofMaxSize(4);
  }

  @Property(tries = 1000)
  void mutatedCompoundsNeverThrow(
      @ForAll("compounds") List<RtcpPacket> packets,
      @ForAll("positions") List<Integer> positions,
      @ForAll byte value,
      @ForAll("cuts") int cut) {
    byte[] buf = new byte[RtcpWriter.length(packets)];
    int n = RtcpWriter.write(packets, buf, 0);
    for (int pos : positions) {
      buf[pos % n] = value;
    }
    RtcpParser.Result r = RtcpParser.parse(buf, 0, Math.max(0, n - cut));
    assertThat(r.ok() || r.packets().isEmpty()).isTrue();
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<Integer> cuts() {
    return Arbitraries.integers().between(0, 12);
  }
}
