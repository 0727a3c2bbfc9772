/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Call;
import dev.parley.client.call.CallFailedException;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.CallTransport;
import dev.parley.client.call.Calls;
import dev.parley.media.IceConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code parley call}: places a Jingle audio call (a Parley room, or anyone), prints the live
 * roster a conference focus describes, and hangs up on Ctrl-C or after {@code --duration}.
 *
 * <p>This class holds the command's help, the call's own options and the order of its steps: every
 * option is checked before logging in, then the media engine starts, the call is placed, and {@link
 * CallConversation} runs it. The option groups are mixins, declared in the order in which the help
 * lists them: {@link ClientOptions} (the login), {@link CallAudioOptions}, {@link CallMediaOptions}
 * and {@link CallIceOptions}.
 */
@Command(
    name = "call",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Call a Parley room or any Jingle client (XEP-0353, raw-UDP RTP, G.711) and show the room's"
          + " live roster (XEP-0298 conference information).",
      "",
      "Sends --play (a 16-bit mono WAV file), else a --tone, else silence; --record writes what"
          + " you hear to a WAV file. Hangs up on Ctrl-C or after --duration. Media goes over UDP"
          + " from --media-address, which the other side must be able to reach; or, on WebRTC"
          + " calls, through a TURN server (--turn, or those the XMPP server announces through"
          + " XEP-0215 unless --no-ice-discovery; --ice-policy relay sends everything through"
          + " it).",
      "",
      "While the call is up, standard input takes commands (XEP-0251 call transfer):"
          + " 'transfer JID' hands the other party over to JID; 'transfer --attended JID' first"
          + " calls JID (the other party on hold), then hands the other party over to it; 'help'."
          + " If the other party transfers you, the call follows the transfer.",
      "",
      "Exit codes: 0 the call took place; 2 invalid options or files; 5 server unreachable;"
          + " 10 login refused or no TLS; 18 the call could not be set up (rejected, no answer,"
          + " refused, unreachable, no common codec).",
    })
final class CallCommand implements Callable<Integer> {
  @Mixin ClientOptions client;

  @Parameters(paramLabel = "JID", description = "whom to call: room@parley.example.org, a contact")
  String target;

  @Mixin CallAudioOptions audio;

  @Option(
      names = "--duration",
      paramLabel = "DURATION",
      description = "hang up after this long: 90s, 5m, 1h or PT1M30S (default: until Ctrl-C)")
  String duration;

  @Option(
      names = "--direct",
      description =
          "send the Jingle session-initiate to the JID directly instead of proposing the call"
              + " (XEP-0353)")
  boolean direct;

  @Option(
      names = "--transport",
      paramLabel = "TRANSPORT",
      defaultValue = "auto",
      converter = TransportConverter.class,
      description =
          "webrtc (ICE-UDP, DTLS-SRTP, Opus), raw-udp (plain RTP, G.711) or auto (WebRTC when the"
              + " callee advertises ICE-UDP and DTLS; default: ${DEFAULT-VALUE})")
  CallTransport transport;

  /** The option's spellings, as in the documentation. */
  static final class TransportConverter implements CommandLine.ITypeConverter<CallTransport> {
    @Override
    public CallTransport convert(String value) {
      return switch (value) {
        case "webrtc" -> CallTransport.WEBRTC;
        case "raw-udp" -> CallTransport.RAW_UDP;
        case "auto" -> CallTransport.AUTO;
        default ->
            throw new CommandLine.TypeConversionException(
                "'" + value + "' is not one of webrtc, raw-udp, auto");
      };
    }
  }

  @Mixin CallMediaOptions media;

  @Mixin CallIceOptions ice;

  /** For tests: where the roster goes. */
  PrintStream out = System.out;

  PrintStream err = System.err;

  /** For tests: where commands come from. */
  InputStream in = System.in;

  /** Released by Ctrl-C (the shutdown hook), so that the call is hung up before exiting. */
  CountDownLatch interrupted = new CountDownLatch(1);

