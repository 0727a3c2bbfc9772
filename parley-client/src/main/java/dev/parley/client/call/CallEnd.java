/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;

/**
 * How a call ended.
 *
 * @param reason the XEP-0166 reason: the one the peer's session-terminate carried (or {@code
 *     success} when it carried none), the one we hung up with, or the one the SDK chose ({@code
 *     timeout}, {@code connectivity-error}…)
 * @param byPeer whether the peer ended it
 */
public record CallEnd(Reason reason, boolean byPeer) {
  public CallEnd {
    requireNonNull(reason, "reason");
  }

  /** The reason's condition. */
  public ReasonCondition condition() {
    return reason.condition();
  }
}
