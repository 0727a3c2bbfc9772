/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

import org.jspecify.annotations.Nullable;

/**
 * Where a DTLS-SRTP leg's keys arrive: empty until the handshake completes (then media is dropped
 * both ways, never sent in the clear), keyed once it has. Written by the handshake's thread, read
 * by the tick thread; the context itself is then used by the tick thread only.
 */
public final class SrtpGate {
  private volatile @Nullable SrtpKeys keys;
  private @Nullable SrtpContext context; // tick thread
  private volatile boolean closed;

  /** Installs the handshake's keys (once). */
  public void key(SrtpKeys k) {
    if (keys != null) {
      throw new IllegalStateException("already keyed");
    }
    keys = k;
  }

  /** Whether keys are installed. */
  public boolean keyed() {
    return keys != null;
  }

  /** The context to protect and unprotect with, or null while not keyed. Tick thread. */
  public @Nullable SrtpContext context() {
    SrtpContext c = context;
    if (c == null && !closed) {
      SrtpKeys k = keys;
      if (k != null) {
        c = new SrtpContext(k);
        context = c;
      }
    }
    return c;
  }

  /** Releases the contexts; the tick thread, when the leg finishes. */
  public void close() {
    closed = true;
    SrtpContext c = context;
    context = null;
    if (c != null) {
      c.close();
    }
  }
}
