/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a RIFF/WAVE file of 16-bit little-endian PCM, mono, at any rate (WAVE_FORMAT_PCM, or
 * WAVE_FORMAT_EXTENSIBLE with the PCM sub-format). Other formats are refused with a message saying
 * what the file is. Chunks other than {@code fmt } and {@code data} are skipped. Streams from the
 * file; use {@link Resampler#source} for another rate (a {@link dev.parley.media.Phone} does that
 * itself).
 */
public final class WavReader implements AudioSource, Closeable {
  private final InputStream in;
  private final int rate;
  private long remaining; // bytes of sample data left
  private final byte[] bytes = new byte[4096];

  private WavReader(InputStream in, int rate, long dataBytes) {
    this.in = in;
    this.rate = rate;
    this.remaining = dataBytes;
  }

  /** Opens a file and reads its header. */
  public static WavReader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    try {
      return read(in);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /** Reads the header from a stream positioned at the start of a WAVE file. */
  public static WavReader read(InputStream in) throws IOException {
    byte[] header = readFully(in, 12);
    if (!tag(header, 0, "RIFF") || !tag(header, 8, "WAVE")) {
      throw new IOException("not a RIFF/WAVE file");
    }
    int rate = -1;
    while (true) {
      byte[] chunk = readFully(in, 8);
      long size = le32(chunk, 4);
      if (tag(chunk, 0, "fmt ")) {
        if (size < 16) {
          throw new IOException("fmt chunk too short: " + size);
        }
        byte[] fmt = readFully(in, (int) size);
        int format = le16(fmt, 0);
        int channels = le16(fmt, 2);
        rate = (int) le32(fmt, 4);
        int bits = le16(fmt, 14);
        if (format == 0xFFFE && size >= 26) {
          format = le16(fmt, 24); // the sub-format GUID starts with the format code
        }
        if (format != 1 || bits != 16 || channels != 1) {
          throw new IOException(
              "unsupported WAVE: format "
                  + format
                  + ", "
                  + channels
                  + " channel(s), "
                  + bits
                  + " bits; need 16-bit PCM mono");
        }
        if (size % 2 == 1) {
          readFully(in, 1);
        }
      } else if (tag(chunk, 0, "data")) {
        if (rate <= 0) {
          throw new IOException("data chunk before fmt chunk");
        }
        return new WavReader(in, rate, size);
      } else {
        skip(in, size + (size % 2));
      }
    }
  }

  @Override
  public int sampleRate() {
    return rate;
  }

  @Override
  public int read(short[] buf, int off, int len) {
    if (remaining < 2) {
      return -1;
    }
    int want = (int) Math.min(Math.min(len * 2L, bytes.length), remaining) & ~1;
    int got;
    try {
      got = in.readNBytes(bytes, 0, want);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    got &= ~1;
    if (got == 0) {
      remaining = 0;
      return -1;
    }
    for (int i = 0; i < got / 2; i++) {
      buf[off + i] = (short) ((bytes[2 * i] & 0xFF) | bytes[2 * i + 1] << 8);
    }
    remaining -= got;
    return got / 2;
  }

  /** Reads everything left. */
  public short[] readAll() {
    short[] out = new short[(int) Math.min(Integer.MAX_VALUE - 8, remaining / 2)];
    int n = 0;
    while (n < out.length) {
      int r = read(out, n, out.length - n);
      if (r <= 0) {
        break;
      }
      n += r;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private static byte[] readFully(InputStream in, int n) throws IOException {
    byte[] b = in.readNBytes(n);
    if (b.length < n) {
      throw new EOFException("truncated WAVE file");
    }
    return b;
  }

  private static void skip(InputStream in, long n) throws IOException {
    in.skipNBytes(n);
  }

  private static boolean tag(byte[] b, int off, String tag) {
    for (int i = 0; i < 4; i++) {
      if (b[off + i] != tag.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  static int le16(byte[] b, int off) {
    return (b[off] & 0xFF) | (b[off + 1] & 0xFF) << 8;
  }

  static long le32(byte[] b, int off) {
    return (b[off] & 0xFFL)
        | (b[off + 1] & 0xFFL) << 8
        | (b[off + 2] & 0xFFL) << 16
        | (b[off + 3] & 0xFFL) << 24;
  }
}
