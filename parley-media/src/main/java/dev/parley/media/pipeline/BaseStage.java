/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.stats.Counter;

/** Counts what enters a stage and what it drops; subclasses implement {@link #handle}. */
abstract class BaseStage<T> implements Stage<T> {
  private final Counter processed = new Counter();
  private final Counter dropped = new Counter();

  @Override
  public String name() {
    return getClass().getSimpleName() + nameSuffix();
  }

  /** Distinguishes two instances of one stage class in statistics. */
  String nameSuffix() {
    return "";
  }

  @Override
  public final boolean process(T item) {
    processed.increment();
    return handle(item);
  }

  /** The stage's work; as {@link Stage#process}. */
  abstract boolean handle(T item);

  /** Counts a drop and returns false, for {@code return drop();}. */
  final boolean drop() {
    dropped.increment();
    return false;
  }

  @Override
  public StageStats stats() {
    return new StageStats(name(), processed.get(), dropped.get());
  }
}
