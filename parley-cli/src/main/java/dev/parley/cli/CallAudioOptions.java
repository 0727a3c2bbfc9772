/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Audio;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.WavReader;
import dev.parley.media.audio.WavWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code parley call}'s audio options: what the call sends ({@code --play}, else a {@code --tone},
 * else silence) and where what it hears goes ({@code --record}, else nowhere).
 */
final class CallAudioOptions {
  @Option(names = "--play", paramLabel = "FILE", description = "a WAV file to send (16-bit mono)")
  Path play;

  @Option(
      names = "--tone",
      paramLabel = "HZ",
      description = "send a sine tone at this frequency (when there is no --play)")
  Double tone;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "write what you hear to a WAV file")
  Path record;

  /**
   * What the call sends. A {@code --play} file is opened here and added to {@code opened}: the
   * caller closes it once the call is over.
   *
   * @throws ClientFailure with {@link ExitCodes#USAGE} for an unreadable file or a tone outside (0,
   *     Nyquist)
   */
  AudioSource source(List<Closeable> opened) throws ClientFailure {
    if (play != null) {
      try {
        WavReader wav = Audio.wav(play);
        opened.add(wav);
        return wav;
      } catch (IOException e) {
        throw new ClientFailure(ExitCodes.USAGE, "--play " + play + ": " + e.getMessage());
      }
    }
    if (tone != null) {
      if (tone <= 0 || tone >= Audio.RATE / 2.0) {
        throw new ClientFailure(
            ExitCodes.USAGE, "--tone must be between 0 and " + Audio.RATE / 2 + " Hz");
      }
      return Audio.tone(tone);
    }
    return Audio.silence();
  }

  /**
   * Where what the call hears goes. A {@code --record} file is created here and added to {@code
   * opened}: the caller closes it once the call is over, which completes the WAV header.
   *
   * @throws ClientFailure with {@link ExitCodes#USAGE} when the file cannot be created
   */
  AudioSink sink(List<Closeable> opened) throws ClientFailure {
    if (record == null) {
      return Audio.discard();
    }
    try {
      WavWriter wav = Audio.wavFile(record);
      opened.add(wav);
      return wav;
    } catch (IOException e) {
      throw new ClientFailure(ExitCodes.USAGE, "--record " + record + ": " + e.getMessage());
    }
  }
}
