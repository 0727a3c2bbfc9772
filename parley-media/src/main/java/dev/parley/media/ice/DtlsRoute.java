/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.dtls.DtlsHandshake;
import java.net.InetSocketAddress;
import java.util.concurrent.Executor;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The way of a leg's DTLS handshake (DTLS-SRTP, RFC 5764) over the socket it shares with STUN and
 * media (RFC 7983), decided against ICE's selected pair.
 *
 * <ul>
 *   <li><b>In</b> ({@link #receive}, I/O thread): a record is the handshake's if it came from the
 *       selected pair's address or, before ICE selected one (the peer may finish its checks, and
 *       start DTLS, first), from an address ICE knows; anything else is refused.
 *   <li><b>Out</b> ({@link #send}, the handshake's thread): to the selected pair; before one, back
 *       the way the peer's last accepted record came (through the relay or not).
 *   <li><b>Start</b>: as DTLS server the handshake starts when {@link #attach attached} (it waits
 *       for the ClientHello); as client once ICE selected a pair ({@link #onSelected}).
 * </ul>
 */
final class DtlsRoute {
  /** Sends a DTLS record the way {@code to} says (through the relay or not). */
  interface Output {
    boolean send(byte[] b, int off, int len, Route to);
  }

  private final Supplier<@Nullable Route> selected;
  private final Predicate<InetSocketAddress> known;
  private final Output output;
  private final Executor background;
  private volatile @Nullable DtlsHandshake handshake;
  private volatile @Nullable Route lastSource; // of the last record accepted

  /**
   * @param selected the selected pair's route, or null (before selection, after failure)
   * @param known whether ICE knows an address as a remote candidate (signalled, trickled, or learnt
   *     as peer-reflexive from an authenticated check)
   * @param background runs the handshake
   */
  DtlsRoute(
      Supplier<@Nullable Route> selected,
      Predicate<InetSocketAddress> known,
      Output output,
      Executor background) {
    this.selected = selected;
    this.known = known;
    this.output = output;
    this.background = background;
  }

  /** Attaches the handshake; a server's starts now, a client's now only if a pair is selected. */
  void attach(DtlsHandshake h) {
    handshake = h;
    if (!h.client() || selected.get() != null) {
      h.start(background);
    }
  }

  /** ICE selected a pair (call after publishing it): a client's handshake starts (once). */
  void onSelected() {
    DtlsHandshake h = handshake;
    if (h != null && h.client()) {
      h.start(background);
    }
  }

  /** The attached handshake, or null. */
  @Nullable DtlsHandshake handshake() {
    return handshake;
  }

  /**
   * A DTLS record in {@code data[0..n)} from {@code source} ({@code relayed}: through the TURN
   * relay) (I/O thread): whether the handshake took it (it copies it).
   */
  boolean receive(byte[] data, int n, InetSocketAddress source, boolean relayed) {
    DtlsHandshake h = handshake;
    Route pair = selected.get();
    if (h == null || !(pair == null ? known.test(source) : source.equals(pair.remote()))) {
      return false;
    }
    Route last = lastSource;
    if (last == null || last.relayed() != relayed || !last.remote().equals(source)) {
      lastSource = new Route(source, relayed); // once per source, not per record
    }
    h.onPacket(data, 0, n);
    return true;
  }

  /** What the handshake sends (its thread): to the selected pair, else its last source. */
  void send(byte[] b, int off, int len) {
    Route to = selected.get();
    if (to == null) {
      to = lastSource;
    }
    if (to != null) {
      output.send(b, off, len, to);
    }
  }

  /** Closes the handshake, if any. */
  void close() {
    DtlsHandshake h = handshake;
    if (h != null) {
      h.close();
    }
  }
}
