/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.mixer.RateConverter;

/**
 * Converts between the codec's rate and the mixer's: up after decoding (a G.711 participant in a 48
 * kHz mix), down before encoding. Present in a chain only when the rates differ.
 */
final class Resample extends BaseStage<AudioFrame> {
  private final RateConverter converter;
  private final boolean toMixer;

  private Resample(RateConverter converter, boolean toMixer) {
    this.converter = converter;
    this.toMixer = toMixer;
  }

  /** Decoded codec-rate input → the mixer's input. */
  static Resample toMixer(int codecRate, int mixRate) {
    return new Resample(new RateConverter(codecRate, mixRate), true);
  }

  /** The mixer's output → codec-rate PCM to encode. */
  static Resample fromMixer(int mixRate, int codecRate) {
    return new Resample(new RateConverter(mixRate, codecRate), false);
  }

  @Override
  String nameSuffix() {
    return toMixer ? "In" : "Out";
  }

  @Override
  boolean handle(AudioFrame f) {
    if (toMixer) {
      if (f.hasInput) {
        converter.process(f.codecInput, 0, f.codecInput.length, f.input, 0);
      } else {
        converter.reset();
      }
    } else if (f.sharedPayload == null) {
      converter.process(f.output, 0, f.output.length, f.codecOutput, 0);
    }
    return true;
  }
}
