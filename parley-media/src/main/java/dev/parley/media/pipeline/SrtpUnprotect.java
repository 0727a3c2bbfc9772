/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.srtp.SrtpContext;
import dev.parley.media.srtp.SrtpGate;
import dev.parley.media.transport.PacketKind;

/**
 * Authenticates and decrypts an SRTP or SRTCP datagram in place (RFC 3711 § 3.3), before anything
 * parses it. Drops — and counts — what fails authentication or replay checks, and everything while
 * the DTLS handshake has produced no keys yet: a DTLS-SRTP leg never accepts plain RTP.
 */
final class SrtpUnprotect extends BaseStage<Datagram> {
  private final SrtpGate gate;

  SrtpUnprotect(SrtpGate gate) {
    this.gate = gate;
  }

  @Override
  boolean handle(Datagram d) {
    SrtpContext c = gate.context();
    if (c == null) {
      return drop();
    }
    int n =
        d.kind == PacketKind.RTCP
            ? c.unprotectRtcp(d.data, 0, d.length)
            : c.unprotectRtp(d.data, 0, d.length);
    if (n < 0) {
      return drop();
    }
    d.length = n;
    return true;
  }
}