  private final List<Closeable> files = new ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              interrupted.countDown();
              try {
                finished.await(15, TimeUnit.SECONDS); // the hang-up goes out before the exit
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-call-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      return run();
    } finally {
      finished.countDown();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // the hook is running: Ctrl-C
      }
    }
  }

  private int run() throws InterruptedException {
    XMPPTCPConnection connection = null;
    try {
      Jid peer = jid(target);
      Duration limit = duration == null ? null : parseDuration(duration);
      int[] ports = media.ports(); // usage errors before logging in
      IceConfig iceConfig = ice.config();
      AudioSource source = audio.source(files);
      AudioSink sink = audio.sink(files);
      connection = client.login("parley-call");
      InetAddress address = media.address(connection);
      try (MediaEngine engine = media.start(address, ports, iceConfig);
          Calls calls =
              Calls.of(
                  connection,
                  engine,
                  CallOptions.DEFAULT
                      .withRingTimeout(Duration.ofSeconds(60))
                      .withTransport(transport)
                      .withIceDiscovery(ice.discovery()))) {
        ice.discovered(calls, connection, iceConfig, out);
        out.println("Calling " + peer + " from " + address.getHostAddress() + "…");
        out.flush();
        Call call = place(calls, peer, source, sink);
        return new CallConversation(calls, out, err, in, interrupted).converse(call, limit);
      }
    } catch (ClientFailure f) {
      err.println("parley call: " + f.getMessage());
      return f.exitCode();
    } catch (IOException e) {
      err.println("parley call: media: " + e.getMessage());
      return ExitCodes.CALL_FAILED;
    } finally {
      for (Closeable c : files) {
        try {
          c.close();
        } catch (IOException e) {
          err.println("parley call: " + e.getMessage());
        }
      }
      if (connection != null) {
        connection.disconnect();
      }
    }
  }

  private Call place(Calls calls, Jid peer, AudioSource source, AudioSink sink)
      throws ClientFailure, InterruptedException {
    try {
      return calls
          .call(peer, source, sink, !direct && !peer.hasResource())
          .get(90, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof CallFailedException f) {
        throw new ClientFailure(ExitCodes.CALL_FAILED, "the call failed: " + f.getMessage());
      }
      throw new ClientFailure(
          ExitCodes.CALL_FAILED, "the call failed: " + ClientOptions.rootMessage(e.getCause()));
    } catch (TimeoutException e) {
      throw new ClientFailure(ExitCodes.CALL_FAILED, "the call was not set up in time");
    }
  }

  private static Jid jid(String value) throws ClientFailure {
    try {
      return JidCreate.from(value);
    } catch (XmppStringprepException e) {
      throw new ClientFailure(ExitCodes.USAGE, value + " is not a JID");
    }
  }

  /** {@code 90s}, {@code 5m}, {@code 1h}, {@code 250ms}, or ISO-8601 ({@code PT1M30S}). */
  static Duration parseDuration(String value) throws ClientFailure {
    String v = value.trim().toLowerCase(Locale.ROOT);
    try {
      Duration d;
      if (v.startsWith("pt")) {
        d = Duration.parse(v.toUpperCase(Locale.ROOT));
      } else if (v.endsWith("ms")) {
        d = Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      } else if (v.endsWith("s")) {
        d = Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)));
      } else if (v.endsWith("m")) {
        d = Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
      } else if (v.endsWith("h")) {
        d = Duration.ofHours(Long.parseLong(v.substring(0, v.length() - 1)));
      } else {
        d = Duration.ofSeconds(Long.parseLong(v));
      }
      if (d.isNegative() || d.isZero()) {
        throw new ClientFailure(ExitCodes.USAGE, "--duration must be positive: " + value);
      }
      return d;
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new ClientFailure(
          ExitCodes.USAGE, "--duration " + value + " is not a duration (90s, 5m, 1h, PT1M30S)");
    }
  }
}
