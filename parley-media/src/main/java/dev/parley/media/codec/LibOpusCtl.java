/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import com.sun.jna.Library;
import com.sun.jna.Pointer;

/**
 * libopus's variadic control function, through JNA's interface mapping (direct mapping has no
 * varargs). Called only when an encoder is created, never per frame.
 */
interface LibOpusCtl extends Library {
  // Request ids and values of opus_defines.h (libopus 1.x, stable ABI).
  int OPUS_OK = 0;
  int OPUS_APPLICATION_VOIP = 2048;
  int OPUS_SIGNAL_VOICE = 3001;
  int OPUS_SET_BITRATE_REQUEST = 4002;
  int OPUS_GET_BITRATE_REQUEST = 4003;
  int OPUS_GET_VBR_REQUEST = 4007;
  int OPUS_SET_COMPLEXITY_REQUEST = 4010;
  int OPUS_GET_COMPLEXITY_REQUEST = 4011;
  int OPUS_SET_INBAND_FEC_REQUEST = 4012;
  int OPUS_GET_INBAND_FEC_REQUEST = 4013;
  int OPUS_SET_DTX_REQUEST = 4016;
  int OPUS_GET_DTX_REQUEST = 4017;
  int OPUS_SET_SIGNAL_REQUEST = 4024;
  int OPUS_GET_SIGNAL_REQUEST = 4025;

  /** {@code int opus_encoder_ctl(OpusEncoder *st, int request, ...)}. */
  int opus_encoder_ctl(Pointer st, int request, Object... args);
}
