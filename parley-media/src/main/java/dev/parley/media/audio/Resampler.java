/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

/**
 * Sample-rate conversion by windowed-sinc interpolation: each output sample is the input convolved
 * with a Blackman-windowed sinc low-pass centred on the output instant, cut off at 90 % of the
 * lower Nyquist frequency (so 44.1 kHz → 8 kHz removes everything above 3.6 kHz instead of aliasing
 * it), with 16 zero crossings on each side. Simple and exact enough for test signals and recorded
 * prompts; it computes each tap directly (about 200 multiply-adds per output sample when going from
 * 44.1 to 8 kHz), so it is for files and clients, not for the mixer's hot path.
 *
 * <p>Streaming: {@link #push} input, {@link #pull} output; the output lags the input by the
 * filter's half-length. Single-threaded.
 */
public final class Resampler {
  private static final int ZERO_CROSSINGS = 16;

  private final int from;
  private final int to;
  private final double cutoff; // cycles per input sample
  private final int half; // filter half-length in input samples
  private final double gain;
  private double[] buf = new double[4096];
  private int count;
  private long base; // absolute input index of buf[0]
  private long produced; // absolute output index of the next output sample
  private boolean ended;

  /** A converter from {@code from} Hz to {@code to} Hz. */
  public Resampler(int from, int to) {
    if (from <= 0 || to <= 0) {
      throw new IllegalArgumentException("rates must be positive");
    }
    this.from = from;
    this.to = to;
    this.cutoff = 0.45 * Math.min(from, to) / from;
    this.half = (int) Math.ceil(ZERO_CROSSINGS / (2 * cutoff));
    this.gain = 2 * cutoff;
  }

  /** Converts a whole signal. */
  public static short[] convert(short[] in, int from, int to) {
    if (from == to) {
      return in.clone();
    }
    Resampler r = new Resampler(from, to);
    r.push(in, 0, in.length);
    r.end();
    short[] out = new short[(int) ((long) in.length * to / from)];
    int n = 0;
    while (n < out.length) {
      int got = r.pull(out, n, out.length - n);
      if (got <= 0) {
        break;
      }
      n += got;
    }
    return n == out.length ? out : java.util.Arrays.copyOf(out, n);
  }

  /** A source at {@code rate} reading {@code source} through a resampler. */
  public static AudioSource source(AudioSource source, int rate) {
    Resampler r = new Resampler(source.sampleRate(), rate);
    short[] chunk = new short[Math.max(64, source.sampleRate() / 50)];
    return new AudioSource() {
      @Override
      public int sampleRate() {
        return rate;
      }

      @Override
      public int read(short[] buf, int off, int len) {
        int n = r.pull(buf, off, len);
        while (n < len && !r.ended) {
          int got = source.read(chunk, 0, chunk.length);
          if (got < 0) {
            r.end();
          } else {
            r.push(chunk, 0, got);
          }
          n += r.pull(buf, off + n, len - n);
        }
        return n == 0 && r.ended ? -1 : n;
      }
    };
  }

  /** A sink at {@code rate} writing into {@code sink} through a resampler. */
  public static AudioSink sink(AudioSink sink, int rate) {
    Resampler r = new Resampler(rate, sink.sampleRate());
    short[] chunk = new short[1024];
    return new AudioSink() {
      @Override
      public int sampleRate() {
        return rate;
      }

      @Override
      public void write(short[] buf, int off, int len) {
        r.push(buf, off, len);
        for (int n; (n = r.pull(chunk, 0, chunk.length)) > 0; ) {
          sink.write(chunk, 0, n);
        }
      }
    };
  }

  /** Adds input samples. */
  public void push(short[] in, int off, int len) {
    ensure(count + len);
    for (int i = 0; i < len; i++) {
      buf[count + i] = in[off + i];
    }
    count += len;
  }

  /** Marks the end of the input: the rest of the output can be produced (zero-padded). */
  public void end() {
    ended = true;
  }

  /** Writes up to {@code len} output samples; returns how many were ready. */
  public int pull(short[] out, int off, int len) {
    int n = 0;
    while (n < len) {
      double t = (double) produced * from / to; // input position of this output sample
      long last = (long) Math.floor(t) + half;
      long available = base + count;
      if (last >= available) {
        if (!ended || (long) Math.floor(t) >= available) {
          break;
        }
      }
      out[off + n++] = sample(t);
      produced++;
    }
    discardBefore((long) Math.floor((double) produced * from / to) - half);
    return n;
  }

  private short sample(double t) {
    long first = (long) Math.floor(t) - half + 1;
    double acc = 0;
    for (long k = first; k <= first + 2L * half - 1; k++) {
      long i = k - base;
      if (i < 0 || i >= count) {
        continue;
      }
      double x = t - k;
      acc += buf[(int) i] * kernel(x);
    }
    long v = Math.round(acc);
    return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, v));
  }

  private double kernel(double x) {
    double u = x / half;
    if (u <= -1 || u >= 1) {
      return 0;
    }
    double arg = 2 * cutoff * x;
    double sinc = arg == 0 ? 1 : Math.sin(Math.PI * arg) / (Math.PI * arg);
    double window = 0.42 + 0.5 * Math.cos(Math.PI * u) + 0.08 * Math.cos(2 * Math.PI * u);
    return gain * sinc * window;
  }

  private void discardBefore(long index) {
    long drop = Math.min(count, index - base);
    if (drop <= 0) {
      return;
    }
    System.arraycopy(buf, (int) drop, buf, 0, count - (int) drop);
    count -= (int) drop;
    base += drop;
  }

  private void ensure(int capacity) {
    if (capacity > buf.length) {
      buf = java.util.Arrays.copyOf(buf, Math.max(capacity, buf.length * 2));
    }
  }
}
