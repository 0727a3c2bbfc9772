/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.dtls.DtlsHandshake;
import dev.parley.media.ice.IceTransport;
import dev.parley.media.srtp.SrtpGate;
import dev.parley.media.srtp.SrtpKeys;
import dev.parley.media.transport.InboundQueue;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The ICE-UDP transport and DTLS-SRTP keys of one leg (a room participant or a phone), and the
 * offer/answer rules that tie them to signalling:
 *
 * <ul>
 *   <li>ICE role (RFC 8445 § 6.1.1): controlling when we offer, controlled when we answer.
 *   <li>DTLS role (RFC 5763 § 5): an offer says {@code actpass}; the answerer picks {@code active}
 *       (it becomes the DTLS client, so its ClientHello follows its ICE success at once). An offer
 *       that says {@code active} makes us {@code passive}, and {@code passive} makes us {@code
 *       active}; {@code holdconn} is refused. An answer that (wrongly) says {@code actpass} is
 *       taken as {@code active}: we are then the server, which works with every stack seen.
 * </ul>
 */
final class WebRtcLeg {
  private final String name;
  private final MediaEngine engine;
  private final Consumer<RoomEvent> emit;
  final InboundQueue queue;
  final IceTransport transport;
  final @Nullable SrtpGate gate;
  private volatile @Nullable DtlsHandshake handshake;
  private volatile boolean connected;
  private volatile boolean ready;
  private volatile boolean failed;

  WebRtcLeg(
      String name, MediaEngine engine, boolean controlling, boolean dtls, Consumer<RoomEvent> emit)
      throws MediaException {
    this(name, engine, controlling, dtls, List.of(), List.of(), emit);
  }

  /** A leg that also asks these STUN and TURN servers, after the engine's. */
  WebRtcLeg(
      String name,
      MediaEngine engine,
      boolean controlling,
      boolean dtls,
      List<InetSocketAddress> stunServers,
      List<TurnServer> turnServers,
      Consumer<RoomEvent> emit)
      throws MediaException {
    this.name = name;
    this.engine = engine;
    this.emit = emit;
    this.gate = dtls ? new SrtpGate() : null;
    MediaEngine.IceEndpoint e =
        engine.openIceEndpoint(controlling, new Events(), stunServers, turnServers);
    this.queue = e.queue();
    this.transport = e.transport();
  }

  /** Our DTLS description with {@code setup}, or null on a plain-RTP leg. */
  @Nullable DtlsParameters localDtls(DtlsParameters.Setup setup) {
    return gate == null
        ? null
        : new DtlsParameters(
            engine.certificate().fingerprintHash(), engine.certificate().fingerprint(), setup);
  }

  /**
   * Starts the handshake against the peer's description. Returns our setup role.
   *
   * @param answering whether we answer the peer's offer (else it answered ours)
   */
  DtlsParameters.Setup startDtls(DtlsParameters remote, boolean answering) throws MediaException {
    SrtpGate g = gate;
    if (g == null) {
      throw new IllegalStateException("not a DTLS-SRTP leg");
    }
    boolean client =
        switch (remote.setup()) {
          case ACTPASS -> answering; // answerer: active; offerer hearing actpass: passive
          case PASSIVE -> true;
          case ACTIVE -> false;
          case HOLDCONN ->
              throw new MediaException(
                  MediaException.Reason.SECURITY, "DTLS setup holdconn is not supported");
        };
    DtlsHandshake h =
        new DtlsHandshake(
            engine.certificate(),
            client,
            remote.hash(),
            remote.fingerprint(),
            transport.dtlsSender(),
            new DtlsHandshake.Listener() {
              @Override
              public void onKeys(SrtpKeys keys) {
                g.key(keys);
                maybeReady();
              }

              @Override
              public void onFailure(String reason, @Nullable Throwable cause) {
                failed(reason, true);
              }
            },
            engine.random());
    handshake = h;
    transport.secure(h);
    return client ? DtlsParameters.Setup.ACTIVE : DtlsParameters.Setup.PASSIVE;
  }

  boolean ready() {
    return ready;
  }

  private void maybeReady() {
    if (connected && (gate == null || gate.keyed()) && !ready && !failed) {
      ready = true;
      emit.accept(new RoomEvent.TransportReady(name));
    }
  }

  private void failed(String reason, boolean security) {
    if (!failed) {
      failed = true;
      emit.accept(new RoomEvent.TransportFailed(name, reason, security));
    }
  }

  private final class Events implements IceTransport.Events {
    @Override
    public void onLocalCandidate(IceCandidate candidate) {
      emit.accept(new RoomEvent.LocalCandidate(name, candidate));
    }

    @Override
    public void onConnected(InetSocketAddress remote) {
      connected = true;
      maybeReady();
    }

    @Override
    public void onFailed(String reason) {
      failed(reason, false);
    }
  }
}
