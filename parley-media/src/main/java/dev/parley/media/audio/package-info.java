/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Audio in and out of the engine for clients and tests: sources and sinks of 16-bit mono PCM (WAV
 * files, tones, silence, an in-memory recorder), a resampler, and Goertzel tone analysis for tests
 * that check who hears whom. The RTP phone that plays them is {@link dev.parley.media.Phone}.
 */
@NullMarked
package dev.parley.media.audio;

import org.jspecify.annotations.NullMarked;
