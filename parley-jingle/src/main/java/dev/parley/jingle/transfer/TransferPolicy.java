/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

/** What a transferee does with an acceptable transfer request. */
public enum TransferPolicy {
  /** Acknowledge at once and carry it out (XEP-0251 § 2). */
  ALLOW,
  /**
   * Refuse with {@code feature-not-implemented} and {@code <unsupported-info/>}, what a peer
   * without XEP-0251 answers (XEP-0166 § 6.8).
   */
  REFUSE,
  /**
   * Ask the application ({@link TransferEvent.Asked}); the answer to the request waits for its
   * decision or the shell's decision timeout, which refuses.
   */
  ASK
}
