/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real TURN server for tests: Debian's coturn ({@code turnserver}) as a child process on
 * loopback, with a generated configuration in a temporary directory that {@link #close()} deletes —
 * a static long-term user, or a shared secret ({@code use-auth-secret}, the "TURN REST" scheme of
 * Prosody's {@code mod_turn_external}); a free listening port for UDP and TCP, and optionally a TLS
 * port with a throwaway self-signed certificate ({@link #withUserAndTls}); a random window of relay
 * ports (below the bridge tests' 44000–45999); peers on loopback allowed; no DTLS, CLI or daemon;
 * the log (verbose) in {@link #log()}.
 */
public final class Coturn implements AutoCloseable {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(10);
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The realm of every test server. */
  public static final String REALM = "parley.test";

  private final Path dir;
  private final int port;
  private final String username;
  private final String password;
  private final String secret;
  private final TestCertificate certificate; // null without TLS
  private final int tlsPort;
  private final Process process;

  private Coturn(String username, String password, String secret, boolean tls) throws IOException {
    this.dir = Files.createTempDirectory("parley-coturn-");
    this.port = freeUdpPort();
    this.username = username;
    this.password = password;
    this.secret = secret;
    this.certificate = tls ? TestCertificate.generate(dir, "turn.parley.test") : null;
    this.tlsPort = tls ? freeTcpPort() : -1;
    int relayMin = 30000 + 100 * ThreadLocalRandom.current().nextInt(100);
    StringBuilder cfg = new StringBuilder();
    cfg.append("listening-ip=127.0.0.1\n")
        .append("relay-ip=127.0.0.1\n")
        .append("listening-port=")
        .append(port)
        .append('\n')
        .append("min-port=")
        .append(relayMin)
        .append('\n')
        .append("max-port=")
        .append(relayMin + 99)
        .append('\n')
        .append("realm=")
        .append(REALM)
        .append('\n')
        .append("fingerprint\n")
        .append("no-dtls\nno-cli\nno-rfc5780\nno-stun-backward-compatibility\n")
        .append("allow-loopback-peers\n")
        .append("verbose\n")
        .append("simple-log\n")
        .append("log-file=stdout\n")
        .append("pidfile=")
        .append(dir.resolve("turnserver.pid"))
        .append('\n')
        .append("userdb=")
        .append(dir.resolve("turndb"))
        .append('\n');
    if (certificate != null) {
      cfg.append("tls-listening-port=")
          .append(tlsPort)
          .append("\ncert=")
          .append(certificate.certificate())
          .append("\npkey=")
          .append(certificate.key())
          .append('\n');
    } else {
      cfg.append("no-tls\n");
    }
    if (secret.isEmpty()) {
      cfg.append("lt-cred-mech\nuser=").append(username).append(':').append(password).append('\n');
    } else {
      cfg.append("use-auth-secret\nstatic-auth-secret=").append(secret).append('\n');
    }
    Path conf = dir.resolve("turnserver.conf");
    Files.writeString(conf, cfg);
    ProcessBuilder pb =
        new ProcessBuilder("turnserver", "-c", conf.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    this.process = pb.start();
    awaitListening();
    if (tls) {
      awaitTcp(tlsPort);
    }
  }

  /** Starts coturn with one static long-term user ({@code lt-cred-mech}), on UDP and TCP. */
  public static Coturn withUser(String username, String password) {
    requireInstalled();
    try {
      return new Coturn(username, password, "", false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * As {@link #withUser}, and on TLS too ({@link #tlsUri()}) with a self-signed certificate for
   * 127.0.0.1 and {@code turn.parley.test} ({@link #certificate()}).
   */
  public static Coturn withUserAndTls(String username, String password) {
    requireInstalled();
    try {
      return new Coturn(username, password, "", true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts coturn with a random shared secret ({@code use-auth-secret}). */
  public static Coturn withSecret() {
    requireInstalled();
    byte[] s = new byte[16];
    RANDOM.nextBytes(s);
    try {
      return new Coturn("", "", HexFormat.of().formatHex(s), false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Fails with a message saying how to install coturn when it is missing. */
  public static void requireInstalled() {
    if (Stream.of("/usr/bin/turnserver", "/usr/local/bin/turnserver")
        .noneMatch(p -> Files.isExecutable(Path.of(p)))) {
      throw new IllegalStateException(
          "coturn is not installed. Run scripts/test (it installs the test peers), or: sudo apt-get install coturn");
    }
  }

  /** Where it listens (UDP). */
  public InetSocketAddress address() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
  }

  /** {@code turn:127.0.0.1:port}. */
  public String uri() {
    return "turn:127.0.0.1:" + port;
  }

  /** {@code turn:127.0.0.1:port?transport=tcp}: the same port, over TCP. */
  public String tcpUri() {
    return uri() + "?transport=tcp";
  }

  /** {@code turns:127.0.0.1:port} (only {@link #withUserAndTls}). */
  public String tlsUri() {
    if (certificate == null) {
      throw new IllegalStateException("this coturn has no TLS port: use withUserAndTls");
    }
    return "turns:127.0.0.1:" + tlsPort;
  }

  /** The self-signed certificate of the TLS port (only {@link #withUserAndTls}). */
  public TestCertificate certificate() {
    if (certificate == null) {
      throw new IllegalStateException("this coturn has no TLS port: use withUserAndTls");
    }
    return certificate;
  }

  public String username() {
    return username;
  }

  public String password() {
    return password;
  }

  /** The shared secret, or "" for a static user. */
  public String secret() {
    return secret;
  }

  public Path logFile() {
    return dir.resolve("turnserver.log");
  }

  /** Everything coturn logged so far. */
  public String log() {
    try {
      return Files.readString(logFile());
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  public boolean isRunning() {
    return process.isAlive();
  }

  /** Stops the process and deletes its directory. */
  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  /** Waits until a STUN Binding request is answered. */
  private void awaitListening() throws IOException {
    byte[] request = new byte[20];
    request[1] = 1; // Binding request, no attributes
    request[4] = 0x21;
    request[5] = 0x12;
    request[6] = (byte) 0xA4;
    request[7] = 0x42;
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      s.setSoTimeout(100);
      while (true) {
        if (!process.isAlive()) {
          throw new IllegalStateException("coturn exited at start-up: " + log());
        }
        if (System.nanoTime() > deadline) {
          close();
          throw new IllegalStateException("coturn did not answer within " + START_TIMEOUT);
        }
        s.send(new DatagramPacket(request, request.length, address()));
        try {
          s.receive(new DatagramPacket(new byte[1500], 1500));
          return;
        } catch (SocketTimeoutException e) {
          // not yet
        }
      }
    }
  }

  /** Waits until {@code tcpPort} accepts connections. */
  private void awaitTcp(int tcpPort) throws IOException {
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (true) {
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), tcpPort), 200);
        return;
      } catch (IOException e) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          close();
          throw new IllegalStateException("coturn's TLS port did not open: " + log(), e);
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted", interrupted);
        }
      }
    }
  }

  private static int freeTcpPort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static int freeUdpPort() throws IOException {
    try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }
}
