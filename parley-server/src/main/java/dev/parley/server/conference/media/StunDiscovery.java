/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import dev.parley.media.MediaEngine;
import dev.parley.mediajingle.IceServers;
import dev.parley.protocol.extdisco.Services;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.routing.Router;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Learns the XMPP server's STUN and TURN services through XEP-0215 ({@code urn:xmpp:extdisco:2})
 * and gives them to the media engine, so that the bridge's ICE legs gather server-reflexive and
 * relayed candidates without a STUN or TURN server in Parley's own configuration ({@code
 * parley.bridge.ice.discover}).
 *
 * <p>The component asks its server ({@code parley.example.org} asks {@code example.org}) a few
 * seconds after start-up, then every {@link #PERIOD}, since the server's list can change. UDP STUN
 * services are used (a service without {@code transport} is taken as UDP, STUN's default); names
 * are resolved here, once per query, never on the media path. TURN services — {@code turn} over UDP
 * or TCP, {@code turns} over TLS, whose certificate must carry the announced host name, from the
 * JDK's trust store — are used with the username and password the server put in them (Prosody's
 * {@code mod_turn_external} issues time-limited ones, valid for a day by default: the query repeats
 * every {@link #PERIOD}, and a service whose {@code expires} has passed is skipped), UDP ones
 * first; {@code turns} over UDP (DTLS) and TURN services without credentials are logged and not
 * used (the conversion is {@link IceServers}, shared with the client SDK). Prosody answers
 * components only when they are listed in {@code external_service_access}; an error answer is
 * logged once and the bridge goes on with its configured servers.
 */
public final class StunDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(StunDiscovery.class);

  /** How often the server is asked again. */
  public static final Duration PERIOD = Duration.ofMinutes(10);

  private final Router router;
  private final ScheduledExecutorService timer;
  private final MediaEngine engine;
  private final Jid from;
  private final Jid server;
  private final Duration timeout;
  private @Nullable String lastOutcome;

  /**
   * @param from the component domain that asks
   * @param server the XMPP server's domain
   */
  public StunDiscovery(
      Router router,
      ScheduledExecutorService timer,
      MediaEngine engine,
      Jid from,
      Jid server,
      Duration timeout) {
    this.router = router;
    this.timer = timer;
    this.engine = engine;
    this.from = from;
    this.server = server;
    this.timeout = timeout;
  }

  /** Asks after {@code delay}, then every {@link #PERIOD}. */
  public void start(Duration delay) {
    timer.scheduleWithFixedDelay(
        this::ask, delay.toMillis(), PERIOD.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Asks the server once (the answer is applied on the timer's thread). */
  public void ask() {
    Iq request = Iq.get(server, Services.request(null)).withFrom(from);
    router
        .request(request, timeout)
        .whenCompleteAsync(
            (answer, failure) -> {
              if (failure != null) {
                report("no XEP-0215 answer from " + server + ": " + failure);
              } else if (answer.error() != null) {
                report(
                    "the server "
                        + server
                        + " refuses XEP-0215 to "
                        + from
                        + " ("
                        + answer.error().condition().xml()
                        + "; Prosody: list the component in external_service_access)");
              } else {
                answer.payload(Services.class).ifPresent(this::apply);
              }
            },
            timer);
  }

  private void apply(Services services) {
    IceServers servers = IceServers.of(services, Instant.now());
    engine.useDiscoveredStunServers(servers.stunServers());
    engine.useDiscoveredTurnServers(servers.turnServers());
    report(
        "STUN servers from "
            + server
            + " (XEP-0215): "
            + servers.stunServers()
            + "; TURN servers: "
            + servers.turnServers().stream().map(t -> t.address().toString()).toList()
            + (servers.skipped().isEmpty()
                ? ""
                : "; not used (DTLS, expired, no credentials or unknown host): "
                    + servers.skipped()));
  }

  /** Logs an outcome when it differs from the last one (the query repeats). */
  private void report(String outcome) {
    if (!outcome.equals(lastOutcome)) {
      lastOutcome = outcome;
      LOG.info(outcome);
    }
  }
}
