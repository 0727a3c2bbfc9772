/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.SmackException;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;

/**
 * A real Prosody XMPP server for tests: a child process on free loopback ports with a generated
 * configuration — one virtual host, XEP-0114 component entries, optionally a multi-user chat
 * service, and accounts — in a temporary directory that {@link #close()} deletes.
 *
 * <p>Prosody lists every component whose domain is a subdomain of the virtual host ({@code
 * parley.localhost} under {@code localhost}) in the host's disco#items by itself ({@code mod_disco}
 * walks the host's children), so clients find Parley's services without a {@code disco_items}
 * option.
 *
 * <p>Accounts are written straight into Prosody's file storage ({@code internal_plain}), which
 * avoids {@code prosodyctl} and its privilege drop. {@code run_as_root} is set because CI runs as
 * root.
 */
public final class Prosody implements AutoCloseable {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Duration START_TIMEOUT = Duration.ofSeconds(20);

  private final String host;
  private final Map<String, String> componentSecrets;
  private final Map<String, String> passwords;
  private final List<String> mucDomains;
  private final Path dir;
  private final int c2sPort;
  private final int componentPort;
  private final List<XMPPTCPConnection> clients = new ArrayList<>();
  private final boolean keepDirectory;
  private final String logLevel;
  private final String externalServiceHost;
  private final int externalServicePort;
  private final String externalServiceSecret;
  private Process process;

  private Prosody(Builder b) throws IOException {
    this.host = b.host;
    this.keepDirectory = b.directory != null;
    // Absolute: Prosody resolves relative paths in its configuration (pidfile, log) against its
    // data directory, so `parley dev`'s default `.parley-dev` would not start it.
    this.dir =
        (b.directory != null
                ? Files.createDirectories(b.directory)
                : Files.createTempDirectory("parley-prosody-"))
            .toAbsolutePath();
    this.c2sPort = b.c2sPort != 0 ? b.c2sPort : freePort();
    this.componentPort = b.componentPort != 0 ? b.componentPort : freePort();
    this.logLevel = b.logLevel;
    this.componentSecrets = new LinkedHashMap<>();
    for (Map.Entry<String, String> c : b.components.entrySet()) {
      componentSecrets.put(c.getKey(), c.getValue() != null ? c.getValue() : randomSecret());
    }
    this.mucDomains = List.copyOf(b.mucDomains);
    this.externalServiceHost = b.externalServiceHost;
    this.externalServicePort = b.externalServicePort;
    this.externalServiceSecret =
        b.externalServiceSecret != null ? b.externalServiceSecret : randomSecret();
    this.passwords = new LinkedHashMap<>();
    for (Map.Entry<String, String> a : b.accounts.entrySet()) {
      passwords.put(a.getKey(), a.getValue() != null ? a.getValue() : randomSecret());
    }
    writeConfig();
    writeAccounts();
  }

  /**
   * A Prosody to configure: host, components, accounts, and optionally a fixed directory and ports.
   */
  public static Builder builder(String host) {
    return new Builder(host);
  }

  /**
   * Starts Prosody on a temporary directory and free ports, serving {@code host} with these
   * component domains and accounts (secrets and passwords generated); blocks until it listens.
   */
  public static Prosody start(String host, List<String> components, List<String> accounts) {
    Builder b = builder(host);
    components.forEach(c -> b.component(c, null));
    accounts.forEach(a -> b.account(a, null));
    return b.start();
  }

  /** Fails with a message saying how to install Prosody when it is missing. */
  public static void requireInstalled() {
    if (Stream.of("/usr/bin/prosody", "/usr/local/bin/prosody")
        .noneMatch(p -> Files.isExecutable(Path.of(p)))) {
      throw new IllegalStateException(
          "Prosody is not installed. Run scripts/test (it installs the test peers), or: sudo apt-get install prosody");
    }
  }

  public String host() {
    return host;
  }

  /**
   * The XEP-0114 component port (on 127.0.0.1); Prosody listens on it only when it has components.
   */
  public int componentPort() {
    return componentPort;
  }

