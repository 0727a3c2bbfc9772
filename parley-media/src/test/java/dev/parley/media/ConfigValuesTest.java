/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.codec.OpusEngine;
import org.junit.jupiter.api.Test;

class ConfigValuesTest {
  @Test
  void enumsAreNamedInLowerCaseAndReadBackIgnoringCase() {
    assertThat(ConfigValues.all(MediaThreadPriority.class))
        .containsExactly("normal", "high", "realtime");
    assertThat(ConfigValues.all(OpusEngine.class)).containsExactly("auto", "libopus", "concentus");
    assertThat(OpusEngine.LIBOPUS.configValue()).isEqualTo("libopus");
    assertThat(MediaThreadPriority.fromConfigValue("RealTime"))
        .contains(MediaThreadPriority.REALTIME);
    assertThat(OpusEngine.fromConfigValue("concentus")).contains(OpusEngine.CONCENTUS);
    assertThat(OpusEngine.fromConfigValue("opus")).isEmpty();
  }
}
