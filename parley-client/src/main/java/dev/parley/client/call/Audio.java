/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.SilenceSource;
import dev.parley.media.audio.ToneSource;
import dev.parley.media.audio.WavReader;
import dev.parley.media.audio.WavWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The audio a call sends and plays, from {@code parley-media}: tones, silence, WAV files in and
 * out, and an in-memory recorder. Sources and sinks run on a media tick thread, 20 ms at a time,
 * and must not block; any sample rate is resampled to the call's 8 kHz.
 */
public final class Audio {
  /** The sample rate of calls (G.711). */
  public static final int RATE = 8000;

  /** The level of {@link #tone(double)}: a typical speech level. */
  public static final double TONE_LEVEL_DBOV = -20;

  private Audio() {}

  /** An endless sine tone at {@value #TONE_LEVEL_DBOV} dBov. */
  public static AudioSource tone(double hz) {
    return new ToneSource(hz, TONE_LEVEL_DBOV, RATE);
  }

  /** An endless sine tone at a level in dBov (−3 is a full-scale sine). */
  public static AudioSource tone(double hz, double levelDbov) {
    return new ToneSource(hz, levelDbov, RATE);
  }

  /** Endless digital silence: a call that only listens. */
  public static AudioSource silence() {
    return new SilenceSource(RATE);
  }

  /**
   * A 16-bit PCM mono WAV file, streamed (silence follows its end); close it after the call.
   *
   * @throws IOException if it cannot be read or is another format (the message says which)
   */
  public static WavReader wav(Path file) throws IOException {
    return WavReader.open(file);
  }

  /** Keeps up to {@code max} of what the peer sends in memory ({@link Recorder#samples()}). */
  public static Recorder recorder(Duration max) {
    return new Recorder(RATE, (int) Math.min(Integer.MAX_VALUE, max.toMillis() * RATE / 1000));
  }

  /** Writes what the peer sends to a 16-bit 8 kHz mono WAV file; close it after the call. */
  public static WavWriter wavFile(Path file) throws IOException {
    return WavWriter.create(file, RATE);
  }

  /** Drops what the peer sends. */
  public static AudioSink discard() {
    return new AudioSink() {
      @Override
      public int sampleRate() {
        return RATE;
      }

      @Override
      public void write(short[] buf, int off, int len) {
        // nothing to keep
      }
    };
  }
}
