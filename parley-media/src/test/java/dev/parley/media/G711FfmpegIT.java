/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.codec.G711;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our G.711 against FFmpeg's, live, over every input. Decoding must be identical for all 256 codes.
 * Encoding differs by design where FFmpeg rounds to the nearest reconstruction level instead of
 * applying G.711's decision values (G711Test checks those against the standard's tables): there,
 * and only there, the codes must be neighbours, and the input must lie between the G.711 decision
 * value and FFmpeg's midpoint.
 */
class G711FfmpegIT {
  @TempDir Path dir;

  @Test
  void matchesFfmpegExceptForItsRoundingOfTheDecisionValues() throws Exception {
    Ffmpeg.require();
    Path linear = dir.resolve("all.s16");
    byte[] all = new byte[65536 * 2];
    for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
      int i = (v - Short.MIN_VALUE) * 2;
      all[i] = (byte) v;
      all[i + 1] = (byte) (v >> 8);
    }
    Files.write(linear, all);
    Path codes = dir.resolve("codes.bin");
    byte[] everyCode = new byte[256];
    for (int c = 0; c < 256; c++) {
      everyCode[c] = (byte) c;
    }
    Files.write(codes, everyCode);

    for (String law : new String[] {"mulaw", "alaw"}) {
      boolean ulaw = law.equals("mulaw");
      Path encoded = dir.resolve("all." + law);
      Ffmpeg.run(
          dir.resolve("enc.log"),
          "-f",
          "s16le",
          "-ar",
          "8000",
          "-ac",
          "1",
          "-i",
          linear.toString(),
          "-c:a",
          "pcm_" + law,
          "-f",
          law,
          encoded.toString());
      byte[] theirs = Files.readAllBytes(encoded);
      assertThat(theirs).hasSize(65536);
      int differences = 0;
      for (int v = Short.MIN_VALUE; v <= Short.MAX_VALUE; v++) {
        byte ours = ulaw ? G711.linearToUlaw((short) v) : G711.linearToAlaw((short) v);
        byte ff = theirs[v - Short.MIN_VALUE];
        if (ours == ff) {
          continue;
        }
        differences++;
        short a = ulaw ? G711.ulawToLinear(ours) : G711.alawToLinear(ours);
        short b = ulaw ? G711.ulawToLinear(ff) : G711.alawToLinear(ff);
        // the two reconstruction levels around v; FFmpeg takes the nearer one, up to the
        // granularity of its table (indexed by v >> 2, midpoints rounded in those units)
        assertThat((long) a * b).as("%s of %d: same sign", law, v).isGreaterThanOrEqualTo(0);
        assertThat(v).isBetween(Math.min(a, b), Math.max(a, b));
        assertThat(Math.abs(v - b)).isLessThanOrEqualTo(Math.abs(v - a) + 16);
      }
      assertThat(differences).as(law).isLessThan(65536 / 50);

      Path decoded = dir.resolve("decoded." + law + ".s16");
      Ffmpeg.run(
          dir.resolve("dec.log"),
          "-f",
          law,
          "-ar",
          "8000",
          "-ac",
          "1",
          "-i",
          codes.toString(),
          "-f",
          "s16le",
          decoded.toString());
      byte[] pcm = Files.readAllBytes(decoded);
      for (int c = 0; c < 256; c++) {
        short ff = (short) ((pcm[2 * c] & 0xFF) | pcm[2 * c + 1] << 8);
        short ours = ulaw ? G711.ulawToLinear((byte) c) : G711.alawToLinear((byte) c);
        assertThat(ours).as("%s code %d", law, c).isEqualTo(ff);
      }
    }
  }
}
