/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The libopus functions Parley calls per frame or per stream, through JNA's direct mapping (static
 * native methods bound once to the library: the cheapest JNA call, no reflection and no argument
 * conversion). Pointers are passed as {@code long} addresses (64-bit JVMs only; {@link
 * LibOpus#load} checks), so a call converts nothing. The variadic {@code opus_encoder_ctl} cannot
 * be direct-mapped; {@link LibOpusCtl} maps it, and it runs only when an encoder is created.
 *
 * <p>Native methods belong to a class, so the binding is per process: the first library that binds
 * stays bound, and binding another one fails.
 */
final class LibOpusNative {
  /** The name of the bound library, once binding is done (or under way). */
  private static final AtomicReference<@Nullable CompletableFuture<String>> BOUND =
      new AtomicReference<>();

  private LibOpusNative() {}

  static native int opus_encoder_get_size(int channels);

  static native int opus_encoder_init(long st, int fs, int channels, int application);

  static native int opus_encode(long st, long pcm, int frameSize, long data, int maxDataBytes);

  static native int opus_decoder_get_size(int channels);

  static native int opus_decoder_init(long st, int fs, int channels);

  static native int opus_decode(
      long st, long data, int len, long pcm, int frameSize, int decodeFec);

  static native String opus_get_version_string();

  static native String opus_strerror(int error);

  /**
   * Binds the native methods to {@code library} (loaded as {@code name}), unless they are bound to
   * it already. Threads binding concurrently wait for the first.
   *
   * @throws UnsatisfiedLinkError if a function is missing, or another library is bound
   */
  static void bind(String name, NativeLibrary library) {
    CompletableFuture<String> mine = new CompletableFuture<>();
    CompletableFuture<String> bound = BOUND.compareAndExchange(null, mine);
    if (bound == null) {
      try {
        Native.register(LibOpusNative.class, library);
        mine.complete(name);
      } catch (RuntimeException | LinkageError e) {
        BOUND.set(null);
        mine.completeExceptionally(e);
        throw e;
      }
      return;
    }
    String other;
    try {
      other = bound.join();
    } catch (CompletionException e) {
      throw new UnsatisfiedLinkError("binding libopus failed in another thread: " + e.getCause());
    }
    if (!other.equals(name)) {
      throw new UnsatisfiedLinkError(
          "libopus is already bound to " + other + " in this process, not " + name);
    }
  }
}
