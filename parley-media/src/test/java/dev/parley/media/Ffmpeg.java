/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs FFmpeg (Debian package {@code ffmpeg}, installed by scripts/test) as an independent peer.
 */
final class Ffmpeg {
  private Ffmpeg() {}

  /** Fails the test with instructions when FFmpeg is missing. */
  static void require() throws InterruptedException {
    boolean found;
    try {
      Process p = new ProcessBuilder("ffmpeg", "-version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      found = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      found = false;
    }
    assertThat(found)
        .as("ffmpeg is needed by this test (Debian: apt-get install ffmpeg; scripts/test does it)")
        .isTrue();
  }

  /** Starts {@code ffmpeg -hide_banner -loglevel error <args>}, logging to {@code log}. */
  static Process start(Path log, String... args) throws IOException {
    List<String> cmd =
        new ArrayList<>(List.of("ffmpeg", "-hide_banner", "-nostdin", "-loglevel", "error", "-y"));
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  /** Runs to completion and returns its output. */
  static String run(Path log, String... args) throws IOException, InterruptedException {
    Process p = start(log, args);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("ffmpeg finished").isTrue();
    String out = Files.readString(log);
    assertThat(p.exitValue()).as("ffmpeg exit code; output: %s", out).isZero();
    return out;
  }
}
