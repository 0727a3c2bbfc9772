/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Choosing the Opus library: auto falls back, libopus insists, concentus loads nothing. */
class OpusEngineTest {
  private static final String MISSING = "libparley-no-such-opus.so.0";

  @Test
  void autoUsesLibopusWhenItLoads() {
    OpusEngine.Choice c = OpusEngine.AUTO.select(LibOpus.DEFAULT_LIBRARY);
    assertThat(c.implementation()).isInstanceOf(LibOpus.class);
    assertThat(c.reason()).contains("auto").contains("loaded");
  }

  @Test
  void autoFallsBackToConcentusAndSaysWhatToInstall() {
    OpusEngine.Choice c = OpusEngine.AUTO.select(MISSING);
    assertThat(c.implementation()).isSameAs(ConcentusOpus.INSTANCE);
    assertThat(c.reason()).contains(MISSING).contains("did not load").contains("libopus0");
  }

  @Test
  void libopusThatDoesNotLoadStopsWithTheDebianPackage() {
    assertThatThrownBy(() -> OpusEngine.LIBOPUS.select(MISSING))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(MISSING)
        .hasMessageContaining("apt-get install libopus0")
        .hasCauseInstanceOf(UnsatisfiedLinkError.class);
    assertThat(OpusEngine.LIBOPUS.select(LibOpus.DEFAULT_LIBRARY).implementation())
        .isInstanceOf(LibOpus.class);
  }

  @Test
  void concentusLoadsNothing() {
    OpusEngine.Choice c = OpusEngine.CONCENTUS.select(MISSING);
    assertThat(c.implementation()).isSameAs(ConcentusOpus.INSTANCE);
  }

  @Test
  void configValues() {
    assertThat(OpusEngine.fromConfigValue("libopus")).contains(OpusEngine.LIBOPUS);
    assertThat(OpusEngine.fromConfigValue("AUTO")).contains(OpusEngine.AUTO);
    assertThat(OpusEngine.fromConfigValue("concentus")).contains(OpusEngine.CONCENTUS);
    assertThat(OpusEngine.fromConfigValue("ffmpeg")).isEmpty();
    assertThat(OpusEngine.CONCENTUS.configValue()).isEqualTo("concentus");
  }
}
