/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.negotiation;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import java.util.ArrayList;
import java.util.List;

/** The result of answering an RTP offer: a description to send, or the reason to refuse. */
public sealed interface RtpAnswer {

  /**
   * The offer can be answered with {@code description}: the offered payload types we support, with
   * the offer's ids and parameters, at least one of them a media encoding.
   */
  record Agreed(RtpDescription description) implements RtpAnswer {
    public Agreed {
      requireNonNull(description, "description");
    }

    /** The most preferred media encoding of the answer: what to send (RFC 3264 § 6.1). */
    public PayloadType primary() {
      for (PayloadType pt : description.payloadTypes()) {
        Codec c = Codec.of(pt);
        if (c != null && !c.isAuxiliary()) {
          return pt;
        }
      }
      throw new IllegalStateException("an agreed answer has a media encoding");
    }

    /** The RFC 4733 telephone-event payload types kept, for DTMF. */
    public List<PayloadType> telephoneEvents() {
      List<PayloadType> events = new ArrayList<>(2);
      for (PayloadType pt : description.payloadTypes()) {
        Codec c = Codec.of(pt);
        if (c != null && c.name().equalsIgnoreCase(Codec.TELEPHONE_EVENT.name())) {
          events.add(pt);
        }
      }
      return events;
    }
  }

  /**
   * The offer cannot be answered; terminate the session (or reject the content) with this reason:
   * {@code failed-application} when no media encoding matches (XEP-0167 § 5), {@code
   * unsupported-applications} for a description that is not RTP, {@code security-error} with {@code
   * <crypto-required/>} when the offer requires SDES-SRTP (§ 7), which Parley does not do.
   */
  record Failed(Reason reason) implements RtpAnswer {
    public Failed {
      requireNonNull(reason, "reason");
    }
  }
}
