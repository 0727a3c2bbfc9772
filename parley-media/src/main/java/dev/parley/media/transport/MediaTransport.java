/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import java.net.InetSocketAddress;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Moves one participant's RTP and RTCP packets. Received datagrams go into the {@link InboundQueue}
 * given when the transport was created; the pipeline sends through {@link #sendRtp} and {@link
 * #sendRtcp} from its tick thread.
 *
 * <p>Implementations: {@link UdpTransport} (raw UDP, XEP-0177). {@link
 * dev.parley.media.ice.IceTransport} (ICE-UDP, XEP-0176, with the DTLS-SRTP handshake's packets on
 * the same socket), with connectivity checks behind the same methods.
 */
public interface MediaTransport {
  /** The local RTP candidate to advertise (advertised address, bound port). */
  InetSocketAddress localRtp();

  /** The local RTCP candidate: the next port, or the RTP one with rtcp-mux. */
  InetSocketAddress localRtcp();

  /** Whether RTP and RTCP share one port (RFC 5761). */
  boolean rtcpMux();

  /**
   * Sends one RTP packet, without blocking. Returns false when it was dropped (no remote address
   * yet, socket buffer full, ICMP error). Called by the owning tick thread only.
   */
  boolean sendRtp(byte[] buf, int off, int len);

  /** Sends one RTCP compound packet; as {@link #sendRtp}. */
  boolean sendRtcp(byte[] buf, int off, int len);

  /**
   * Sets the remote candidates learnt from signalling (a raw-UDP candidate, a transport-info).
   * {@code rtcp} null means the RTP address with the next port (or the same one with rtcp-mux).
   */
  void setRemote(@Nullable InetSocketAddress rtp, @Nullable InetSocketAddress rtcp);

  /** Where RTP goes now (latched or signalled), or null if not known yet. */
  @Nullable InetSocketAddress remoteRtp();

  /** Counters. */
  TransportStats stats();

  /**
   * Periodic work on the tick thread, once per tick (ICE consent freshness). Must not block.
   *
   * @param nowNanos the media clock
   */
  default void housekeeping(long nowNanos) {}

  /**
   * Closes the sockets. The future completes when their ports are free (the selector has let go of
   * them). Idempotent.
   */
  CompletableFuture<Void> close();
}
