/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.AudioDecoder;
import java.util.Map;

/**
 * The payload types negotiated for one participant: what we send, and what we accept.
 *
 * @param sendPayloadType the payload type id we send with (the offer's id, XEP-0167 § 6)
 * @param sendCodec the codec behind it
 * @param receive every audio payload type we accept, with its codec
 * @param telephoneEvent the RFC 4733 payload type, or −1 when not negotiated
 */
public record PayloadMap(
    int sendPayloadType,
    AudioCodec sendCodec,
    Map<Integer, AudioCodec> receive,
    int telephoneEvent) {
  public PayloadMap {
    receive = Map.copyOf(receive);
    if (sendPayloadType < 0 || sendPayloadType > 127 || telephoneEvent > 127) {
      throw new IllegalArgumentException("payload types are 0-127");
    }
    for (int pt : receive.keySet()) {
      if (pt < 0 || pt > 127 || pt == telephoneEvent) {
        throw new IllegalArgumentException("bad receive payload type " + pt);
      }
    }
  }

  /** A decoder per accepted payload type, indexed by payload type (null where none). */
  AudioDecoder[] newDecoders() {
    AudioDecoder[] decoders = new AudioDecoder[128];
    receive.forEach((pt, codec) -> decoders[pt] = codec.newDecoder());
    return decoders;
  }

  /** Which payload types may latch a symmetric-RTP transport (indexed 0–127). */
  public boolean[] accepted() {
    boolean[] ok = new boolean[128];
    receive.keySet().forEach(pt -> ok[pt] = true);
    if (telephoneEvent >= 0) {
      ok[telephoneEvent] = true;
    }
    return ok;
  }
}
