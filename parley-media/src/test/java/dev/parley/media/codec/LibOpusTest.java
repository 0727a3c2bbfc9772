/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the libopus binding sets up, read back from libopus itself. */
class LibOpusTest {
  private final LibOpus lib = LibOpus.load(LibOpus.DEFAULT_LIBRARY);

  @Test
  void theEncoderHasTheCodecsSettings() {
    try (LibOpusEncoder enc = (LibOpusEncoder) lib.newEncoder(7, 24_000)) {
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_COMPLEXITY_REQUEST)).isEqualTo(7);
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_BITRATE_REQUEST)).isEqualTo(24_000);
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_SIGNAL_REQUEST))
          .isEqualTo(LibOpusCtl.OPUS_SIGNAL_VOICE);
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_DTX_REQUEST)).isZero();
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_INBAND_FEC_REQUEST)).isZero();
      assertThat(enc.setting(LibOpusCtl.OPUS_GET_VBR_REQUEST)).isOne(); // as Concentus
    }
  }

  @Test
  void itSaysWhichLibrary() {
    assertThat(lib.version()).startsWith("libopus ");
    assertThat(lib.description()).endsWith("(" + LibOpus.DEFAULT_LIBRARY + ")");
    assertThat(lib.needsWarmup()).isFalse();
    assertThat(ConcentusOpus.INSTANCE.needsWarmup()).isTrue();
  }

  @Test
  void itCountsTheStatesNotClosedYet() {
    AudioEncoder enc = lib.newEncoder(5, 32_000);
    AudioDecoder dec = lib.newDecoder();
    assertThat(lib.openStates()).isEqualTo(2);
    enc.close();
    enc.close();
    assertThat(lib.openStates()).isOne();
    dec.close();
    assertThat(lib.openStates()).isZero();
  }

  @Test
  void loadingAgainBindsTheSameLibrary() {
    LibOpus again = LibOpus.load(LibOpus.DEFAULT_LIBRARY);
    assertThat(again.version()).isEqualTo(lib.version());
  }
}
