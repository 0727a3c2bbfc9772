/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtcp;

import static dev.parley.media.rtp.Bytes.u16;
import static dev.parley.media.rtp.Bytes.u24;
import static dev.parley.media.rtp.Bytes.u32;
import static dev.parley.media.rtp.Bytes.u8;

import dev.parley.media.rtcp.RtcpPacket.Bye;
import dev.parley.media.rtcp.RtcpPacket.ReceiverReport;
import dev.parley.media.rtcp.RtcpPacket.SdesChunk;
import dev.parley.media.rtcp.RtcpPacket.SdesItem;
import dev.parley.media.rtcp.RtcpPacket.SenderReport;
import dev.parley.media.rtcp.RtcpPacket.SourceDescription;
import dev.parley.media.rtcp.RtcpPacket.Unknown;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses compound RTCP packets with the validity checks of RFC 3550 Appendix A.2: version 2 in
 * every packet, padding only in the last one, and lengths that add up to the datagram exactly.
 *
 * <p>Accept leniently: A.2 also wants the first packet to be an SR or RR; this parser accepts any
 * first packet, so that reduced-size RTCP (RFC 5506, feedback packets on their own) from WebRTC
 * peers is read rather than dropped. Unknown packet types (APP, feedback, XR) are kept as {@link
 * Unknown}. Profile-specific extensions after SR/RR report blocks are skipped.
 */
public final class RtcpParser {
  private static final int HEADER = 4;

  private RtcpParser() {}

  /** Why a compound packet was rejected. */
  public enum Error {
    TOO_SHORT,
    BAD_VERSION,
    /** A packet's length field runs past the datagram, or the lengths do not add up. */
    BAD_LENGTH,
    /** The P bit on a packet other than the last, or a bad padding count. */
    BAD_PADDING,
    /** A report count that does not fit the packet's length. */
    BAD_REPORT,
    BAD_SDES,
    BAD_BYE
  }

  /** The packets of a valid compound, or the error that invalidated it (then no packets). */
  public record Result(List<RtcpPacket> packets, @Nullable Error error) {
    public Result {
      packets = List.copyOf(packets);
    }

    public boolean ok() {
      return error == null;
    }

    static Result failed(Error e) {
      return new Result(List.of(), e);
    }
  }

  /** Parses {@code len} bytes of {@code buf} from {@code off}. Never throws on bad input. */
  public static Result parse(byte[] buf, int off, int len) {
    if (len < HEADER) {
      return Result.failed(Error.TOO_SHORT);
    }
    List<RtcpPacket> packets = new ArrayList<>(3);
    int pos = off;
    int end = off + len;
    while (pos < end) {
      if (end - pos < HEADER) {
        return Result.failed(Error.BAD_LENGTH);
      }
      int b0 = u8(buf, pos);
      if (b0 >>> 6 != 2) {
        return Result.failed(Error.BAD_VERSION);
      }
      boolean padding = (b0 & 0x20) != 0;
      int count = b0 & 0x1F;
      int type = u8(buf, pos + 1);
      int size = (u16(buf, pos + 2) + 1) * 4;
      if (pos + size > end) {
        return Result.failed(Error.BAD_LENGTH);
      }
      int bodyEnd = pos + size;
      if (padding) {
        if (pos + size != end) {
          return Result.failed(Error.BAD_PADDING); // only the last packet may be padded
        }
        int pad = u8(buf, end - 1);
        if (pad == 0 || pad > size - HEADER) {
          return Result.failed(Error.BAD_PADDING);
        }
        bodyEnd -= pad;
      }
      int body = pos + HEADER;
      RtcpPacket packet =
          switch (type) {
            case RtcpPacket.SR -> senderReport(buf, body, bodyEnd, count);
            case RtcpPacket.RR -> receiverReport(buf, body, bodyEnd, count);
            case RtcpPacket.SDES -> sdes(buf, body, bodyEnd, count);
            case RtcpPacket.BYE -> bye(buf, body, bodyEnd, count);
            default -> new Unknown(type, count, Arrays.copyOfRange(buf, body, bodyEnd));
          };
      if (packet == null) {
        return Result.failed(
            switch (type) {
              case RtcpPacket.SR, RtcpPacket.RR -> Error.BAD_REPORT;
              case RtcpPacket.SDES -> Error.BAD_SDES;
              default -> Error.BAD_BYE;
            });
      }
      packets.add(packet);
      pos += size;
    }
    return new Result(packets, null);
  }

