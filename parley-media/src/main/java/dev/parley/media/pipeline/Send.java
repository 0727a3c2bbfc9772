/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.rtcp.RtcpSession;
import dev.parley.media.transport.MediaTransport;

/** Sends the packet (non-blocking) and tells RTCP what was sent. */
final class Send extends BaseStage<AudioFrame> {
  private final MediaTransport transport;
  private final RtcpSession rtcp;
  private final OutboundStream stream;

  Send(MediaTransport transport, RtcpSession rtcp, OutboundStream stream) {
    this.transport = transport;
    this.rtcp = rtcp;
    this.stream = stream;
  }

  @Override
  boolean handle(AudioFrame f) {
    if (!transport.sendRtp(f.packet, 0, f.packetLength)) {
      return drop();
    }
    rtcp.onSent(f.payloadLength, stream.timestamp, f.nowNanos);
    return true;
  }
}
