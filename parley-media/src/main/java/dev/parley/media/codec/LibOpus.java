/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Opus through the system's libopus (Debian: {@code libopus0}), called through JNA: the reference
 * implementation, in C with SIMD, several times faster than Concentus (docs/PERFORMANCE.md) and
 * with nothing to warm up.
 *
 * <p>Each encoder and decoder owns one native block (the libopus state, sized by {@code
 * opus_*_get_size} and set up by {@code opus_*_init}, plus its PCM and payload buffers), freed by
 * {@code close()}; JNA frees blocks whose owner was dropped without closing, at a garbage
 * collection.
 */
public final class LibOpus implements OpusImplementation {
  /** The shared library's soname on Linux (Debian's {@code libopus0} installs it). */
  public static final String DEFAULT_LIBRARY = "libopus.so.0";

  private final String library;
  private final String version;
  private final LibOpusCtl ctl;
  private final AtomicInteger open = new AtomicInteger();

  private LibOpus(String library, String version, LibOpusCtl ctl) {
    this.library = library;
    this.version = version;
    this.ctl = ctl;
  }

  /**
   * Loads {@code library} (a soname such as {@link #DEFAULT_LIBRARY}, or a path) and binds the
   * functions Parley calls.
   *
   * @throws UnsatisfiedLinkError if it cannot be loaded, lacks a function, JNA's own native part
   *     cannot load, or the JVM is not 64-bit
   */
  public static LibOpus load(String library) {
    if (Native.POINTER_SIZE != 8) {
      throw new UnsatisfiedLinkError("native Opus needs a 64-bit JVM");
    }
    NativeLibrary lib = NativeLibrary.getInstance(library);
    LibOpusNative.bind(library, lib);
    LibOpusCtl ctl = Native.load(library, LibOpusCtl.class);
    return new LibOpus(library, LibOpusNative.opus_get_version_string(), ctl);
  }

  /** The library's own version string, e.g. "libopus 1.3.1". */
  public String version() {
    return version;
  }

  @Override
  public String description() {
    return version + " (" + library + ")";
  }

  /** Native code: nothing for the JIT to compile, so {@link CodecWarmup} would only cost time. */
  @Override
  public boolean needsWarmup() {
    return false;
  }

  @Override
  public AudioEncoder newEncoder(int complexity, int bitrate) {
    return new LibOpusEncoder(this, complexity, bitrate);
  }

  @Override
  public AudioDecoder newDecoder() {
    return new LibOpusDecoder(this);
  }

  /**
   * Encoders and decoders made by this instance and not closed yet: their native state. Back to
   * where it was once the streams that made them ended (tests, leak checks).
   */
  public int openStates() {
    return open.get();
  }

  void opened() {
    open.incrementAndGet();
  }

  void closed() {
    open.decrementAndGet();
  }

  /** Sets an encoder parameter; throws if libopus refuses it. */
  void set(long encoder, int request, int value) {
    int err = ctl.opus_encoder_ctl(new Pointer(encoder), request, value);
    if (err != LibOpusCtl.OPUS_OK) {
      throw new IllegalStateException(
          "opus_encoder_ctl(" + request + ", " + value + "): " + error(err));
    }
  }

  /** Reads an encoder parameter (tests). */
  int get(long encoder, int request) {
    IntByReference value = new IntByReference();
    int err = ctl.opus_encoder_ctl(new Pointer(encoder), request, value);
    if (err != LibOpusCtl.OPUS_OK) {
      throw new IllegalStateException("opus_encoder_ctl(" + request + "): " + error(err));
    }
    return value.getValue();
  }

  static String error(int code) {
    return LibOpusNative.opus_strerror(code) + " (" + code + ")";
  }

  @Override
  public String toString() {
    return description();
  }
}
