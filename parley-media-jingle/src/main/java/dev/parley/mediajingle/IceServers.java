/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import static java.util.Objects.requireNonNull;

import dev.parley.media.TurnServer;
import dev.parley.protocol.extdisco.Service;
import dev.parley.protocol.extdisco.Services;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The STUN and TURN servers of an XEP-0215 answer, as the media engine takes them: the one
 * conversion the bridge ({@code StunDiscovery}) and the client SDK share.
 *
 * <ul>
 *   <li><b>STUN</b>: {@code stun} services over UDP (a service without {@code transport} is taken
 *       as UDP, STUN's default), each address once.
 *   <li><b>TURN</b>: {@code turn} over UDP or TCP and {@code turns} over TLS (a {@code turns}
 *       without {@code transport} is TLS over TCP), with the {@code username} and {@code password}
 *       the server put in them, valid at the instant given (a service whose {@code expires} has
 *       passed is never used); UDP first, then TCP, then TLS, which is the order a leg tries them
 *       in. A TLS connection must meet a certificate carrying the announced host name, from the
 *       JDK's trust store.
 *   <li><b>Skipped</b>, with the reason: {@code turns} over UDP (DTLS, which the engine does not
 *       speak), other transports, expired services, TURN services without a username (a {@code
 *       restricted} one must have had its credentials requested first, XEP-0215 § 3.3), and names
 *       that do not resolve.
 * </ul>
 *
 * <p>Host names are resolved here, once per conversion (the media path does no DNS): call it off
 * the media threads.
 *
 * @param stunServers the UDP STUN servers, in the answer's order
 * @param turnServers the usable TURN servers, UDP, then TCP, then TLS
 * @param skipped the TURN services (and unresolvable STUN ones) that cannot be used, and why
 * @see <a href="https://xmpp.org/extensions/xep-0215.html">XEP-0215</a>
 */
public record IceServers(
    List<InetSocketAddress> stunServers, List<TurnServer> turnServers, List<Skipped> skipped) {

  /** No server: what a session has before its server answered, or when it did not. */
  public static final IceServers NONE = new IceServers(List.of(), List.of(), List.of());

  public IceServers {
    stunServers = List.copyOf(stunServers);
    turnServers = List.copyOf(turnServers);
    skipped = List.copyOf(skipped);
  }

  /** A service of the answer that is not used, and why ({@code expired}, {@code DTLS}…). */
  public record Skipped(Service service, String why) {
    public Skipped {
      requireNonNull(service, "service");
      requireNonNull(why, "why");
    }

    @Override
    public String toString() {
      return service.type()
          + ":"
          + service.host()
          + (service.port() == null ? "" : ":" + service.port())
          + (service.transport() == null ? "" : "?transport=" + service.transport())
          + " ("
          + why
          + ")";
    }
  }

  /** The servers of {@code services} usable at {@code now}. */
  public static IceServers of(Services services, Instant now) {
    List<InetSocketAddress> stun = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (Service s : services.ofType(Service.STUN)) {
      if (s.transport() == null || "udp".equalsIgnoreCase(s.transport())) {
        InetSocketAddress a = resolve(s, TurnServer.Transport.UDP);
        if (a == null) {
          skipped.add(new Skipped(s, "unknown host"));
        } else if (!stun.contains(a)) {
          stun.add(a);
        }
      }
    }
    List<TurnServer> turn = new ArrayList<>();
    List<Service> relays = new ArrayList<>(services.ofType(Service.TURN));
    relays.addAll(services.ofType(Service.TURNS));
    for (Service s : relays) {
      TurnServer.Transport transport = transportOf(s);
      String username = s.username();
      if (transport == null) {
        skipped.add(new Skipped(s, Service.TURNS.equals(s.type()) ? "DTLS" : "transport"));
      } else if (s.isExpired(now)) {
        skipped.add(new Skipped(s, "expired"));
      } else if (username == null) {
        skipped.add(new Skipped(s, "no credentials"));
      } else {
        InetSocketAddress a = resolve(s, transport);
        if (a == null) {
          skipped.add(new Skipped(s, "unknown host"));
          continue;
        }
        String password = s.password() == null ? "" : s.password();
        turn.add(
            new TurnServer(
                a,
                transport,
                new TurnServer.Static(username, password),
                new TurnServer.Tls(s.host(), List.of())));
      }
    }
    turn.sort(Comparator.comparing(TurnServer::transport));
    return new IceServers(stun, turn, skipped);
  }

  /** Whether there is no server at all. */
  public boolean isEmpty() {
    return stunServers.isEmpty() && turnServers.isEmpty();
  }

  /** One line for logs and the command line: the servers, then what was skipped. */
  public String describe() {
    return "STUN "
        + stunServers
        + ", TURN "
        + turnServers.stream()
            .map(t -> t.transport().name().toLowerCase(java.util.Locale.ROOT) + " " + t.address())
            .toList()
        + (skipped.isEmpty() ? "" : ", not used: " + skipped);
  }

  /** The transport to the server a service names, or null for one the engine does not implement. */
  private static TurnServer.@Nullable Transport transportOf(Service s) {
    boolean tcp = "tcp".equalsIgnoreCase(s.transport());
    boolean udp = s.transport() == null || "udp".equalsIgnoreCase(s.transport());
    if (Service.TURNS.equals(s.type())) {
      return tcp || s.transport() == null ? TurnServer.Transport.TLS : null;
    }
    return udp ? TurnServer.Transport.UDP : tcp ? TurnServer.Transport.TCP : null;
  }

  private static @Nullable InetSocketAddress resolve(Service s, TurnServer.Transport transport) {
    int port = transport == TurnServer.Transport.TLS ? 5349 : 3478;
    try {
      InetAddress address = InetAddress.getByName(s.host()); // a name: DNS, off the media path
      return new InetSocketAddress(address, s.port() == null ? port : s.port());
    } catch (UnknownHostException | IllegalArgumentException e) {
      return null;
    }
  }
}
