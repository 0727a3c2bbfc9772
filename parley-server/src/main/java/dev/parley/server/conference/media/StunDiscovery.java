/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import dev.parley.media.MediaEngine;
import dev.parley.media.TurnServer;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import dev.parley.protocol.stanza.Iq;
import dev.parley.server.routing.Router;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * are resolved here, once per query, never on the media path. UDP TURN services are used with the
 * username and password the server put in them (Prosody's {@code mod_turn_external} issues
 * time-limited ones, valid for a day by default: the query repeats every {@link #PERIOD}, and a
 * service whose {@code expires} has passed is skipped); {@code turns} and TCP ones are logged and
 * not used (not implemented), as are TURN services without credentials. Prosody answers components
 * only when they are listed in {@code external_service_access}; an error answer is logged once and
 * the bridge goes on with its configured servers.
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
    List<InetSocketAddress> stun = new ArrayList<>();
    for (Service s : services.ofType(Service.STUN)) {
      if (s.transport() == null || "udp".equalsIgnoreCase(s.transport())) {
        InetSocketAddress a = resolve(s);
        if (a != null && !stun.contains(a)) {
          stun.add(a);
        }
      }
    }
    List<TurnServer> turn = new ArrayList<>();
    int unused = services.ofType(Service.TURNS).size();
    Instant now = Instant.now();
    for (Service s : services.ofType(Service.TURN)) {
      boolean udp = s.transport() == null || "udp".equalsIgnoreCase(s.transport());
      boolean valid = s.expires() == null || s.expires().isAfter(now);
      InetSocketAddress a = udp && valid && s.username() != null ? resolve(s) : null;
      if (a == null) {
        unused++;
        continue;
      }
      String password = s.password() == null ? "" : s.password();
      turn.add(new TurnServer(a, new TurnServer.Static(s.username(), password)));
    }
    engine.useDiscoveredStunServers(stun);
    engine.useDiscoveredTurnServers(turn);
    report(
        "STUN servers from "
            + server
            + " (XEP-0215): "
            + stun
            + "; TURN servers: "
            + turn.stream().map(t -> t.address().toString()).toList()
            + (unused == 0
                ? ""
                : "; "
                    + unused
                    + " TURN service(s) not used (TLS, TCP, expired or no credentials)"));
  }

  private static @Nullable InetSocketAddress resolve(Service s) {
    try {
      InetAddress address = InetAddress.getByName(s.host()); // a name: DNS, off the media path
      return new InetSocketAddress(address, s.port() == null ? 3478 : s.port());
    } catch (UnknownHostException | IllegalArgumentException e) {
      LOG.warn(
          "cannot resolve the STUN or TURN server {} announced by the XMPP server: {}",
          s.host(),
          e);
      return null;
    }
  }

  /** Logs an outcome when it differs from the last one (the query repeats). */
  private void report(String outcome) {
    if (!outcome.equals(lastOutcome)) {
      lastOutcome = outcome;
      LOG.info(outcome);
    }
  }
}
