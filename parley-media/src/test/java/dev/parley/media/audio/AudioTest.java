/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioTest {
  @TempDir Path dir;

  private static short[] read(AudioSource source, int n) {
    short[] out = new short[n];
    int got = 0;
    while (got < n) {
      int r = source.read(out, got, n - got);
      if (r < 0) {
        break;
      }
      got += r;
    }
    return java.util.Arrays.copyOf(out, got);
  }

  @Test
  void toneLevelsAreInDbovAndGoertzelMeasuresThem() {
    short[] tone = read(new ToneSource(1000, -20, 8000), 8000);
    assertThat(ToneAnalysis.levelDbov(tone)).isBetween(-20.05, -19.95);
    assertThat(ToneAnalysis.power(tone, 8000, 1000)).isBetween(-20.1, -19.9);
    assertThat(ToneAnalysis.power(tone, 8000, 1100)).isLessThan(-80);
    short[] fullScale = read(new ToneSource(500, -3.0103, 8000), 8000);
    assertThat(ToneAnalysis.levelDbov(fullScale)).isBetween(-3.05, -2.95);
  }

  @Test
  void presentFindsTheTonesNearTheStrongest() {
    short[] a = read(new ToneSource(400, -20, 8000), 8000);
    short[] b = read(new ToneSource(1000, -26, 8000), 8000);
    short[] c = read(new ToneSource(1450, -50, 8000), 8000);
    short[] mix = new short[8000];
    for (int i = 0; i < mix.length; i++) {
      mix[i] = (short) (a[i] + b[i] + c[i]);
    }
    assertThat(ToneAnalysis.present(mix, 8000, 10, -60, 400, 650, 1000, 1450))
        .containsExactly(400.0, 1000.0);
    assertThat(ToneAnalysis.present(new short[8000], 8000, 10, -60, 400, 1000)).isEmpty();
  }

  @Test
  void sourcesEndAndSilenceIsSilent() {
    ToneSource t = new ToneSource(1000, -20, 8000, 100);
    assertThat(read(t, 500)).hasSize(100);
    assertThat(t.read(new short[10], 0, 10)).isEqualTo(-1);
    short[] s = read(new SilenceSource(8000, 50), 100);
    assertThat(s).hasSize(50).containsOnly((short) 0);
  }

  @Test
  void wavFilesRoundTrip() throws IOException {
    short[] tone = read(new ToneSource(700, -12, 16000), 16000);
    Path file = dir.resolve("tone.wav");
    try (WavWriter w = WavWriter.create(file, 16000)) {
      w.write(tone, 0, 10000);
      w.write(tone, 10000, 6000);
    }
    assertThat(Files.size(file)).isEqualTo(44 + 32000);
    try (WavReader r = WavReader.open(file)) {
      assertThat(r.sampleRate()).isEqualTo(16000);
      assertThat(r.readAll()).isEqualTo(tone);
    }
  }

  @Test
  void wavReaderSkipsUnknownChunksAndRefusesOtherFormats() throws IOException {
    byte[] wav = {
      'R',
      'I',
      'F',
      'F',
      0,
      0,
      0,
      0,
      'W',
      'A',
      'V',
      'E',
      'L',
      'I',
      'S',
      'T',
      3,
      0,
      0,
      0,
      'a',
      'b',
      'c',
      0, // odd-sized chunk with its pad byte
      'f',
      'm',
      't',
      ' ',
      16,
      0,
      0,
      0,
      1,
      0,
      1,
      0,
      0x40,
      0x1F,
      0,
      0,
      (byte) 0x80,
      0x3E,
      0,
      0,
      2,
      0,
      16,
      0,
      'd',
      'a',
      't',
      'a',
      4,
      0,
      0,
      0,
      1,
      0,
      (byte) 0xFF,
      (byte) 0xFF
    };
    WavReader r = WavReader.read(new ByteArrayInputStream(wav));
    assertThat(r.sampleRate()).isEqualTo(8000);
    assertThat(r.readAll()).containsExactly((short) 1, (short) -1);
    byte[] stereo = wav.clone();
    stereo[24 + 8 + 2] = 2; // channels
    assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(stereo)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2 channel(s)");
    assertThatThrownBy(() -> WavReader.read(new ByteArrayInputStream(new byte[] {'R', 'I'})))
        .isInstanceOf(IOException.class);
  }

  @Test
  void resamplingKeepsInBandTonesAndRemovesWhatWouldAlias() {
    short[] in = read(new ToneSource(1000, -20, 44100), 44100);
    short[] out = Resampler.convert(in, 44100, 8000);
    assertThat(out.length).isEqualTo(8000);
    short[] middle = java.util.Arrays.copyOfRange(out, 1000, 7000);
    assertThat(ToneAnalysis.power(middle, 8000, 1000)).isBetween(-20.3, -19.7);
    // 6 kHz would alias to 2 kHz at 8 kHz: the low-pass removes it
    short[] high = read(new ToneSource(6000, -20, 44100), 44100);
    short[] outHigh =
        java.util.Arrays.copyOfRange(Resampler.convert(high, 44100, 8000), 1000, 7000);
    assertThat(ToneAnalysis.power(outHigh, 8000, 2000)).isLessThan(-70);
    // upsampling a tone keeps it too
    short[] up = Resampler.convert(read(new ToneSource(500, -20, 8000), 8000), 8000, 48000);
    assertThat(ToneAnalysis.power(java.util.Arrays.copyOfRange(up, 6000, 42000), 48000, 500))
        .isBetween(-20.3, -19.7);
  }

  @Test
  void streamingResamplersMatchTheWholeSignalConversion() {
    AudioSource src = Resampler.source(new ToneSource(900, -20, 16000, 16000), 8000);
    short[] streamed = read(src, 9000);
    assertThat(streamed.length).isBetween(7900, 8000);
    Recorder rec = new Recorder(16000, 100_000);
    AudioSink sink = Resampler.sink(rec, 8000);
    short[] tone = read(new ToneSource(900, -20, 8000), 8000);
    for (int i = 0; i < 8000; i += 160) {
      sink.write(tone, i, 160);
    }
    short[] up = rec.samples();
    assertThat(up.length).isBetween(15500, 16000);
    assertThat(ToneAnalysis.power(java.util.Arrays.copyOfRange(up, 2000, 14000), 16000, 900))
        .isBetween(-20.3, -19.7);
  }

  @Test
  void recorderKeepsALimitAndCountsTheRest() {
    Recorder r = new Recorder(8000, 100);
    r.write(new short[80], 0, 80);
    r.write(new short[80], 0, 80);
    assertThat(r.size()).isEqualTo(100);
    assertThat(r.dropped()).isEqualTo(60);
    assertThat(r.last(30)).hasSize(30);
  }
}
