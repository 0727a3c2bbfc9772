/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.rtcp.RtcpPacket;
import dev.parley.media.rtcp.RtcpParser;
import dev.parley.media.rtcp.RtcpSession;

/** Parses RTCP compounds (dropping invalid ones), feeds the session, and reports BYE. */
final class RtcpReceive extends BaseStage<Datagram> {
  private final RtcpSession session;
  private final PipelineEvents events;
  private final MediaClock clock;
  private final Depacketize source;

  RtcpReceive(RtcpSession session, PipelineEvents events, MediaClock clock, Depacketize source) {
    this.session = session;
    this.events = events;
    this.clock = clock;
    this.source = source;
  }

  @Override
  boolean handle(Datagram d) {
    RtcpParser.Result r = RtcpParser.parse(d.data, 0, d.length);
    if (!r.ok()) {
      return drop();
    }
    long wallAtArrival = clock.wallMillis() - (clock.nanoTime() - d.arrivalNanos) / 1_000_000;
    RtcpPacket.Bye bye = session.onReceive(r.packets(), d.arrivalNanos, wallAtArrival);
    if (bye != null && (!source.haveSource() || bye.ssrcs().contains(source.ssrc()))) {
      events.onBye(bye.reason());
    }
    return true;
  }
}
