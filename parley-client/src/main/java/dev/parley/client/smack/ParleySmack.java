/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import javax.net.SocketFactory;

/**
 * Prepares Smack for the SDK; call {@link #install()} once at start-up, before the first connection
 * connects.
 */
public final class ParleySmack {
  private ParleySmack() {}

  /**
   * Registers the providers of the meetings API ({@link ParleyProviders#registerMeetings()}) and
   * corrects how Smack's StAX parser reports default namespace declarations under Woodstox (which
   * the SDK brings onto the class path; without the correction Smack cannot write back the elements
   * it has no provider for). Both changes are to Smack's process-wide registries; the correction
   * reaches connections that connect afterwards. Calling it again is harmless.
   */
  public static void install() {
    StaxPrefixFix.install();
    ParleyProviders.registerMeetings();
  }

  /**
   * A socket factory for Smack whose sockets send at once ({@code TCP_NODELAY}): {@code
   * XMPPTCPConnectionConfiguration.builder().setSocketFactory(ParleySmack.noDelaySockets())}.
   * Recommended for calls: with Nagle's algorithm the second stanza of a burst can wait up to 40 ms
   * for the server's delayed ACK (docs/CLIENT.md).
   */
  public static SocketFactory noDelaySockets() {
    return NoDelaySockets.INSTANCE;
  }
}
