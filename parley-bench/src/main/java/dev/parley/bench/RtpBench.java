/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.rtcp.ReportBlock;
import dev.parley.media.rtcp.RtcpPacket;
import dev.parley.media.rtcp.RtcpParser;
import dev.parley.media.rtcp.RtcpWriter;
import dev.parley.media.rtp.AudioLevel;
import dev.parley.media.rtp.ExtensionElement;
import dev.parley.media.rtp.HeaderExtensions;
import dev.parley.media.rtp.RtpHeader;
import dev.parley.media.rtp.RtpPacket;
import dev.parley.media.rtp.RtpParse;
import dev.parley.media.rtp.RtpWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * RTP and RTCP on the wire: parse a 172-byte G.711 packet (and one carrying an RFC 6464 audio
 * level, read back), write a fixed header, parse an SR + SDES compound.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RtpBench {
  byte[] plain = new byte[172];
  byte[] withLevel = new byte[180];
  byte[] out = new byte[172];
  byte[] compound;
  RtpPacket packet = new RtpPacket();
  HeaderExtensions cursor = new HeaderExtensions();
  int seq;

  @Setup
  public void setup() {
    RtpHeader.of(false, 0, 1234, 160_000, 0xCAFEBABEL).write(plain, 0);
    new RtpHeader(
            false,
            0,
            1234,
            160_000,
            0xCAFEBABEL,
            List.of(),
            List.of(new ExtensionElement(1, new byte[] {AudioLevel.encode(-30, true)})))
        .write(withLevel, 0);
    List<RtcpPacket> packets =
        List.of(
            new RtcpPacket.SenderReport(
                1,
                0x1234_5678_9ABC_DEF0L,
                160_000,
                500,
                80_000,
                List.of(new ReportBlock(2, 3, 10, 70_000, 40, 0x1234, 0x5678))),
            RtcpPacket.SourceDescription.cname(1, "parley-0123456789abcdef"));
    compound = new byte[RtcpWriter.length(packets)];
    RtcpWriter.write(packets, compound, 0);
  }

  @Benchmark
  public int parse() {
    if (packet.wrap(plain, 0, plain.length) != RtpParse.OK) {
      throw new IllegalStateException();
    }
    return packet.sequence() + packet.payloadLength();
  }

  @Benchmark
  public int parseWithAudioLevel() {
    packet.wrap(withLevel, 0, withLevel.length);
    return AudioLevel.read(packet, 1, cursor);
  }

  @Benchmark
  public byte[] writeHeader() {
    RtpWriter.writeFixedHeader(out, 0, false, 0, seq++ & 0xFFFF, 160L * seq, 0xCAFEBABEL);
    return out;
  }

  @Benchmark
  public RtcpParser.Result parseRtcpCompound() {
    return RtcpParser.parse(compound, 0, compound.length);
  }
}
