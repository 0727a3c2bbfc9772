/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.IdGenerator;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaEngine;
import dev.parley.media.PhoneOptions;
import dev.parley.media.RoomEvent;
import dev.parley.mediajingle.IceServers;
import java.util.List;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switchboard's phones: opens each call's {@code Phone} on the engine, with the codecs of
 * {@link CallOptions} and, for WebRTC, the server's STUN and TURN services, and hands what a phone
 * reports to its call. On the serial executor.
 */
final class Phones {
  private static final Logger LOG = LoggerFactory.getLogger(Phones.class);

  private final MediaEngine engine;
  private final CallOptions options;
  private final IdGenerator ids;
  private final Executor serial;
  private final CallBook book;
  private final @Nullable IceDiscovery discovery;

  Phones(
      MediaEngine engine,
      CallOptions options,
      IdGenerator ids,
      Executor serial,
      CallBook book,
      @Nullable IceDiscovery discovery) {
    this.engine = engine;
    this.options = options;
    this.ids = ids;
    this.serial = serial;
    this.book = book;
    this.discovery = discovery;
  }

  /**
   * A phone on the lease's audio, opened when the call's transport is known; a WebRTC one with the
   * server's STUN and TURN services known then, after the engine's own.
   */
  CallMedia phone(AudioHandover.Lease lease) {
    String name = "call-" + ids.next();
    return new PhoneMedia(
        webrtc -> {
          List<CodecSpec> specs = JingleMedia.codecSpecs(options.codecs(), webrtc);
          PhoneOptions phone = PhoneOptions.rawUdp(specs, false);
          if (webrtc) {
            IceServers servers = discovery == null ? IceServers.NONE : discovery.servers();
            phone =
                PhoneOptions.webrtc(specs)
                    .withIceServers(servers.stunServers(), servers.turnServers());
          }
          return engine.openPhone(
              name, phone, lease.source(), lease.sink(), e -> media(name, e), serial);
        });
  }

  /** What a call's phone reports, on the serial executor. */
  private void media(String phone, RoomEvent event) {
    Call call = null;
    for (Call c : book.calls()) {
      if (c.media() instanceof PhoneMedia p
          && p.phone() != null
          && p.phone().name().equals(phone)) {
        call = c;
      }
    }
    if (call == null) {
      return; // the call ended
    }
    if (event instanceof RoomEvent.Dtmf d) {
      call.dtmf(d.digit(), d.duration());
    } else if (event instanceof RoomEvent.LocalCandidate l) {
      call.localCandidate(l.candidate());
    } else if (event instanceof RoomEvent.TransportReady) {
      call.transportReady();
    } else if (event instanceof RoomEvent.TransportFailed f) {
      LOG.info("{}: transport failed: {}", call, f.reason());
      call.transportFailed(f.reason(), f.security());
    }
  }
}
