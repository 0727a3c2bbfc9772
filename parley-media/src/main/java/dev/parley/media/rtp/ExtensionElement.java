/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.rtp;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One RFC 8285 header extension element: a local ID and its data (copied on the way in and out).
 */
public record ExtensionElement(int id, byte[] data) {
  public ExtensionElement {
    if (id < 1 || id > 255) {
      throw new IllegalArgumentException("extension id must be 1-255: " + id);
    }
    if (data.length > 255) {
      throw new IllegalArgumentException("extension data longer than 255 bytes: " + data.length);
    }
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }

  /** Whether the RFC 8285 one-byte form can carry this element (ID 1–14, 1–16 bytes). */
  public boolean fitsOneByte() {
    return id <= 14 && data.length >= 1 && data.length <= 16;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExtensionElement e && e.id == id && Arrays.equals(e.data, data);
  }

  @Override
  public int hashCode() {
    return 31 * id + Arrays.hashCode(data);
  }

  @Override
  public String toString() {
    return "ExtensionElement[id=" + id + ", data=" + HexFormat.of().formatHex(data) + "]";
  }
}
