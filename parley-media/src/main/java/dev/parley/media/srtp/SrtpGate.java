/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

import org.jspecify.annotations.Nullable;

/**
 * Where a DTLS-SRTP leg's keys arrive: empty until the handshake completes (then media is dropped
 * both ways, never sent in the clear), keyed once it has. The handshake's thread builds the context
 * (key derivation and cipher set-up stay off the tick thread) and publishes it; from then on only
 * the tick thread uses it.
 */
public final class SrtpGate {
  private volatile @Nullable SrtpContext context;
  private volatile boolean closed;

  /** Installs the handshake's keys (once); builds the context on the caller's thread. */
  public void key(SrtpKeys k) {
    if (context != null) {
      throw new IllegalStateException("already keyed");
    }
    SrtpContext c = new SrtpContext(k);
    if (closed) {
      c.close();
      return;
    }
    context = c;
  }

  /** Whether keys are installed. */
  public boolean keyed() {
    return context != null;
  }

  /** The context to protect and unprotect with, or null while not keyed. Tick thread. */
  public @Nullable SrtpContext context() {
    return closed ? null : context;
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
