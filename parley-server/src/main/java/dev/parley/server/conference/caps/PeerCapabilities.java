/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.caps;

import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.routing.Router;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What participants' devices support ({@link PeerFeatures}): whether they merge partial RFC 4575
 * notifications — those that advertise XEP-0298; everyone else (Dino advertises nothing and
 * replaces its roster with each document) gets full documents — and whether the room should call
 * them over ICE-UDP with DTLS-SRTP when it dials out.
 *
 * <p>Learnt without blocking: the XEP-0115 caps in a participant's presence name a {@code ver}
 * whose answer is cached (§ 5.4: only after the hash is verified, so one forged answer cannot
 * poison other peers); for an unknown {@code ver}, or a peer that sent no caps, the bridge asks
 * disco#info of the full JID and the room uses full documents until the answer comes ("no" is the
 * default; a room dialling out waits for the answer, up to the request timeout). Thread-safe:
 * presence of every room and disco answers update it concurrently.
 */
public final class PeerCapabilities {
  private static final Logger LOG = LoggerFactory.getLogger(PeerCapabilities.class);

  /** At most this many verification strings are cached (a few per client version in the wild). */
  static final int MAX_CACHED = 10_000;

  /** At most this many peers' caps are remembered; presence of departed peers is dropped first. */
  static final int MAX_PEERS = 100_000;

  private final Router router;
  private final Duration timeout;
  private final Map<String, PeerFeatures> byVer = new ConcurrentHashMap<>();
  private final Map<Jid, Caps> capsOf = new ConcurrentHashMap<>();

  public PeerCapabilities(Router router, Duration timeout) {
    this.router = router;
    this.timeout = timeout;
  }

  /**
   * A participant's available presence carried these caps (or none). Returns whether this is the
   * first presence with caps seen from this full JID (since it was last offline).
   */
  public boolean observe(Jid fullJid, @Nullable Caps caps) {
    if (caps == null) {
      return capsOf.remove(fullJid) == null;
    }
    if (capsOf.size() >= MAX_PEERS && !capsOf.containsKey(fullJid)) {
      return true;
    }
    return capsOf.put(fullJid, caps) == null;
  }

  /** The participant went offline. */
  public void forget(Jid fullJid) {
    capsOf.remove(fullJid);
  }

  /** What is known without asking: from a cached, verified {@code ver}. */
  public Optional<PeerFeatures> known(Jid fullJid) {
    Caps caps = capsOf.get(fullJid);
    return caps == null ? Optional.empty() : Optional.ofNullable(byVer.get(caps.ver()));
  }

  /**
   * Asks the participant (disco#info of its full JID, at its caps node when known). Completes with
   * what it advertises; {@link PeerFeatures#NONE} when it answers with an error or not in time. The
   * future completes on the router's thread for the answer (or the timer's): callers hop to their
   * own executor.
   *
   * @param from the entity asking (the room's focus)
   */
  public CompletableFuture<PeerFeatures> discover(Jid from, Jid fullJid) {
    Caps caps = capsOf.get(fullJid);
    String node = caps == null || caps.isLegacy() ? null : caps.discoNode();
    Iq request = Iq.get(fullJid, DiscoInfo.request(node)).withFrom(from);
    return router
        .request(request, timeout)
        .handle(
            (answer, failure) -> {
              if (failure != null || answer == null || answer.error() != null) {
                LOG.debug("no disco#info from {}: {}", fullJid, failure != null ? failure : answer);
                return PeerFeatures.NONE;
              }
              DiscoInfo info = answer.payload(DiscoInfo.class).orElse(null);
              if (info == null) {
                return PeerFeatures.NONE;
              }
              PeerFeatures features = PeerFeatures.of(info);
              if (caps != null
                  && !caps.isLegacy()
                  && Caps.supportsHash(caps.hash())
                  && caps.verify(info) == Caps.Verification.VALID
                  && byVer.size() < MAX_CACHED) {
                byVer.put(caps.ver(), features);
              }
              return features;
            });
  }
}