  private static @Nullable SenderReport senderReport(byte[] b, int pos, int end, int count) {
    if (pos + 24 + 24 * count > end) {
      return null;
    }
    long ssrc = u32(b, pos);
    long ntp = u32(b, pos + 4) << 32 | u32(b, pos + 8);
    return new SenderReport(
        ssrc,
        ntp,
        u32(b, pos + 12),
        u32(b, pos + 16),
        u32(b, pos + 20),
        blocks(b, pos + 24, count));
  }

  private static @Nullable ReceiverReport receiverReport(byte[] b, int pos, int end, int count) {
    if (pos + 4 + 24 * count > end) {
      return null;
    }
    return new ReceiverReport(u32(b, pos), blocks(b, pos + 4, count));
  }

  private static List<ReportBlock> blocks(byte[] b, int pos, int count) {
    List<ReportBlock> blocks = new ArrayList<>(count);
    for (int i = 0; i < count; i++, pos += 24) {
      int lost = u24(b, pos + 5);
      if ((lost & 0x800000) != 0) {
        lost -= 0x1000000; // sign-extend the 24-bit field
      }
      blocks.add(
          new ReportBlock(
              u32(b, pos),
              u8(b, pos + 4),
              lost,
              u32(b, pos + 8),
              u32(b, pos + 12),
              u32(b, pos + 16),
              u32(b, pos + 20)));
    }
    return blocks;
  }

  private static @Nullable SourceDescription sdes(byte[] b, int pos, int end, int count) {
    List<SdesChunk> chunks = new ArrayList<>(count);
    for (int c = 0; c < count; c++) {
      if (pos + 4 > end) {
        return null;
      }
      int start = pos;
      long ssrc = u32(b, pos);
      pos += 4;
      List<SdesItem> items = new ArrayList<>(1);
      while (true) {
        if (pos >= end) {
          return null;
        }
        int type = u8(b, pos);
        if (type == 0) {
          pos++; // the null item, then padding to the next 32-bit boundary of the chunk
          pos = start + ((pos - start + 3) & ~3);
          break;
        }
        if (pos + 2 > end || pos + 2 + u8(b, pos + 1) > end) {
          return null;
        }
        int length = u8(b, pos + 1);
        items.add(new SdesItem(type, text(b, pos + 2, length)));
        pos += 2 + length;
      }
      if (pos > end) {
        return null;
      }
      chunks.add(new SdesChunk(ssrc, items));
    }
    return new SourceDescription(chunks);
  }

  private static @Nullable Bye bye(byte[] b, int pos, int end, int count) {
    if (pos + 4 * count > end) {
      return null;
    }
    List<Long> ssrcs = new ArrayList<>(count);
    for (int i = 0; i < count; i++, pos += 4) {
      ssrcs.add(u32(b, pos));
    }
    String reason = null;
    if (pos < end) {
      int length = u8(b, pos);
      if (pos + 1 + length > end) {
        return null;
      }
      reason = text(b, pos + 1, length);
    }
    return new Bye(ssrcs, reason);
  }

  /**
   * SDES and BYE text (UTF-8, at most 255 bytes on the wire). A malformed sequence becomes {@code
   * ?}, never the three-byte U+FFFD that {@code new String} would put there: the text must still
   * fit in 255 bytes, the limit {@link SdesItem} and {@link Bye} check for what Parley sends.
   */
  private static String text(byte[] b, int off, int length) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith("?")
          .decode(ByteBuffer.wrap(b, off, length))
          .toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError("a replacing decoder does not throw", e);
    }
  }
}
