/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Janus WebRTC server (Debian's {@code janus} package) started for one load run, with a minimal
 * configuration written to a fresh temporary directory: the AudioBridge plugin and the HTTP
 * transport on 127.0.0.1 only. Every other plugin, transport, logger and event handler found in the
 * installation is disabled by name; no STUN or TURN server is configured and ICE gathering is
 * restricted to the loopback interface, so Janus makes no network lookups. The process is this
 * JVM's child; {@link #close()} stops it and deletes the directory.
 */
final class JanusProcess implements AutoCloseable {
  /** How to get the server when it is missing. */
  static final String INSTALL_HINT =
      "Janus is not installed. On Debian or Ubuntu: sudo apt-get install -y janus"
          + " (or pass janus=/path/to/janus and janusLib=/path/to/lib/janus)";

  private static final String AUDIOBRIDGE = "libjanus_audiobridge.so";
  private static final String HTTP = "libjanus_http.so";

  private final Process process;
  private final Path dir;
  private final URI api;

  private JanusProcess(Process process, Path dir, URI api) {
    this.process = process;
    this.dir = dir;
    this.api = api;
  }

  /** The {@code janus} executable on the PATH, if any. */
  static Optional<Path> findBinary() {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/usr/local/bin");
    for (String d : path.split(":")) {
      Path p = Path.of(d.isEmpty() ? "." : d, "janus");
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Janus's module directory (with {@code plugins/}, {@code transports/}…): Debian's multiarch
   * {@code /usr/lib/<triplet>/janus}, else the upstream defaults.
   */
  static Optional<Path> findLibraries() {
    List<Path> candidates = new ArrayList<>();
    try (Stream<Path> s = Files.list(Path.of("/usr/lib"))) {
      s.map(p -> p.resolve("janus")).forEach(candidates::add);
    } catch (IOException e) {
      // no /usr/lib: try the others
    }
    candidates.add(Path.of("/usr/lib/janus"));
    candidates.add(Path.of("/usr/local/lib/janus"));
    candidates.add(Path.of("/opt/janus/lib/janus"));
    return candidates.stream()
        .filter(p -> Files.isRegularFile(p.resolve("plugins").resolve(AUDIOBRIDGE)))
        .findFirst();
  }

  /**
   * Writes the configuration and starts Janus; returns once its HTTP API answers.
   *
   * @param rtpPorts the range ({@code "min-max"}) AudioBridge binds its plain-RTP participants in
   */
  static JanusProcess start(Path binary, Path lib, String rtpPorts, int debugLevel)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("parley-janus");
    int httpPort = freePort();
    Files.writeString(dir.resolve("janus.jcfg"), coreConfig(dir, lib, debugLevel));
    Files.writeString(
        dir.resolve("janus.plugin.audiobridge.jcfg"),
        "general: {\n"
            + "  rtp_port_range = \""
            + rtpPorts
            + "\"\n"
            + "  local_ip = \"127.0.0.1\"\n"
            + "  events = false\n"
            + "}\n");
    Files.writeString(
        dir.resolve("janus.transport.http.jcfg"),
        "general: {\n"
            + "  json = \"plain\"\n"
            + "  base_path = \"/janus\"\n"
            + "  http = true\n"
            + "  port = "
            + httpPort
            + "\n"
            + "  ip = \"127.0.0.1\"\n"
            + "  https = false\n"
            + "}\n"
            + "admin: {\n"
            + "  admin_http = false\n"
            + "  admin_https = false\n"
            + "}\n");
    Process p =
        new ProcessBuilder(
                binary.toString(),
                "--config=" + dir.resolve("janus.jcfg"),
                "--configs-folder=" + dir,
                "--disable-colors")
            .redirectErrorStream(true)
            .redirectOutput(dir.resolve("janus.log").toFile())
            .start();
    JanusProcess janus =
        new JanusProcess(p, dir, URI.create("http://127.0.0.1:" + httpPort + "/janus"));
    janus.awaitApi(Duration.ofSeconds(30));
    return janus;
  }

  /** The core configuration ({@code janus.jcfg}): only AudioBridge and HTTP are left enabled. */
  static String coreConfig(Path dir, Path lib, int debugLevel) throws IOException {
    return "general: {\n"
        + "  configs_folder = \""
        + dir
        + "\"\n"
        + folders(lib)
        + "  debug_level = "
        + debugLevel
        + "\n"
        + "  session_timeout = 0\n" // the load's sessions send no keep-alives
        + "  interface = \"127.0.0.1\"\n"
        + "}\n"
        + "certificates: {\n}\n"
        + "media: {\n}\n"
        + "nat: {\n"
        + "  nice_debug = false\n"
        + "  ice_enforce_list = \"lo\"\n"
        + "  ignore_mdns = true\n"
        + "}\n"
        + "plugins: {\n  disable = \""
        + othersThan(lib.resolve("plugins"), AUDIOBRIDGE)
        + "\"\n}\n"
        + "transports: {\n  disable = \""
        + othersThan(lib.resolve("transports"), HTTP)
        + "\"\n}\n"
        + "loggers: {\n  disable = \""
        + othersThan(lib.resolve("loggers"), "")
        + "\"\n}\n"
        + "events: {\n  broadcast = false\n  disable = \""
        + othersThan(lib.resolve("events"), "")
        + "\"\n}\n";
  }

  private static String folders(Path lib) {
    StringBuilder b = new StringBuilder();
    for (String kind : List.of("plugins", "transports", "events", "loggers")) {
      b.append("  ").append(kind).append("_folder = \"").append(lib.resolve(kind)).append("\"\n");
    }
    return b.toString();
  }

  /**
   * Comma-separated names of the modules ({@code libjanus_*.so}) in {@code folder} but {@code
   * keep}.
   */
  private static String othersThan(Path folder, String keep) throws IOException {
    if (!Files.isDirectory(folder)) {
      return "";
    }
    try (Stream<Path> s = Files.list(folder)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".so") && !n.equals(keep))
          .sorted()
          .collect(Collectors.joining(","));
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private void awaitApi(Duration timeout) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest info = HttpRequest.newBuilder(URI.create(api + "/info")).GET().build();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        String tail = logTail(20);
        close();
        throw new IOException(
            "Janus exited with " + process.exitValue() + "; its log ends:\n" + tail);
      }
      try {
        if (http.send(info, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      TimeUnit.MILLISECONDS.sleep(100);
    }
    close();
    throw new IOException("Janus's HTTP API did not answer within " + timeout);
  }

  /** The Janus API's base address ({@code http://127.0.0.1:<port>/janus}). */
  URI api() {
    return api;
  }

  /** Janus's log file (inside the temporary directory: gone after {@link #close()}). */
  Path log() {
    return dir.resolve("janus.log");
  }

  /** The last {@code lines} lines of Janus's log, for error messages (empty if unreadable). */
  String logTail(int lines) {
    try {
      List<String> all = Files.readAllLines(log());
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "";
    }
  }

  long pid() {
    return process.pid();
  }

  /** CPU time (user + system, all threads) of the Janus process so far. */
  OptionalLong cpuNanos() {
    return ProcessStats.cpuNanos(process.pid());
  }

  /**
   * A field of {@code /proc/<pid>/status} in its first unit ({@code Threads}, {@code VmRSS} kB).
   */
  OptionalLong status(String field) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith(field + ":")) {
          return OptionalLong.of(
              Long.parseLong(line.substring(field.length() + 1).trim().split("\\s+")[0]));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // not Linux, or the process is gone
    }
    return OptionalLong.empty();
  }

  /** Stops Janus (SIGTERM, then SIGKILL after 10 s) and deletes the temporary directory. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    TempDir.deleteRecursively(dir);
  }
}
