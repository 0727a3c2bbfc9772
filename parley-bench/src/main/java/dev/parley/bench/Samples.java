/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Sample documents from the protocol module's test resources ({@code bench/} and {@code
 * fixtures/}).
 */
final class Samples {
  private Samples() {}

  static String resource(String path) {
    try (InputStream in = Samples.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing sample " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
