/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static dev.parley.media.rtp.Bytes.put16;
import static dev.parley.media.rtp.Bytes.put24;
import static dev.parley.media.rtp.Bytes.put32;

import dev.parley.media.rtcp.RtcpPacket.Bye;
import dev.parley.media.rtcp.RtcpPacket.ReceiverReport;
import dev.parley.media.rtcp.RtcpPacket.SdesChunk;
import dev.parley.media.rtcp.RtcpPacket.SdesItem;
import dev.parley.media.rtcp.RtcpPacket.SenderReport;
import dev.parley.media.rtcp.RtcpPacket.SourceDescription;
import dev.parley.media.rtcp.RtcpPacket.Unknown;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes compound RTCP packets (RFC 3550 § 6.1). Packets are written in the order given; the caller
 * puts the SR or RR first and SDES with a CNAME next, as § 6.1 requires. No padding.
 */
public final class RtcpWriter {
  private RtcpWriter() {}

  /** The compound's length in bytes. */
  public static int length(List<? extends RtcpPacket> packets) {
    int n = 0;
    for (RtcpPacket p : packets) {
      n += length(p);
    }
    return n;
  }

  /** One packet's length in bytes (a multiple of 4). */
  public static int length(RtcpPacket p) {
    if (p instanceof SenderReport sr) {
      return 28 + 24 * sr.reports().size();
    } else if (p instanceof ReceiverReport rr) {
      return 8 + 24 * rr.reports().size();
    } else if (p instanceof SourceDescription sdes) {
      int n = 4;
      for (SdesChunk c : sdes.chunks()) {
        n += chunkLength(c);
      }
      return n;
    } else if (p instanceof Bye bye) {
      int n = 4 + 4 * bye.ssrcs().size();
      if (bye.reason() != null) {
        n += (1 + utf8(bye.reason()).length + 3) & ~3;
      }
      return n;
    } else {
      return 4 + ((((Unknown) p).body().length + 3) & ~3);
    }
  }

  /** Writes the compound at {@code off} and returns its length. */
  public static int write(List<? extends RtcpPacket> packets, byte[] buf, int off) {
    int pos = off;
    for (RtcpPacket p : packets) {
      pos += write(p, buf, pos);
    }
    return pos - off;
  }

  /** Writes one packet at {@code off} and returns its length. */
  public static int write(RtcpPacket p, byte[] buf, int off) {
    int length = length(p);
    int pos = off + 4;
    int count;
    if (p instanceof SenderReport sr) {
      count = sr.reports().size();
      put32(buf, pos, sr.ssrc());
      put32(buf, pos + 4, sr.ntpTimestamp() >>> 32);
      put32(buf, pos + 8, sr.ntpTimestamp());
      put32(buf, pos + 12, sr.rtpTimestamp());
      put32(buf, pos + 16, sr.packetCount());
      put32(buf, pos + 20, sr.octetCount());
      writeBlocks(sr.reports(), buf, pos + 24);
    } else if (p instanceof ReceiverReport rr) {
      count = rr.reports().size();
      put32(buf, pos, rr.ssrc());
      writeBlocks(rr.reports(), buf, pos + 4);
    } else if (p instanceof SourceDescription sdes) {
      count = sdes.chunks().size();
      for (SdesChunk c : sdes.chunks()) {
        int start = pos;
        put32(buf, pos, c.ssrc());
        pos += 4;
        for (SdesItem item : c.items()) {
          byte[] text = utf8(item.text());
          buf[pos] = (byte) item.type();
          buf[pos + 1] = (byte) text.length;
          System.arraycopy(text, 0, buf, pos + 2, text.length);
          pos += 2 + text.length;
        }
        int chunkEnd = start + chunkLength(c);
        while (pos < chunkEnd) {
          buf[pos++] = 0; // null item and padding
        }
      }
    } else if (p instanceof Bye bye) {
      count = bye.ssrcs().size();
      for (long ssrc : bye.ssrcs()) {
        put32(buf, pos, ssrc);
        pos += 4;
      }
      if (bye.reason() != null) {
        byte[] reason = utf8(bye.reason());
        buf[pos] = (byte) reason.length;
        System.arraycopy(reason, 0, buf, pos + 1, reason.length);
        for (int i = pos + 1 + reason.length; i < off + length; i++) {
          buf[i] = 0;
        }
      }
    } else {
      Unknown u = (Unknown) p;
      count = u.count();
      byte[] body = u.body();
      System.arraycopy(body, 0, buf, pos, body.length);
      for (int i = pos + body.length; i < off + length; i++) {
        buf[i] = 0;
      }
    }
    buf[off] = (byte) (2 << 6 | (count & 0x1F));
    buf[off + 1] = (byte) p.packetType();
    put16(buf, off + 2, length / 4 - 1);
    return length;
  }

  private static void writeBlocks(List<ReportBlock> blocks, byte[] buf, int pos) {
    for (ReportBlock b : blocks) {
      put32(buf, pos, b.ssrc());
      buf[pos + 4] = (byte) b.fractionLost();
      put24(buf, pos + 5, b.cumulativeLost() & 0xFFFFFF);
      put32(buf, pos + 8, b.extendedHighestSequence());
      put32(buf, pos + 12, b.jitter());
      put32(buf, pos + 16, b.lastSr());
      put32(buf, pos + 20, b.delaySinceLastSr());
      pos += 24;
    }
  }

  private static int chunkLength(SdesChunk c) {
    int n = 4;
    for (SdesItem item : c.items()) {
      n += 2 + utf8(item.text()).length;
    }
    return (n + 1 + 3) & ~3; // at least one null octet, then pad to 32 bits
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
