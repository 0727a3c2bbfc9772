/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * One participant's 20 ms of audio in a tick: what it said (decoded, {@link #input}) and what it
 * hears ({@link #output}, or a payload already encoded for everyone who hears the same mix), and
 * the outgoing packet. One per participant, reused every tick; owned by the tick thread.
 */
public final class AudioFrame {
  final short[] input;
  final short[] output;
  final short[] codecInput; // the decoded frame at the codec's rate (input itself when equal)
  final short[] codecOutput; // what is encoded, at the codec's rate (output itself when equal)
  final byte[] packet;
  boolean hasInput;
  double inputLevelDbov = -127;
  long nowNanos;
  int ticks = 1;
  byte @Nullable [] sharedPayload;
  int sharedLength;
  int packetLength;
  int payloadLength;
  int headerLength = 12; // 20 with the audio-level extension

  /** A frame of {@code samples} samples whose packets carry at most {@code maxPayload} bytes. */
  public AudioFrame(int samples, int maxPayload) {
    this(samples, samples, maxPayload);
  }

  /**
   * A frame of {@code samples} samples at the mixer's rate for a codec whose frames have {@code
   * codecSamples} samples (at its own rate), with packets of at most {@code maxPayload} bytes.
   */
  public AudioFrame(int samples, int codecSamples, int maxPayload) {
    input = new short[samples];
    output = new short[samples];
    codecInput = codecSamples == samples ? input : new short[codecSamples];
    codecOutput = codecSamples == samples ? output : new short[codecSamples];
    packet = new byte[12 + maxPayload];
  }

  /** Samples per frame. */
  public int samples() {
    return input.length;
  }

  /** The decoded input of this tick; meaningful when {@link #hasInput()}. */
  public short[] input() {
    return input;
  }

  /** Whether the participant had audio to play this tick (not idle). */
  public boolean hasInput() {
    return hasInput;
  }

  /** The input's level in dBov (RMS relative to full scale; −127 for digital silence). */
  public double inputLevelDbov() {
    return inputLevelDbov;
  }

  /** The PCM this participant hears this tick; fill it, or set a shared payload. */
  public short[] output() {
    return output;
  }

  /** Makes the send chain copy {@code payload} instead of encoding {@link #output()}. */
  public void shareEncoded(byte[] payload, int length) {
    this.sharedPayload = payload;
    this.sharedLength = length;
  }

  /** Starts a tick: {@code ticks} ticks since the previous one (more after a stall). */
  public void begin(long nowNanos, int ticks) {
    this.nowNanos = nowNanos;
    this.ticks = ticks;
    this.sharedPayload = null;
    this.hasInput = false;
  }
}
