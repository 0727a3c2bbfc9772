/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.codec.DtmfDetector;
import org.jspecify.annotations.Nullable;

/** What a pipeline reports to its owner, on the tick thread. */
public interface PipelineEvents {
  /** A DTMF digit ended (RFC 4733), reported once. */
  void onDtmf(DtmfDetector.Digit digit);

  /** The peer's source said goodbye (RTCP BYE, RFC 3550 § 6.6). */
  void onBye(@Nullable String reason);
}
