/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.codec.AudioCodec;
import dev.parley.media.codec.TelephoneEvent;
import dev.parley.media.pipeline.PayloadMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Offer/answer for audio (RFC 3264 § 6.1, XEP-0167 § 6): the answer is the subset of the offered
 * payload types we support, with the offer's ids and in its order; we send the first. A static
 * payload type without a name is what RFC 3551 § 6 says it is (0 PCMU, 8 PCMA). Every accepted
 * audio codec has the clock rate of the first one (the jitter buffer runs on one RTP clock), so an
 * offer of opus then PCMU is answered with opus alone; the mixer converts to and from its own rate.
 * telephone-event at that clock rate is accepted with the DTMF events 0–15. ptime is not
 * negotiated: we send 20 ms, which RFC 3264 allows whatever the peer prefers, and accept any packet
 * duration.
 */
final class Negotiation {
  private Negotiation() {}

  /** The result: the answer's payload types and the pipeline's map. */
  record Result(List<CodecSpec> answer, PayloadMap payloads) {}

  static Result negotiate(List<CodecSpec> offered, List<AudioCodec> supported, int mixRate)
      throws MediaException {
    Map<Integer, AudioCodec> receive = new LinkedHashMap<>();
    List<CodecSpec> answer = new ArrayList<>();
    int rate = -1;
    for (CodecSpec spec : offered) {
      AudioCodec codec =
          TelephoneEvent.NAME.equalsIgnoreCase(spec.name()) ? null : find(spec, supported);
      if (codec != null) {
        rate = codec.clockRate();
        break;
      }
    }
    CodecSpec events = null;
    for (CodecSpec spec : offered) {
      if (TelephoneEvent.NAME.equalsIgnoreCase(spec.name())) {
        if (events == null && rate(spec) == rate && !receive.containsKey(spec.payloadType())) {
          events = telephoneEvent(spec.payloadType(), rate);
        }
        continue;
      }
      AudioCodec codec = find(spec, supported);
      if (codec != null && codec.clockRate() == rate && !receive.containsKey(spec.payloadType())) {
        receive.put(spec.payloadType(), codec);
        answer.add(
            new CodecSpec(
                spec.payloadType(),
                codec.name(),
                codec.clockRate(),
                codec.channels(),
                spec.parameters()));
      }
    }
    if (receive.isEmpty()) {
      throw new MediaException(
          MediaException.Reason.NO_COMMON_CODEC,
          "no offered payload type is supported: " + offered);
    }
    if (events != null && receive.containsKey(events.payloadType())) {
      events = null;
    }
    if (events != null) {
      answer.add(events);
    }
    int sendPt = answer.get(0).payloadType();
    PayloadMap map =
        new PayloadMap(
            sendPt, receive.get(sendPt), receive, events == null ? -1 : events.payloadType());
    return new Result(answer, map);
  }

  /** The header extensions we keep from an offer (with its ids): the RFC 6464 audio level. */
  static List<HeaderExtension> headerExtensions(MediaOffer offer) {
    List<HeaderExtension> kept = new ArrayList<>();
    for (HeaderExtension e : offer.headerExtensions()) {
      if (HeaderExtension.AUDIO_LEVEL.equals(e.uri()) && kept.isEmpty()) {
        kept.add(e);
      }
    }
    return kept;
  }

  private static CodecSpec telephoneEvent(int payloadType, int rate) {
    return new CodecSpec(payloadType, TelephoneEvent.NAME, rate, 1, Map.of("events", "0-15"));
  }

  private static int rate(CodecSpec spec) {
    return spec.clockRate() == 0 ? 8000 : spec.clockRate();
  }

  private static @Nullable AudioCodec find(CodecSpec spec, List<AudioCodec> supported) {
    for (AudioCodec c : supported) {
      if (spec.name() == null) {
        if (spec.payloadType() == c.staticPayloadType()) {
          return c;
        }
      } else if (c.matches(
          spec.name(), spec.clockRate() == 0 ? c.clockRate() : spec.clockRate(), spec.channels())) {
        return c;
      }
    }
    return null;
  }
}
