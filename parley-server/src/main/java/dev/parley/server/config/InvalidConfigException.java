/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.config;

/**
 * A configuration problem, naming the key and what is wrong with it. Start-up stops with this
 * message.
 */
public final class InvalidConfigException extends Exception {
  private static final long serialVersionUID = 1L;
  private final String key;

  public InvalidConfigException(String key, String problem) {
    super(key + ": " + problem, null, false, false);
    this.key = key;
  }

  /** The configuration key, e.g. {@code parley.xmpp.secret}. */
  public String key() {
    return key;
  }
}
