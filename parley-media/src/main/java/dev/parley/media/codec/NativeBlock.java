/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.codec;

import com.sun.jna.Memory;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One {@code malloc}ed block: a libopus state and the PCM and payload buffers its calls read and
 * write, so that a frame costs two memory copies and one native call, and allocates nothing.
 *
 * <p>Freed exactly once: by {@link #free()} (the owner's {@code close()}; JNA's {@code dispose} is
 * idempotent), or by JNA once the block became unreachable without being freed — a safety net, not
 * the plan: that memory would wait for a garbage collection. No thread of Parley's is involved.
 */
final class NativeBlock extends Memory {
  /** The block's address. */
  final long address;

  NativeBlock(long size) {
    super(size);
    this.address = Pointer.nativeValue(this);
  }

  /** A native-order view of {@code length} bytes from {@code offset}. */
  ByteBuffer view(long offset, int length) {
    return getByteBuffer(offset, length).order(ByteOrder.nativeOrder());
  }

  /** Frees the block (at most once, whoever calls). */
  void free() {
    dispose();
  }

  /** Rounds up to a multiple of 64 bytes (a cache line), for the buffers after the state. */
  static long cacheLineAligned(long n) {
    return (n + 63) & ~63L;
  }
}
