/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.codec.AudioDecoder;
import dev.parley.media.jitter.JitterBuffer;
import dev.parley.media.jitter.Playout;
import dev.parley.media.stats.Counter;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fills a tick's input frame from the jitter buffer: decodes packets, conceals missing ones with
 * the decoder's concealment, writes silence for DTX gaps. Packets need not match the tick: a 30 ms
 * packet leaves 10 ms in a small FIFO for the next tick, and 10 ms packets are pulled twice. An
 * idle source leaves the frame without input (not mixed).
 */
final class Decode extends BaseStage<AudioFrame> {
  private final JitterBuffer jitter;
  private final AudioDecoder[] decoders;
  private final Playout item = new Playout();
  private final short[] fifo;
  private int buffered;
  private @Nullable AudioDecoder last;

  /** Set by the pipeline before each tick: pull packets but do not decode them. */
  boolean skip;

  final Counter skipped = new Counter();

  final Counter decoded = new Counter();
  final Counter concealedSamples = new Counter();

  Decode(JitterBuffer jitter, AudioDecoder[] decoders, int maxPacketSamples, int frameSamples) {
    this.jitter = jitter;
    this.decoders = decoders;
    this.fifo = new short[maxPacketSamples + frameSamples];
  }

  @Override
  boolean handle(AudioFrame f) {
    int need = f.codecInput.length;
    while (buffered < need) {
      jitter.pull(f.nowNanos, need - buffered, item);
      switch (item.kind()) {
        case PACKET -> decodePacket();
        case CONCEAL, EXPAND -> conceal(item.samples());
        case SILENCE -> silence(item.samples());
        case IDLE -> {
          if (buffered == 0) {
            f.hasInput = false;
            return true;
          }
          silence(need - buffered); // the source went idle mid-frame
        }
      }
    }
    if (!skip) {
      System.arraycopy(fifo, 0, f.codecInput, 0, need);
    }
    buffered -= need;
    System.arraycopy(fifo, need, fifo, 0, buffered);
    f.hasInput = !skip; // skipped: pulled in time, but not heard
    return true;
  }

  private void decodePacket() {
    AudioDecoder decoder = decoders[item.payloadType()];
    if (skip && decoder != null) {
      skipped.increment();
      silence(Math.min(item.samples(), fifo.length - buffered));
      return;
    }
    int room = fifo.length - buffered;
    if (decoder == null || item.samples() > room) {
      drop(); // a packet longer than we can hold: treat as lost
      conceal(Math.min(room, item.samples()));
      return;
    }
    int n = decoder.decode(item.payload(), item.offset(), item.length(), fifo, buffered);
    if (n < 0) {
      drop();
      conceal(item.samples());
      return;
    }
    last = decoder;
    buffered += n;
    decoded.increment();
  }

  private void conceal(int samples) {
    if (skip) {
      silence(samples);
      return;
    }
    int n = Math.min(samples, fifo.length - buffered);
    if (last != null) {
      last.conceal(fifo, buffered, n);
    } else {
      Arrays.fill(fifo, buffered, buffered + n, (short) 0);
    }
    buffered += n;
    concealedSamples.add(n);
  }

  private void silence(int samples) {
    int n = Math.min(samples, fifo.length - buffered);
    Arrays.fill(fifo, buffered, buffered + n, (short) 0);
    buffered += n;
  }

  /** Forgets buffered samples (SSRC change). */
  void reset() {
    buffered = 0;
    last = null;
  }
}
