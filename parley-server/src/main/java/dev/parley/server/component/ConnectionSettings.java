/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.component;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.XmlLimits;
import java.time.Duration;
import org.jxmpp.jid.DomainBareJid;

/**
 * How one component connection behaves.
 *
 * @param host the XMPP server's host
 * @param port its component port (Prosody: 5347)
 * @param domain the component domain this connection serves
 * @param secret the shared secret of the XEP-0114 handshake
 * @param connectTimeout TCP connect and handshake timeout
 * @param keepAlive idle time after which a whitespace keep-alive is written
 * @param pingInterval idle time (nothing received) after which Parley pings itself through the
 *     server
 * @param pingTimeout how long that ping may take before the link is declared dead and reconnected
 * @param queueCapacity outbound stanzas queued at most
 * @param queueTimeout how long a sender waits for room in a full queue before the stanza is dropped
 *     and the link is declared stalled
 * @param backoff reconnection delays
 * @param limits parser limits for what the server sends
 */
public record ConnectionSettings(
    String host,
    int port,
    DomainBareJid domain,
    String secret,
    Duration connectTimeout,
    Duration keepAlive,
    Duration pingInterval,
    Duration pingTimeout,
    int queueCapacity,
    Duration queueTimeout,
    Backoff backoff,
    XmlLimits limits) {

  public ConnectionSettings {
    requireNonNull(host, "host");
    requireNonNull(domain, "domain");
    requireNonNull(secret, "secret");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is not in [1, 65535]");
    }
    if (queueCapacity < 1) {
      throw new IllegalArgumentException("queueCapacity must be positive");
    }
  }

  /** Defaults suited to a component on the same host or LAN as its server. */
  public static ConnectionSettings defaults(
      String host, int port, DomainBareJid domain, String secret) {
    return new ConnectionSettings(
        host,
        port,
        domain,
        secret,
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(20),
        10_000,
        Duration.ofSeconds(2),
        new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30)),
        XmlLimits.DEFAULT);
  }
}
