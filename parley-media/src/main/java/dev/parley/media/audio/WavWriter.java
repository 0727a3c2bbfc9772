/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes 16-bit PCM mono WAVE files; the header's sizes are filled in by {@link #close()}. Writes
 * go through a 64 KB buffer, so a phone's tick thread rarely touches the disk. An I/O error
 * surfaces as {@link UncheckedIOException} from {@link #write} (a sink cannot throw checked
 * exceptions) or {@link IOException} from {@link #close()}.
 */
public final class WavWriter implements AudioSink, Closeable {
  private final FileChannel channel;
  private final int rate;
  private final ByteBuffer buffer = ByteBuffer.allocate(65536).order(ByteOrder.LITTLE_ENDIAN);
  private long dataBytes;

  private WavWriter(FileChannel channel, int rate) {
    this.channel = channel;
    this.rate = rate;
  }

  /** Creates (or truncates) {@code file}. */
  public static WavWriter create(Path file, int sampleRate) throws IOException {
    FileChannel ch =
        FileChannel.open(
            file,
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE);
    WavWriter w = new WavWriter(ch, sampleRate);
    ch.write(w.header(0));
    return w;
  }

  private ByteBuffer header(long data) {
    ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
    h.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    h.putInt((int) (36 + data));
    h.put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    h.putInt(16).putShort((short) 1).putShort((short) 1).putInt(rate).putInt(rate * 2);
    h.putShort((short) 2).putShort((short) 16);
    h.put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    h.putInt((int) data);
    return h.flip();
  }

  @Override
  public int sampleRate() {
    return rate;
  }

  @Override
  public void write(short[] buf, int off, int len) {
    try {
      for (int i = 0; i < len; i++) {
        if (buffer.remaining() < 2) {
          flush();
        }
        buffer.putShort(buf[off + i]);
      }
      dataBytes += 2L * len;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void flush() throws IOException {
    buffer.flip();
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
    buffer.clear();
  }

  @Override
  public void close() throws IOException {
    try {
      flush();
      channel.write(header(dataBytes), 0);
    } finally {
      channel.close();
    }
  }
}
