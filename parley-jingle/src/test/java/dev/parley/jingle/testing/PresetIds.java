/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.testing;

import dev.parley.jingle.IdGenerator;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Ids in sequence ({@code prefix1, prefix2…}), except that ids announced with {@link #preset} come
 * first: a script that shows the stanza we send decides its ids.
 */
final class PresetIds implements IdGenerator {
  private final IdGenerator sequence;
  private final Deque<String> preset = new ArrayDeque<>();

  PresetIds(String prefix) {
    this.sequence = IdGenerator.sequence(prefix);
  }

  void preset(String id) {
    preset.add(id);
  }

  void clear() {
    preset.clear();
  }

  @Override
  public String next() {
    String id = preset.poll();
    return id != null ? id : sequence.next();
  }
}
