/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Stages run in order until one stops the item. */
public final class Chain<T> {
  private final List<Stage<T>> stages;

  private Chain(List<Stage<T>> stages) {
    this.stages = stages;
  }

  /** A chain of {@code stages}, in order. */
  public static <T> Chain<T> of(List<Stage<T>> stages) {
    return new Chain<>(List.copyOf(stages));
  }

  /** Runs the item through; returns whether it left the last stage. */
  public boolean process(T item) {
    for (int i = 0, n = stages.size(); i < n; i++) {
      if (!stages.get(i).process(item)) {
        return false;
      }
    }
    return true;
  }

  /** Every stage's counters, in order. */
  public List<StageStats> stats() {
    List<StageStats> out = new ArrayList<>(stages.size());
    for (Stage<T> s : stages) {
      out.add(s.stats());
    }
    return out;
  }
}
