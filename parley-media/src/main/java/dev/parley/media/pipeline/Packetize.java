/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.mixer.SpeakerSelection;
import dev.parley.media.rtp.AudioLevel;
import dev.parley.media.rtp.RtpWriter;

/**
 * Writes the RTP header: our SSRC, the next sequence number, the timestamp of this tick (it
 * advances by the frame for every tick elapsed, so a stalled tick shows as a gap, not as compressed
 * time), the negotiated payload type, and the marker on the first packet (RFC 3551 § 4.1: the start
 * of a talk-spurt; the bridge sends continuously).
 */
final class Packetize extends BaseStage<AudioFrame> {
  private final OutboundStream stream;
  private final int payloadType;
  private final int audioLevelId;

  /**
   * @param audioLevelId the RFC 6464 extension id (one-byte form, 1–14) to send the level of what
   *     we send with (a phone's client-to-mixer level), or −1 for none
   */
  Packetize(OutboundStream stream, int payloadType, int audioLevelId) {
    this.stream = stream;
    this.payloadType = payloadType;
    this.audioLevelId = audioLevelId > 0 && audioLevelId < 15 ? audioLevelId : -1;
  }

  /** The RTP header length this stage writes (the encoder writes the payload after it). */
  int headerLength() {
    return audioLevelId > 0 ? 20 : 12;
  }

  @Override
  boolean handle(AudioFrame f) {
    RtpWriter.writeFixedHeader(
        f.packet,
        0,
        stream.first,
        payloadType,
        stream.nextSequence(),
        stream.timestamp,
        stream.ssrc);
    stream.first = false;
    if (audioLevelId > 0) {
      // RFC 8285 one-byte form: 0xBEDE, one word; RFC 6464 element: level in −dBov, V bit
      double dbov = LevelMeter.dbov(f.output);
      f.packet[0] |= 0x10;
      f.packet[12] = (byte) 0xBE;
      f.packet[13] = (byte) 0xDE;
      f.packet[14] = 0;
      f.packet[15] = 1;
      f.packet[16] = (byte) (audioLevelId << 4);
      f.packet[17] = AudioLevel.encode(dbov, dbov > SpeakerSelection.SILENT_DBOV);
      f.packet[18] = 0;
      f.packet[19] = 0;
    }
    return true;
  }
}
