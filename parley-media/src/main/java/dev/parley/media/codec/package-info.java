/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Audio codecs and RFC 4733 telephone events.
 *
 * <p>{@link dev.parley.media.codec.AudioCodec} describes a format and makes per-stream {@link
 * dev.parley.media.codec.AudioEncoder encoders} and {@link dev.parley.media.codec.AudioDecoder
 * decoders}; a decoder also conceals lost frames, since good concealment is codec-specific (Opus
 * has its own; G.711 uses {@link dev.parley.media.codec.RepeatAndFade}). G.711 µ-law and A-law
 * ({@link dev.parley.media.codec.G711}) are bit-exact with the ITU-T G.191 reference implementation
 * of G.711. {@link dev.parley.media.codec.OpusCodec} is Opus on one of two libraries behind the
 * same contract ({@link dev.parley.media.codec.OpusImplementation}): the system's libopus through
 * JNA ({@link dev.parley.media.codec.LibOpus}), or Concentus, pure Java ({@link
 * dev.parley.media.codec.ConcentusOpus}), which {@link dev.parley.media.codec.CodecWarmup} warms up
 * before the first call; {@link dev.parley.media.codec.OpusEngine} chooses. Encoders and decoders
 * are closed by their owner: libopus's hold native memory.
 *
 * @see <a href="https://www.itu.int/rec/T-REC-G.711">ITU-T G.711</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4733">RFC 4733</a>
 */
@NullMarked
package dev.parley.media.codec;

import org.jspecify.annotations.NullMarked;
