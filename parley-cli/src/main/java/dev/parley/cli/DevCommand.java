/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigRenderOptions;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code parley dev}: the quick start. Writes a Prosody configuration under {@code .parley-dev/},
 * starts Prosody on loopback with demo accounts {@code alice} and {@code bob}, starts Parley
 * connected to it on an embedded H2 database, and prints how to connect. Ctrl-C stops both.
 * Passwords and the component secret are generated once and kept in the directory, so a client set
 * up once keeps working.
 */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = {
      "Quick start: a local Prosody with demo accounts and Parley connected to it (embedded H2 database).",
      "Everything lives in --dir; delete it to start afresh."
    })
final class DevCommand implements Callable<Integer> {
  static final String HOST = "localhost";
  static final String COMPONENT = "parley.localhost";
  static final List<String> ACCOUNTS = List.of("alice", "bob");

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description =
          "where to keep Prosody, Parley's data and the demo credentials (default: ${DEFAULT-VALUE})")
  Path dir = Path.of(".parley-dev");

  @Option(
      names = "--c2s-port",
      description = "client port for XMPP clients (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int c2sPort = 5222;

  @Option(
      names = "--component-port",
      description = "Prosody's component port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int componentPort = 5347;

  @Option(
      names = "--http-port",
      description = "Parley's health/metrics port (default: ${DEFAULT-VALUE}; 0 = any free port)")
  int httpPort = 8780;

  /** For tests: released to stop instead of a signal. */
  CountDownLatch stopSignal;

  /** For tests: where the banner goes. */
  PrintStream out = System.out;

  @Override
  public Integer call() throws IOException {
    if (!prosodyInstalled() && !installProsody()) {
      return ExitCodes.USAGE;
    }
    Files.createDirectories(dir);
    Properties secrets = credentials();
    int c2s = portOrFree(c2sPort, "client");
    int component = portOrFree(componentPort, "component");
    int http = portOrFree(httpPort, "HTTP");

    Prosody.Builder builder =
        Prosody.builder(HOST)
            .directory(dir.resolve("prosody"))
            .ports(c2s, component)
            .component(COMPONENT, secrets.getProperty("component"));
    for (String a : ACCOUNTS) {
      builder.account(a, secrets.getProperty(a));
    }
    Prosody prosody = builder.start();
    CountDownLatch finished = new CountDownLatch(1);
    CountDownLatch stop = stopSignal != null ? stopSignal : Runner.stopOnSignal(finished);
    try {
      ParleyConfig config = writeParleyConfig(prosody, secrets.getProperty("component"), http);
      return Runner.run(config, stop, System.err, parley -> banner(prosody, parley.httpPort()));
    } catch (InvalidConfigException e) {
      System.err.println("parley dev: " + e.getMessage());
      return ExitCodes.SOFTWARE;
    } finally {
      prosody.close();
      out.println("Parley dev stopped.");
      finished.countDown();
    }
  }

  private void banner(Prosody prosody, int http) {
    StringBuilder b = new StringBuilder();
    b.append('\n').append("Parley dev is running.\n\n");
    b.append("  XMPP server   Prosody on 127.0.0.1 port ")
        .append(prosody.c2sPort())
        .append(", domain '")
        .append(HOST)
        .append("' (no TLS: loopback only)\n");
    for (String a : ACCOUNTS) {
      b.append(
          String.format(
              "  account       %-18s password %s%n", prosody.jid(a), prosody.password(a)));
    }
    b.append("  Parley        component ")
        .append(COMPONENT)
        .append(", health http://127.0.0.1:")
        .append(http)
        .append("/health\n");
    b.append(
        "  meetings      XEP-0483 links to Jitsi Meet (https://meet.jit.si) and to the bridge (type"
            + " parley) for the demo accounts\n");
    b.append("  bridge        audio conference rooms: call any room@")
        .append(COMPONENT)
        .append(" (WebRTC: ICE-UDP, DTLS-SRTP, Opus; or raw-UDP G.711; media on 127.0.0.1)\n");
    b.append("  files         ")
        .append(dir.toAbsolutePath())
        .append(" (Prosody log: ")
        .append(prosody.logFile())
        .append(")\n\n");
    b.append(
            "Connect an XMPP client (Gajim, Dino, Conversations on an emulator...) to host 127.0.0.1, port ")
        .append(prosody.c2sPort())
        .append(
            ",\nas alice@localhost with the password above, allowing unencrypted connections; then browse\n")
        .append("the services of ")
        .append(COMPONENT)
        .append(
            " or ping it.\n\nOr, in another terminal, ask for a meeting link and invite bob (watch with `invites`):\n")
        .append("  PARLEY_PASSWORD=")
        .append(prosody.password("alice"))
        .append(" ./parley meet --jid alice@localhost --host 127.0.0.1 --port ")
        .append(prosody.c2sPort())
        .append(" --insecure --type jitsi --invite bob@localhost\n")
        .append("  PARLEY_PASSWORD=")
        .append(prosody.password("bob"))
        .append(" ./parley invites --jid bob@localhost --host 127.0.0.1 --port ")
        .append(prosody.c2sPort())
        .append(" --insecure\n\nPress Ctrl-C to stop.\n");
    out.println(b);
  }

  private ParleyConfig writeParleyConfig(Prosody prosody, String secret, int http)
      throws InvalidConfigException, IOException {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("parley.data-dir", dir.resolve("data").toAbsolutePath().toString());
    values.put("parley.xmpp.host", "127.0.0.1");
    values.put("parley.xmpp.port", prosody.componentPort());
    values.put("parley.xmpp.domain", COMPONENT);
    values.put("parley.xmpp.secret", secret);
    values.put("parley.http.port", http);
    values.put("parley.admins", ACCOUNTS.stream().map(prosody::jid).toList());
    // Meeting links on the public Jitsi Meet: Parley only builds the links, nothing is sent to
    // meet.jit.si.
    values.put("parley.meetings.providers.jitsi.base-url", "https://meet.jit.si");
    // The audio conference bridge, media on loopback: rooms room@parley.localhost.
    values.put("parley.bridge.enabled", true);
    var config = ConfigFactory.parseMap(values);
    Path file = dir.resolve("parley.conf");
    Files.writeString(
        file,
        "# Written by `parley dev`; regenerated at every start.\n"
            + config
                .root()
                .render(ConfigRenderOptions.concise().setFormatted(true).setJson(false)));
    return ParleyConfig.load(file, Map.of());
  }

  /** The demo passwords and component secret, generated once. */
  private Properties credentials() throws IOException {
    Path file = dir.resolve("credentials.properties");
    Properties p = new Properties();
    if (Files.exists(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        p.load(in);
      }
    }
    SecureRandom random = new SecureRandom();
    boolean changed = false;
    for (String key : List.of("component", "alice", "bob")) {
      if (p.getProperty(key) == null) {
        byte[] b = new byte[key.equals("component") ? 16 : 6];
        random.nextBytes(b);
        p.setProperty(key, HexFormat.of().formatHex(b));
        changed = true;
      }
    }
    if (changed) {
      try (OutputStream o = Files.newOutputStream(file)) {
        p.store(o, "parley dev: demo passwords and the component secret");
      }
    }
    return p;
  }

  private int portOrFree(int wanted, String what) {
    if (wanted != 0 && free(wanted)) {
      return wanted;
    }
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      if (wanted != 0) {
        out.println(
            "Port "
                + wanted
                + " is busy; the "
                + what
                + " port is "
                + s.getLocalPort()
                + " instead.");
      }
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean prosodyInstalled() {
    try {
      Prosody.requireInstalled();
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  /**
   * Installs Prosody from Debian's packages when allowed (root, or sudo without a password), as
   * scripts/test does.
   */
  private boolean installProsody() {
    boolean root = "root".equals(System.getProperty("user.name"));
    boolean sudo = !root && run(List.of("sudo", "-n", "true"));
    boolean apt = Files.isExecutable(Path.of("/usr/bin/apt-get"));
    if (apt && (root || sudo)) {
      out.println("Prosody is not installed: installing it from Debian's packages...");
      List<String> prefix = root ? List.of() : List.of("sudo", "-n");
      if (run(concat(prefix, List.of("apt-get", "update", "-q")))
          && run(
              concat(
                  prefix,
                  List.of("apt-get", "install", "-y", "-q", "--no-install-recommends", "prosody")))
          && prosodyInstalled()) {
        return true;
      }
      System.err.println(
          "parley dev: installing Prosody failed; install it yourself with: sudo apt-get install prosody");
      return false;
    }
    System.err.println(
        "parley dev: Prosody is not installed. Install it with:  sudo apt-get install prosody"
            + (apt ? "" : "  (or your system's prosody package)"));
    return false;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }

  private static boolean run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).inheritIO().start();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
