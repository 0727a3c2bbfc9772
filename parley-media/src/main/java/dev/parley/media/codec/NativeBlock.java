/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.lang.ref.Cleaner;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One {@code malloc}ed block: a libopus state and the PCM and payload buffers its calls read and
 * write, so that a frame costs two memory copies and one native call, and allocates nothing.
 *
 * <p>Freed exactly once: by {@link #free()} (the owner's {@code close()}), or by the cleaner once
 * the owner became unreachable without being closed (a safety net, not the plan: that memory would
 * wait for a garbage collection).
 */
final class NativeBlock {
  final long address;
  private final Cleaner.Cleanable freeing;

  /** Allocates {@code size} bytes, freed when {@code owner} is closed or unreachable. */
  NativeBlock(Cleaner cleaner, Object owner, long size) {
    long a = Native.malloc(size);
    if (a == 0) {
      throw new OutOfMemoryError("malloc of " + size + " bytes for libopus failed");
    }
    this.address = a;
    this.freeing = cleaner.register(owner, new Free(a));
  }

  /** A native-order view of {@code length} bytes from {@code offset}. */
  ByteBuffer view(long offset, int length) {
    return new Pointer(address).getByteBuffer(offset, length).order(ByteOrder.nativeOrder());
  }

  /** Frees the block (at most once, whoever calls). */
  void free() {
    freeing.clean();
  }

  /** Rounds up to a multiple of 64 bytes (a cache line), for the buffers after the state. */
  static long align(long n) {
    return (n + 63) & ~63L;
  }

  /** The cleaning action: must not refer to the owner, or the owner would never be unreachable. */
  private record Free(long address) implements Runnable {
    @Override
    public void run() {
      Native.free(address);
    }
  }
}
