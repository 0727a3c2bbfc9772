/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * The ICE agents of one leg across restarts (RFC 8445 § 9): the current generation's and, while a
 * restart's checks run, the previous one's, whose pair carries media until the new agent selects
 * one. Both read the leg's one socket: a STUN request goes to the agent whose ufrag it names,
 * anything else to both.
 *
 * <p>Threads: {@link #restart} on the signalling thread; {@link #deliverStun} on the I/O thread;
 * {@link #selected} on ice4j's; the agents are volatile fields.
 */
final class IceGenerations {
  /** Makes the agent of a generation (0, then +1 per restart). */
  interface Factory {
    IceAgent create(int generation) throws IOException;
  }

  private final Factory factory;
  private volatile IceAgent current;
  private volatile @Nullable IceAgent previous; // until a restart's agent selects a pair

  IceGenerations(Factory factory) throws IOException {
    this.factory = factory;
    this.current = factory.create(0);
  }

  /** The agent of the current generation. */
  IceAgent current() {
    return current;
  }

  /** Whether a restart's new agent has not selected a pair yet. */
  boolean restarting() {
    return previous != null;
  }

  /** A new generation; an older one still waiting is dropped. Returns the new agent. */
  IceAgent restart() throws IOException {
    IceAgent old = current;
    IceAgent fresh = factory.create(old.generation() + 1);
    IceAgent older = previous;
    previous = old;
    current = fresh;
    if (older != null) {
      older.close();
    }
    return fresh;
  }

  /**
   * Generation {@code generation} selected a pair: whether the leg should use it (the current
   * generation's, or the previous one's while the restart's checks run; not a generation already
   * replaced). When the current generation selects, the previous agent retires.
   */
  boolean selected(int generation) {
    if (generation != current.generation()) {
      return previous != null;
    }
    IceAgent old = previous;
    previous = null;
    if (old != null) {
      old.close();
    }
    return true;
  }

  /** Whether {@code generation} is the current one (its failures fail the leg). */
  boolean isCurrent(int generation) {
    return generation == current.generation();
  }

  /**
   * Routes a STUN message (I/O thread): a request to the agent whose ufrag it names, anything else
   * to all; to the agents' relayed candidates when it came through the relay.
   */
  void deliverStun(byte[] data, int n, InetSocketAddress source, boolean relayed) {
    IceAgent now = current;
    IceAgent old = previous;
    if (old == null) {
      deliver(now, data, n, source, relayed);
      return;
    }
    String ufrag = Stun.requestUfrag(data, n);
    if (ufrag == null) {
      deliver(now, data, n, source, relayed);
      deliver(old, data, n, source, relayed);
    } else if (ufrag.equals(old.localUfrag())) {
      deliver(old, data, n, source, relayed);
    } else {
      deliver(now, data, n, source, relayed);
    }
  }

  private static void deliver(
      IceAgent a, byte[] data, int n, InetSocketAddress source, boolean relayed) {
    if (relayed) {
      a.deliverRelayed(data, 0, n, source);
    } else {
      a.deliver(data, 0, n, source);
    }
  }

  /**
   * Frees the agents on {@code background}: freeing an ice4j agent stops its transactions and
   * timers, not work for a tick thread (on the caller's thread when the engine is shutting down).
   */
  void close(Executor background) {
    IceAgent now = current;
    IceAgent old = previous;
    Runnable free =
        () -> {
          now.close();
          if (old != null) {
            old.close();
          }
        };
    try {
      background.execute(free);
    } catch (RejectedExecutionException e) {
      free.run();
    }
  }
}