  /** The client-to-server port (on 127.0.0.1). */
  public int c2sPort() {
    return c2sPort;
  }

  /** The multi-user chat services, in the order they were added to the builder. */
  public List<String> mucDomains() {
    return mucDomains;
  }

  public String componentSecret(String domain) {
    String s = componentSecrets.get(domain);
    if (s == null) {
      throw new IllegalArgumentException("no component " + domain);
    }
    return s;
  }

  public String password(String user) {
    String p = passwords.get(user);
    if (p == null) {
      throw new IllegalArgumentException("no account " + user);
    }
    return p;
  }

  /**
   * The bare JID of an account, e.g. {@code alice@localhost}; an account named {@code
   * romeo@montague.localhost} lives on a second virtual host of the same server (a "federated" user
   * as far as a component on the first host is concerned, routed without s2s).
   */
  public String jid(String user) {
    return user.indexOf('@') >= 0 ? user : user + "@" + host;
  }

  private static String local(String user) {
    int at = user.indexOf('@');
    return at < 0 ? user : user.substring(0, at);
  }

  private String domain(String user) {
    int at = user.indexOf('@');
    return at < 0 ? host : user.substring(at + 1);
  }

  public Path logFile() {
    return dir.resolve("prosody.log");
  }

  /**
   * A Smack client logged in as {@code user} with resource {@code test}; closed by {@link
   * #close()}.
   */
  public XMPPTCPConnection login(String user) {
    return login(user, "test");
  }

  /** A Smack client logged in as {@code user} with this resource; closed by {@link #close()}. */
  public XMPPTCPConnection login(String user, String resource) {
    try {
      XMPPTCPConnectionConfiguration config =
          XMPPTCPConnectionConfiguration.builder()
              .setXmppDomain(domain(user))
              .setHost("127.0.0.1")
              .setPort(c2sPort)
              .setSecurityMode(SecurityMode.disabled)
              .setUsernameAndPassword(local(user), password(user))
              .setResource(resource)
              .setConnectTimeout(10_000)
              .setSocketFactory(NO_DELAY)
              .build();
      XMPPTCPConnection c = new XMPPTCPConnection(config);
      c.setReplyTimeout(10_000);
      c.connect().login();
      synchronized (clients) {
        clients.add(c);
      }
      return c;
    } catch (IOException | SmackException | XMPPException | InterruptedException e) {
      throw new IllegalStateException("cannot log in " + user + " (see " + logFile() + ")", e);
    }
  }

