/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.rtp.RtpParse;
import dev.parley.media.stats.Counter;

/** Parses the RTP header and drops (and counts, by reason) what is not valid RTP. */
final class RtpReceive extends BaseStage<Datagram> {
  private final Counter[] malformed = new Counter[RtpParse.values().length];

  RtpReceive() {
    for (int i = 0; i < malformed.length; i++) {
      malformed[i] = new Counter();
    }
  }

  @Override
  boolean handle(Datagram d) {
    RtpParse result = d.rtp.wrap(d.data, 0, d.length);
    if (result != RtpParse.OK) {
      malformed[result.ordinal()].increment();
      return drop();
    }
    return true;
  }

  long malformed() {
    long n = 0;
    for (Counter c : malformed) {
      n += c.get();
    }
    return n;
  }
}
