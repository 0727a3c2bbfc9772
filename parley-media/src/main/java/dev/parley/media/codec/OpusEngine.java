/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import dev.parley.media.ConfigValues;
import java.util.Optional;

/**
 * Which Opus library a media engine uses ({@code parley.bridge.opus-engine}): the system's libopus
 * when it loads ({@link #AUTO}, the default), libopus or nothing ({@link #LIBOPUS}), or Concentus
 * ({@link #CONCENTUS}).
 */
public enum OpusEngine {
  /** libopus when the library loads, else Concentus. */
  AUTO,
  /** libopus; start-up fails if the library does not load. */
  LIBOPUS,
  /** Concentus (pure Java), even where libopus is installed. */
  CONCENTUS;

  /** What {@link #select} chose, and why (for one INFO line at start-up). */
  public record Choice(OpusImplementation implementation, String reason) {}

  /** The configuration value: "auto", "libopus", "concentus". */
  public String configValue() {
    return ConfigValues.of(this);
  }

  /** The engine a configuration value names (case-insensitive). */
  public static Optional<OpusEngine> fromConfigValue(String value) {
    return ConfigValues.parse(OpusEngine.class, value);
  }

  /**
   * Chooses the implementation, loading {@code library} (normally {@link LibOpus#DEFAULT_LIBRARY})
   * unless this is {@link #CONCENTUS}.
   *
   * @throws IllegalStateException for {@link #LIBOPUS} when the library does not load; the message
   *     names the Debian package to install
   */
  public Choice select(String library) {
    return switch (this) {
      case CONCENTUS -> new Choice(ConcentusOpus.INSTANCE, "opus-engine = concentus");
      case LIBOPUS -> {
        try {
          yield new Choice(LibOpus.load(library), "opus-engine = libopus");
        } catch (LinkageError e) {
          throw new IllegalStateException(
              "opus-engine = libopus, but "
                  + library
                  + " did not load ("
                  + e.getMessage()
                  + "): install libopus (Debian and Ubuntu: apt-get install libopus0), or set"
                  + " opus-engine to auto or concentus",
              e);
        }
      }
      case AUTO -> {
        try {
          yield new Choice(LibOpus.load(library), "opus-engine = auto, and " + library + " loaded");
        } catch (LinkageError e) {
          yield new Choice(
              ConcentusOpus.INSTANCE,
              "opus-engine = auto, and "
                  + library
                  + " did not load ("
                  + e.getMessage()
                  + "); install the Debian package libopus0 for native Opus, several times"
                  + " cheaper");
        }
      }
    };
  }
}