  /** Stops the server process (clients are disconnected by it). */
  public void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
  }

  /** Stops and starts the server on the same ports, with the same accounts. */
  public void restart() {
    stop();
    try {
      launch();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public boolean isRunning() {
    return process != null && process.isAlive();
  }

  /**
   * Disconnects the clients, stops Prosody, and deletes its directory unless the builder gave one.
   */
  @Override
  public void close() {
    synchronized (clients) {
      for (XMPPTCPConnection c : clients) {
        c.disconnect();
      }
      clients.clear();
    }
    stop();
    if (keepDirectory) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a leftover temporary directory is harmless
    }
  }

  private void launch() throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder("prosody", "--config", dir.resolve("prosody.cfg.lua").toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("stdout.txt").toFile()));
    process = pb.start();
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    // Prosody opens the component port only when the configuration has external components.
    while (!(listening(c2sPort) && (componentSecrets.isEmpty() || listening(componentPort)))) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "Prosody exited at start-up: " + Files.readString(dir.resolve("stdout.txt")));
      }
      if (System.nanoTime() > deadline) {
        stop();
        throw new IllegalStateException(
            "Prosody did not listen within " + START_TIMEOUT + " (see " + logFile() + ")");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while starting Prosody", e);
      }
    }
  }

  private void writeConfig() throws IOException {
    StringBuilder cfg = new StringBuilder();
    cfg.append("-- Generated by Parley's test kit.\n")
        .append("daemonize = false\n")
        .append("run_as_root = true\n")
        .append("pidfile = ")
        .append(lua(dir.resolve("prosody.pid").toString()))
        .append('\n')
        .append("data_path = ")
        .append(lua(dir.resolve("data").toString()))
        .append('\n')
        .append("log = { { levels = { min = ")
        .append(lua(logLevel))
        .append(" }, to = \"file\", filename = ")
        .append(lua(logFile().toString()))
        .append(" } }\n")
        .append("interfaces = { \"127.0.0.1\" }\n")
        .append("c2s_ports = { ")
        .append(c2sPort)
        .append(" }\n")
        .append("component_ports = { ")
        .append(componentPort)
        .append(" }\n")
        .append("component_interface = \"127.0.0.1\"\n")
        .append(
            "modules_enabled = { \"roster\"; \"saslauth\"; \"disco\"; \"ping\"; \"presence\"; \"message\"; \"iq\"; \"posix\"; \"carbons\"; \"version\""
                + (externalServiceHost != null ? "; \"turn_external\"" : "")
                + " }\n")
        .append("modules_disabled = { \"s2s\"; \"tls\" }\n")
        .append("c2s_require_encryption = false\n")
        .append("allow_unencrypted_plain_auth = true\n")
        .append("authentication = \"internal_plain\"\n")
        .append("storage = \"internal\"\n")
        // Nagle's algorithm off, as for a real-time deployment: otherwise the second of two stanzas
        // written in a burst waits for the delayed ACK of the first (up to 40 ms).
        .append("network_settings = { nagle = false }\n");
    if (externalServiceHost != null) {
      // XEP-0215 (mod_external_services): users may ask, and so may the components (a component
      // is not a c2s session, so Prosody refuses it unless it is listed).
      cfg.append("turn_external_host = ")
          .append(lua(externalServiceHost))
          .append('\n')
          .append("turn_external_port = ")
          .append(externalServicePort)
          .append('\n')
          .append("turn_external_secret = ")
          .append(lua(externalServiceSecret))
          .append('\n')
          .append("external_service_access = { ")
          .append(lua(host));
      for (String c : componentSecrets.keySet()) {
        cfg.append("; ").append(lua(c));
      }
      cfg.append(" }\n");
    }
    cfg.append("VirtualHost ").append(lua(host)).append('\n');
    Set<String> otherHosts = new LinkedHashSet<>();
    for (String user : passwords.keySet()) {
      if (!domain(user).equals(host)) {
        otherHosts.add(domain(user));
      }
    }
    for (String other : otherHosts) {
      cfg.append("VirtualHost ").append(lua(other)).append('\n');
    }
    for (Map.Entry<String, String> c : componentSecrets.entrySet()) {
      cfg.append("Component ")
          .append(lua(c.getKey()))
          .append('\n')
          .append("  component_secret = ")
          .append(lua(c.getValue()))
          .append('\n');
    }
    for (String muc : mucDomains) {
      // mod_muc_mam archives each room's messages and stamps them with the room's XEP-0359
      // <stanza-id by='room'>, which XEP-0482 invites in group chats refer to; Prosody 0.12's
      // mod_muc adds none by itself. Rooms are archived by default (muc_log_by_default).
      cfg.append("Component ")
          .append(lua(muc))
          .append(" \"muc\"\n")
          .append("  modules_enabled = { \"muc_mam\" }\n");
    }
    Files.writeString(dir.resolve("prosody.cfg.lua"), cfg.toString(), StandardCharsets.UTF_8);
  }

  private void writeAccounts() throws IOException {
    for (Map.Entry<String, String> a : passwords.entrySet()) {
      Path accounts =
          dir.resolve("data").resolve(encodePath(domain(a.getKey()))).resolve("accounts");
      Files.createDirectories(accounts);
      String body = "return {\n\t[\"password\"] = " + lua(a.getValue()) + ";\n};\n";
      Files.writeString(
          accounts.resolve(encodePath(local(a.getKey())) + ".dat"), body, StandardCharsets.UTF_8);
    }
  }

  /** Clients' sockets without Nagle's algorithm (the SDK offers the same to applications). */
  private static final javax.net.SocketFactory NO_DELAY =
      new javax.net.SocketFactory() {
        @Override
        public java.net.Socket createSocket() throws IOException {
          java.net.Socket s = new java.net.Socket();
          s.setTcpNoDelay(true);
          return s;
        }

        @Override
        public java.net.Socket createSocket(String host, int port) throws IOException {
          throw new UnsupportedOperationException("Smack creates unconnected sockets");
        }

        @Override
        public java.net.Socket createSocket(
            String host, int port, java.net.InetAddress localHost, int localPort) {
          throw new UnsupportedOperationException("Smack creates unconnected sockets");
        }

        @Override
        public java.net.Socket createSocket(java.net.InetAddress host, int port) {
          throw new UnsupportedOperationException("Smack creates unconnected sockets");
        }

        @Override
        public java.net.Socket createSocket(
            java.net.InetAddress address,
            int port,
            java.net.InetAddress localAddress,
            int localPort) {
          throw new UnsupportedOperationException("Smack creates unconnected sockets");
        }
      };

  /** Configures a {@link Prosody} before {@link #start()}. */
  public static final class Builder {
    private final String host;
    private final Map<String, String> components = new LinkedHashMap<>();
    private final Map<String, String> accounts = new LinkedHashMap<>();
    private final List<String> mucDomains = new ArrayList<>();
    private Path directory;
    private int c2sPort;
    private int componentPort;
    private String logLevel = "info";
    private String externalServiceHost;
    private int externalServicePort;
    private String externalServiceSecret;

    private Builder(String host) {
      this.host = host;
    }

    /** A component domain; a {@code null} secret is generated. */
    public Builder component(String domain, String secret) {
      components.put(domain, secret);
      return this;
    }

    /**
     * A multi-user chat service (XEP-0045, Prosody's {@code muc} component) on this domain, whose
     * rooms stamp messages with XEP-0359 stanza ids. Local users may create rooms.
     */
    public Builder muc(String domain) {
      mucDomains.add(domain);
      return this;
    }

    /** An account; a {@code null} password is generated. */
    public Builder account(String user, String password) {
      accounts.put(user, password);
      return this;
    }

    /** Keeps configuration, data and logs in this directory (not deleted on close). */
    public Builder directory(Path dir) {
      this.directory = dir;
      return this;
    }

    /** Fixed loopback ports (0: any free port). */
    public Builder ports(int c2s, int component) {
      this.c2sPort = c2s;
      this.componentPort = component;
      return this;
    }

    /**
     * Announces a STUN and a TURN service on {@code host:port} through XEP-0215 (Prosody's {@code
     * mod_turn_external}; nothing listens there), to the host's users and to its components.
     */
    public Builder externalServices(String host, int port) {
      return externalServices(host, port, null);
    }

    /**
     * As {@link #externalServices(String, int)}, with the secret shared with the TURN server
     * ({@code turn_external_secret}: coturn's {@code static-auth-secret}, see {@link
     * Coturn#withSecret()}); null for a random one.
     */
    public Builder externalServices(String host, int port, String secret) {
      this.externalServiceHost = host;
      this.externalServicePort = port;
      this.externalServiceSecret = secret;
      return this;
    }

    /** Prosody's minimum log level: debug, info, warn or error. */
    public Builder logLevel(String level) {
      this.logLevel = level;
      return this;
    }

    /** Writes the configuration and accounts, starts Prosody, and returns once it listens. */
    public Prosody start() {
      requireInstalled();
      try {
        Prosody p = new Prosody(this);
        p.launch();
        return p;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start Prosody", e);
      }
    }
  }

  /** Prosody's datamanager encoding of a path component: every non-alphanumeric byte as %xx. */
  private static String encodePath(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_') {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02x", c));
      }
    }
    return sb.toString();
  }

  private static String lua(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String randomSecret() {
    byte[] b = new byte[12];
    RANDOM.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
