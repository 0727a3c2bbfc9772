/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** One RTCP packet of a compound packet (RFC 3550 § 6.4–6.6). */
public sealed interface RtcpPacket {
  /** Sender report, PT 200. */
  int SR = 200;

  /** Receiver report, PT 201. */
  int RR = 201;

  /** Source description, PT 202. */
  int SDES = 202;

  /** Goodbye, PT 203. */
  int BYE = 203;

  /** Application-defined, PT 204. */
  int APP = 204;

  /** The packet type. */
  int packetType();

  /**
   * SR (§ 6.4.1).
   *
   * @param ntpTimestamp the sender's wall clock, 64-bit NTP format
   * @param rtpTimestamp the same instant in the RTP timestamp clock
   * @param packetCount RTP data packets sent since the start of transmission (32 bits)
   * @param octetCount payload octets sent (32 bits)
   */
  record SenderReport(
      long ssrc,
      long ntpTimestamp,
      long rtpTimestamp,
      long packetCount,
      long octetCount,
      List<ReportBlock> reports)
      implements RtcpPacket {
    public SenderReport {
      reports = List.copyOf(reports);
      if (reports.size() > 31) {
        throw new IllegalArgumentException("at most 31 report blocks");
      }
    }

    @Override
    public int packetType() {
      return SR;
    }
  }

  /** RR (§ 6.4.2). */
  record ReceiverReport(long ssrc, List<ReportBlock> reports) implements RtcpPacket {
    public ReceiverReport {
      reports = List.copyOf(reports);
      if (reports.size() > 31) {
        throw new IllegalArgumentException("at most 31 report blocks");
      }
    }

    @Override
    public int packetType() {
      return RR;
    }
  }

  /** One SDES item (§ 6.5): type 1 = CNAME … 8 = PRIV; text at most 255 UTF-8 bytes. */
  record SdesItem(int type, String text) {
    /** CNAME, the canonical end-point identifier (§ 6.5.1). */
    public static final int CNAME = 1;

    public SdesItem {
      if (type < 1 || type > 255) {
        throw new IllegalArgumentException("SDES item type: " + type);
      }
      if (text.getBytes(StandardCharsets.UTF_8).length > 255) {
        throw new IllegalArgumentException("SDES item longer than 255 bytes");
      }
    }
  }

  /** One SDES chunk: a source and its items. */
  record SdesChunk(long ssrc, List<SdesItem> items) {
    public SdesChunk {
      items = List.copyOf(items);
    }
  }

  /** SDES (§ 6.5). */
  record SourceDescription(List<SdesChunk> chunks) implements RtcpPacket {
    public SourceDescription {
      chunks = List.copyOf(chunks);
      if (chunks.size() > 31) {
        throw new IllegalArgumentException("at most 31 chunks");
      }
    }

    /** A description holding only {@code ssrc}'s CNAME. */
    public static SourceDescription cname(long ssrc, String cname) {
      return new SourceDescription(
          List.of(new SdesChunk(ssrc, List.of(new SdesItem(SdesItem.CNAME, cname)))));
    }

    /** The CNAME of {@code ssrc}, if described. */
    public Optional<String> cnameOf(long ssrc) {
      return chunks.stream()
          .filter(c -> c.ssrc() == ssrc)
          .flatMap(c -> c.items().stream())
          .filter(i -> i.type() == SdesItem.CNAME)
          .map(SdesItem::text)
          .findFirst();
    }

    @Override
    public int packetType() {
      return SDES;
    }
  }

  /** BYE (§ 6.6), with an optional reason (at most 255 UTF-8 bytes). */
  record Bye(List<Long> ssrcs, @Nullable String reason) implements RtcpPacket {
    public Bye {
      ssrcs = List.copyOf(ssrcs);
      if (ssrcs.size() > 31) {
        throw new IllegalArgumentException("at most 31 sources");
      }
      if (reason != null && reason.getBytes(StandardCharsets.UTF_8).length > 255) {
        throw new IllegalArgumentException("BYE reason longer than 255 bytes");
      }
    }

    @Override
    public int packetType() {
      return BYE;
    }
  }

  /** Any other packet type (APP, feedback, XR…), kept as its count field and body. */
  record Unknown(int packetType, int count, byte[] body) implements RtcpPacket {
    public Unknown {
      body = body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Unknown u
          && u.packetType == packetType
          && u.count == count
          && Arrays.equals(u.body, body);
    }

    @Override
    public int hashCode() {
      return (packetType * 31 + count) * 31 + Arrays.hashCode(body);
    }

    @Override
    public String toString() {
      return "Unknown[packetType=" + packetType + ", count=" + count + ", " + body.length + " B]";
    }
  }
}
