/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Media settings that are enums, named in configuration files and on command lines by their
 * constants' names in lower case ({@code opus-engine = libopus}, {@code media-thread-priority =
 * realtime}), read back case-insensitively.
 */
public final class ConfigValues {
  private ConfigValues() {}

  /** {@code constant}'s configuration value: its name in lower case. */
  public static String of(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} that {@code value} names, ignoring case. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> of(e).equalsIgnoreCase(value))
        .findFirst();
  }

  /** Every configuration value of {@code type}, in declaration order. */
  public static <E extends Enum<E>> List<String> all(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(ConfigValues::of).toList();
  }
}
