/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.MediaThreadPriority;
import java.util.HashMap;
import java.util.Map;

/** The load programs' arguments: {@code key=value} words; a bare {@code key} means {@code true}. */
final class LoadArgs {
  private LoadArgs() {}

  static Map<String, String> parse(String[] args) {
    Map<String, String> o = new HashMap<>();
    for (String a : args) {
      String[] kv = a.split("=", 2);
      o.put(kv[0], kv.length > 1 ? kv[1] : "true");
    }
    return o;
  }

  /** {@code <key>=normal|high|realtime}: a thread priority (default normal). */
  static MediaThreadPriority priority(Map<String, String> o, String key) {
    String v = o.getOrDefault(key, "normal");
    return MediaThreadPriority.fromConfigValue(v)
        .orElseThrow(() -> new IllegalArgumentException(key + "=normal|high|realtime, not " + v));
  }
}
