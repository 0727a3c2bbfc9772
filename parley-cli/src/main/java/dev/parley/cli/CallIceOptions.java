/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Calls;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.TurnServer;
import dev.parley.media.TurnUri;
import dev.parley.mediajingle.IceServers;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code parley call}'s ICE options for WebRTC calls: its own TURN servers and their credentials,
 * the candidate policy, and whether to use the STUN and TURN services the XMPP server announces
 * (XEP-0215). They become the media engine's {@link IceConfig}, as the bridge's parley.bridge.ice
 * does.
 */
final class CallIceOptions {
  @Option(
      names = "--turn",
      paramLabel = "URI",
      description =
          "a TURN server for WebRTC calls, tried in the order given: turn:IP[:PORT] (UDP),"
              + " turn:IP[:PORT]?transport=tcp or turns:IP[:PORT] (TLS); an IP address, port 3478"
              + " (5349 for turns:) by default. Repeatable; all share the credentials below")
  List<String> turn = new ArrayList<>();

  @Option(
      names = "--turn-username",
      paramLabel = "NAME",
      description = "the TURN servers' username (long-term credentials)")
  String turnUsername;

  @Option(
      names = "--turn-password",
      paramLabel = "PASSWORD",
      defaultValue = "${env:PARLEY_TURN_PASSWORD}",
      description =
          "the TURN password; default: the PARLEY_TURN_PASSWORD environment variable (preferable:"
              + " a command line is visible to other users of the machine)")
  String turnPassword;

  @Option(
      names = "--turn-secret",
      paramLabel = "SECRET",
      defaultValue = "${env:PARLEY_TURN_SECRET}",
      description =
          "instead of a username and password: a secret shared with the TURN server (coturn's"
              + " use-auth-secret), from which time-limited credentials are derived, with"
              + " --turn-username appended to them if given; default: the PARLEY_TURN_SECRET"
              + " environment variable")
  String turnSecret;

  @Option(
      names = "--turn-certificate",
      paramLabel = "FILE",
      description =
          "for turns: servers, trust the certificates in this PEM file (a private deployment's own"
              + " certificate or CA) instead of the system's trust store")
  Path turnCertificate;

  @Option(
      names = "--turn-server-name",
      paramLabel = "NAME",
      description =
          "for turns: servers, the name their certificate carries (default: the IP address)")
  String turnServerName;

  @Option(
      names = "--ice-policy",
      paramLabel = "POLICY",
      defaultValue = "all",
      converter = PolicyConverter.class,
      description =
          "all (host and relayed candidates) or relay (the relayed candidate only: the other side"
              + " never learns this address, and media always goes through --turn or a TURN server"
              + " the XMPP server announces; default: ${DEFAULT-VALUE})")
  IcePolicy icePolicy;

  @Option(
      names = "--no-ice-discovery",
      description =
          "do not ask the XMPP server for its STUN and TURN services (XEP-0215 external service"
              + " discovery, with the credentials it issues); by default WebRTC calls use them"
              + " after --turn, and what was found is printed before calling")
  boolean noIceDiscovery;

  /** The spellings of parley.bridge.ice.policy. */
  static final class PolicyConverter implements CommandLine.ITypeConverter<IcePolicy> {
    @Override
    public IcePolicy convert(String value) {
      return switch (value) {
        case "all" -> IcePolicy.ALL;
        case "relay" -> IcePolicy.RELAY;
        default ->
            throw new CommandLine.TypeConversionException(
                "'" + value + "' is not one of all, relay");
      };
    }
  }

  /** Whether calls ask the XMPP server for its STUN and TURN services (XEP-0215). */
  boolean discovery() {
    return !noIceDiscovery;
  }

  /**
   * The TURN servers and the candidate policy, as the bridge's parley.bridge.ice takes them;
   * checked before logging in, so that a usage error costs no connection.
   *
   * @throws ClientFailure with {@link ExitCodes#USAGE} for missing TURN credentials, a bad URI or
   *     certificate file, or a relay-only policy that can have no TURN server
   */
  IceConfig config() throws ClientFailure {
    List<TurnServer> servers = new ArrayList<>();
    if (!turn.isEmpty()) {
      TurnServer.Credentials credentials;
      if (turnSecret != null && !turnSecret.isEmpty()) {
        credentials =
            new TurnServer.SharedSecret(
                turnSecret, turnUsername == null ? "" : turnUsername, Duration.ofDays(1));
      } else if (turnUsername != null && turnPassword != null) {
        credentials = new TurnServer.Static(turnUsername, turnPassword);
      } else {
        throw new ClientFailure(
            ExitCodes.USAGE,
            "--turn needs --turn-username and --turn-password (or PARLEY_TURN_PASSWORD), or"
                + " --turn-secret");
      }
      TurnServer.Tls tls = tls();
      for (String uri : turn) {
        try {
          TurnUri u = TurnUri.parse(uri);
          servers.add(new TurnServer(u.address(), u.transport(), credentials, tls));
        } catch (IllegalArgumentException e) {
          throw new ClientFailure(ExitCodes.USAGE, "--turn " + e.getMessage());
        }
      }
    }
    if (icePolicy == IcePolicy.RELAY && servers.isEmpty() && noIceDiscovery) {
      throw new ClientFailure(
          ExitCodes.USAGE,
          "--ice-policy relay offers relayed candidates only: it needs --turn, or the XMPP"
              + " server's TURN services (without --no-ice-discovery)");
    }
    return new IceConfig(null, List.of(), servers, icePolicy);
  }

  /**
   * Prints the STUN and TURN servers the XMPP server announced (XEP-0215), if any; a relay-only
   * call with no TURN server at all cannot work and is refused here.
   *
   * @param ice what {@link #config()} returned
   * @throws ClientFailure with {@link ExitCodes#CALL_FAILED} for a relay-only call with neither
   *     {@code --turn} nor an announced TURN service
   */
  void discovered(Calls calls, XMPPTCPConnection connection, IceConfig ice, PrintStream out)
      throws ClientFailure, InterruptedException {
    if (noIceDiscovery) {
      return;
    }
    IceServers found;
    try {
      found = calls.iceServers().get(10, TimeUnit.SECONDS); // bounded by the discovery timeout
    } catch (ExecutionException | TimeoutException e) {
      found = IceServers.NONE;
    }
    if (!found.isEmpty() || !found.skipped().isEmpty()) {
      out.println(
          "STUN and TURN from " + connection.getXMPPServiceDomain() + ": " + found.describe());
      out.flush();
    }
    if (icePolicy == IcePolicy.RELAY
        && ice.turnServers().isEmpty()
        && found.turnServers().isEmpty()) {
      throw new ClientFailure(
          ExitCodes.CALL_FAILED,
          "--ice-policy relay offers relayed candidates only: there is no --turn, and "
              + connection.getXMPPServiceDomain()
              + " announces no usable TURN service (XEP-0215)");
    }
  }

  private TurnServer.Tls tls() throws ClientFailure {
    if (turnServerName != null && turnServerName.isBlank()) {
      throw new ClientFailure(ExitCodes.USAGE, "--turn-server-name must not be blank");
    }
    if (turnCertificate == null) {
      return new TurnServer.Tls(turnServerName, List.of());
    }
    try {
      return new TurnServer.Tls(turnServerName, TurnServer.Tls.readCertificates(turnCertificate));
    } catch (IOException e) {
      throw new ClientFailure(ExitCodes.USAGE, "--turn-certificate " + e.getMessage());
    }
  }
}
