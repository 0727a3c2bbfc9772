/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The listeners of one call's events ({@link Call#onEvent}). Listeners are added and removed from
 * any thread; events are emitted on the session's serial executor, in order, and a listener that
 * throws is logged and does not keep the others from hearing the event.
 */
final class CallListeners {
  private static final Logger LOG = LoggerFactory.getLogger(CallListeners.class);

  private final List<Consumer<CallEvent>> listeners = new CopyOnWriteArrayList<>();

  /** Adds a listener; closing the handle removes it. */
  AutoCloseable add(Consumer<CallEvent> listener) {
    requireNonNull(listener, "listener");
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  void emit(CallEvent event) {
    for (Consumer<CallEvent> l : listeners) {
      try {
        l.accept(event);
      } catch (RuntimeException e) {
        LOG.warn("a call listener failed on {}", event, e);
      }
    }
  }
}
