/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.testkit.Prosody;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jivesoftware.smack.ConnectionConfiguration.SecurityMode;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smack.tcp.XMPPTCPConnectionConfiguration;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.impl.JidCreate;

/** The packaged {@code parley.jar}, run as a real process, as an operator would. */
class CliIT {
  private static final Path JAR = Path.of("target", "parley.jar").toAbsolutePath();
  @TempDir Path dir;

  private record Result(int exit, String out) {}

  private Process start(Path output, String... args) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile()) // relative paths (`parley dev`'s default) resolve here
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    pb.environment().keySet().removeIf(k -> k.startsWith("PARLEY_"));
    return pb.start();
  }

  private Result run(String... args) throws Exception {
    Path output = dir.resolve("out-" + System.nanoTime() + ".txt");
    Process p = start(output, args);
    assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("parley %s finished", List.of(args)).isTrue();
    return new Result(p.exitValue(), Files.readString(output));
  }

  @Test
  void anUnreachableDatabaseExitsWith7NamingTheKey() throws Exception {
    int closedPort;
    try (var s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Path conf = dir.resolve("db.conf");
    Files.writeString(
        conf,
        "parley { data-dir = \""
            + dir.resolve("data")
            + "\", http.port = 0, xmpp { domain = \"parley.localhost\", secret = \"s\" }, store { url = \"jdbc:postgresql://127.0.0.1:"
            + closedPort
            + "/parley\", connect-timeout = 2s } }\n");
    Result r = run("serve", "--config", conf.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.DATABASE);
    assertThat(r.out()).contains("parley.store.url");
  }

  @Test
  void helpListsTheSubcommands() throws Exception {
    Result r = run("--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("serve").contains("dev");
    Result serveHelp = run("serve", "--help");
    assertThat(serveHelp.exit()).isZero();
    assertThat(serveHelp.out()).contains("--config").contains("Exit codes");
  }

  @Test
  void invalidConfigurationNamesTheKeyAndExitsWith2() throws Exception {
    Path conf = dir.resolve("parley.conf");
    Files.writeString(conf, "parley.xmpp.domain = \"conf.example.org\"\n");
    Result r = run("serve", "--config", conf.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.out())
        .contains("invalid configuration: parley.xmpp.secret: is required")
        .contains("PARLEY_XMPP_SECRET");
  }

  @Test
  void wrongSecretExitsWith3AndUnreachableServerWith5() throws Exception {
    try (Prosody prosody = Prosody.start("localhost", List.of("parley.localhost"), List.of())) {
      Path conf = dir.resolve("wrong.conf");
      Files.writeString(
          conf,
          "parley { data-dir = \""
              + dir.resolve("data")
              + "\", http.port = 0, xmpp { port = "
              + prosody.componentPort()
              + ", domain = \"parley.localhost\", secret = \"wrong\" } }\n");
      Result r = run("serve", "--config", conf.toString());
      assertThat(r.exit()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
      assertThat(r.out()).contains("not-authorized").contains("parley.xmpp.secret");
    }
    Path conf = dir.resolve("unreachable.conf");
    int closedPort;
    try (var s = new java.net.ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Files.writeString(
        conf,
        "parley { data-dir = \""
            + dir.resolve("data")
            + "\", http.port = 0, xmpp { port = "
            + closedPort
            + ", domain = \"parley.localhost\", secret = \"s\", startup-timeout = 2s } }\n");
    Result r = run("serve", "--config", conf.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(r.out()).contains("no connection to the XMPP server").contains("parley.xmpp.port");
  }

  @Test
  void devStartsProsodyAndParleyAndStopsBothOnSigterm() throws Exception {
    // the README's quick start: the default, relative, `.parley-dev` in the working directory
    Path devDir = dir.resolve(".parley-dev");
    Path output = dir.resolve("dev.txt");
    Process p =
        start(output, "dev", "--c2s-port", "0", "--component-port", "0", "--http-port", "0");
    try {
      await()
          .atMost(Duration.ofSeconds(60))
          .until(() -> Files.readString(output).contains("Parley dev is running"));
      String banner = Files.readString(output);
      Matcher port = Pattern.compile("127\\.0\\.0\\.1 port (\\d+)").matcher(banner);
      assertThat(port.find()).isTrue();
      int c2s = Integer.parseInt(port.group(1));
      Properties credentials = new Properties();
      try (var in = Files.newInputStream(devDir.resolve("credentials.properties"))) {
        credentials.load(in);
      }
      assertThat(banner)
          .contains("alice@localhost")
          .contains(credentials.getProperty("alice"))
          .contains("bob@localhost");

      XMPPTCPConnection alice =
          new XMPPTCPConnection(
              XMPPTCPConnectionConfiguration.builder()
                  .setXmppDomain("localhost")
                  .setHost("127.0.0.1")
                  .setPort(c2s)
                  .setSecurityMode(SecurityMode.disabled)
                  .setUsernameAndPassword("alice", credentials.getProperty("alice"))
                  .build());
      alice.connect().login();
      IQ pong =
          alice
              .createStanzaCollectorAndSend(new Ping(JidCreate.from("parley.localhost")))
              .nextResultOrThrow();
      assertThat(pong.getType()).isEqualTo(IQ.Type.result);
      alice.disconnect();

      p.destroy(); // SIGTERM, as Ctrl-C would
      assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(Files.readString(output, StandardCharsets.UTF_8))
          .contains("Parley stopped")
          .contains("Parley dev stopped.");
      assertThat(listening(c2s)).as("Prosody stopped with it").isFalse();
      assertThat(Files.exists(devDir.resolve("prosody").resolve("prosody.cfg.lua"))).isTrue();
      assertThat(Files.readString(devDir.resolve("parley.conf"))).contains("parley.localhost");
    } finally {
      p.destroyForcibly();
    }
  }

  private static boolean listening(int port) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 300);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
