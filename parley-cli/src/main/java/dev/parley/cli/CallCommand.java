/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.call.Audio;
import dev.parley.client.call.Call;
import dev.parley.client.call.CallEnd;
import dev.parley.client.call.CallFailedException;
import dev.parley.client.call.CallOptions;
import dev.parley.client.call.CallTransport;
import dev.parley.client.call.Calls;
import dev.parley.client.conference.ConferenceTracker;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.conference.RosterEvent;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.TurnServer;
import dev.parley.media.TurnUri;
import dev.parley.media.audio.AudioSink;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.WavReader;
import dev.parley.media.audio.WavWriter;
import dev.parley.media.codec.OpusEngine;
import dev.parley.mediajingle.IceServers;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
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

  @Option(names = "--play", paramLabel = "FILE", description = "a WAV file to send (16-bit mono)")
  Path play;

  @Option(
      names = "--tone",
      paramLabel = "HZ",
      description = "send a sine tone at this frequency (when there is no --play)")
  Double tone;

  @Option(
      names = "--record",
      paramLabel = "FILE",
      description = "write what you hear to a WAV file")
  Path record;

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

  @Option(
      names = "--opus-engine",
      paramLabel = "ENGINE",
      defaultValue = "auto",
      converter = OpusEngineConverter.class,
      description =
          "libopus (native: Debian's libopus0), concentus (pure Java) or auto (libopus when it"
              + " loads; default: ${DEFAULT-VALUE})")
  OpusEngine opusEngine;

  /** The option's spellings, as in parley.bridge.opus-engine. */
  static final class OpusEngineConverter implements CommandLine.ITypeConverter<OpusEngine> {
    @Override
    public OpusEngine convert(String value) {
      return OpusEngine.fromConfigValue(value)
          .orElseThrow(
              () ->
                  new CommandLine.TypeConversionException(
                      "'" + value + "' is not one of auto, libopus, concentus"));
    }
  }

  @Option(
      names = "--media-address",
      paramLabel = "IP",
      description =
          "the local address for RTP (default: the one that reaches the XMPP server, as the"
              + " system routes it)")
  String mediaAddress;

  @Option(
      names = "--media-ports",
      paramLabel = "MIN-MAX",
      defaultValue = "40000-49999",
      description = "the UDP port range for RTP (default: ${DEFAULT-VALUE})")
  String mediaPorts;

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
      int[] ports = parsePorts(mediaPorts);
      IceConfig ice = ice(); // usage errors before logging in
      AudioSource source = source();
      AudioSink sink = sink();
      connection = client.login("parley-call");
      InetAddress address = mediaAddress(connection);
      MediaConfig media =
          MediaConfig.defaults()
              .withAddresses(address, null)
              .withPorts(ports[0], ports[1])
              .withOpusEngine(opusEngine)
              .withIce(ice);
      try (MediaEngine engine = startMedia(media);
          Calls calls =
              Calls.of(
                  connection,
                  engine,
                  CallOptions.DEFAULT
                      .withRingTimeout(Duration.ofSeconds(60))
                      .withTransport(transport)
                      .withIceDiscovery(!noIceDiscovery))) {
        discovered(calls, connection, ice);
        out.println("Calling " + peer + " from " + address.getHostAddress() + "…");
        out.flush();
        Call call = place(calls, peer, source, sink);
        return converse(calls, call, limit);
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

  /** The TURN servers and the candidate policy, as the bridge's parley.bridge.ice takes them. */
  private IceConfig ice() throws ClientFailure {
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
   */
  private void discovered(Calls calls, XMPPTCPConnection connection, IceConfig ice)
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

  /** Starts the media engine; a libopus that was asked for but does not load is a usage error. */
  private static MediaEngine startMedia(MediaConfig media) throws IOException, ClientFailure {
    try {
      return MediaEngine.start(media);
    } catch (IllegalStateException e) {
      throw new ClientFailure(ExitCodes.USAGE, "media: " + e.getMessage());
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

  private int converse(Calls calls, Call first, Duration limit) throws InterruptedException {
    out.println(
        "Connected to " + first.peer() + (first.isFocus() ? " (a conference focus)" : "") + ".");
    out.flush();
    ConferenceTracker conference = first.conference();
    conference.onEvent(e -> render(e, conference));
    if (!conference.roster().isEmpty()) {
      // a focus may describe the room before the call completes here: show what it said
      out.print(roster(conference));
      out.flush();
    }
    CallConsole console = new CallConsole(calls, out);
    console.start(first);
    console.read(in);
    CountDownLatch over = console.over();
    Thread hangUp =
        new Thread(
            () -> {
              try {
                interrupted.await();
                console.current().hangUp();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "parley-call-hangup");
    hangUp.setDaemon(true);
    hangUp.start();
    boolean ended =
        limit == null ? awaitForever(over) : over.await(limit.toMillis(), TimeUnit.MILLISECONDS);
    Call call = console.current();
    if (!ended) {
      call.hangUp();
    }
    CallEnd end;
    try {
      end = call.ended().get(10, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      err.println("parley call: the call did not end cleanly");
      return ExitCodes.OK;
    }
    out.println(
        (end.byPeer() ? "The peer hung up: " : "Hung up: ")
            + end.condition().xml()
            + (end.reason().text() == null ? "" : " (" + end.reason().text() + ")"));
    out.flush();
    return ExitCodes.OK;
  }

  private boolean awaitForever(CountDownLatch over) throws InterruptedException {
    while (!over.await(100, TimeUnit.MILLISECONDS)) {
      if (interrupted.getCount() == 0) {
        return over.await(10, TimeUnit.SECONDS);
      }
    }
    return true;
  }

  /** Prints the event and the whole roster after it: plain lines, for terminals and logs. */
  private void render(RosterEvent event, ConferenceTracker conference) {
    out.print("* " + event.describe() + "\n" + roster(conference));
    out.flush();
  }

  /** The roster as plain lines. */
  private static String roster(ConferenceTracker conference) {
    StringBuilder b = new StringBuilder();
    List<RosterEntry> roster = conference.roster();
    b.append("Roster")
        .append(conference.stale() ? " (may be behind: waiting for a full update)" : "")
        .append(": ")
        .append(roster.size())
        .append(roster.size() == 1 ? " participant" : " participants")
        .append('\n');
    for (RosterEntry e : roster) {
      b.append("  ").append(e.address());
      if (e.displayText() != null) {
        b.append(" (").append(e.displayText()).append(')');
      }
      if (!e.statusText().isEmpty()) {
        b.append("  ").append(e.statusText());
      }
      if (e.muted()) {
        b.append("  [muted]");
      }
      if (e.held()) {
        b.append("  [on hold]");
      }
      b.append('\n');
    }
    return b.toString();
  }

  private AudioSource source() throws ClientFailure {
    if (play != null) {
      try {
        WavReader wav = Audio.wav(play);
        files.add(wav);
        return wav;
      } catch (IOException e) {
        throw new ClientFailure(ExitCodes.USAGE, "--play " + play + ": " + e.getMessage());
      }
    }
    if (tone != null) {
      if (tone <= 0 || tone >= Audio.RATE / 2.0) {
        throw new ClientFailure(
            ExitCodes.USAGE, "--tone must be between 0 and " + Audio.RATE / 2 + " Hz");
      }
      return Audio.tone(tone);
    }
    return Audio.silence();
  }

  private AudioSink sink() throws ClientFailure {
    if (record == null) {
      return Audio.discard();
    }
    try {
      WavWriter wav = Audio.wavFile(record);
      files.add(wav);
      return wav;
    } catch (IOException e) {
      throw new ClientFailure(ExitCodes.USAGE, "--record " + record + ": " + e.getMessage());
    }
  }

  /** The address the system would send from to reach the server (no packet is sent). */
  private InetAddress mediaAddress(XMPPTCPConnection connection) throws ClientFailure {
    if (mediaAddress != null) {
      try {
        return InetAddress.getByName(mediaAddress);
      } catch (UnknownHostException e) {
        throw new ClientFailure(ExitCodes.USAGE, "--media-address " + mediaAddress + " is unknown");
      }
    }
    String server = connection.getHost();
    try (DatagramSocket probe = new DatagramSocket()) {
      probe.connect(new InetSocketAddress(server, connection.getPort()));
      InetAddress local = probe.getLocalAddress();
      return local.isAnyLocalAddress() ? InetAddress.getLoopbackAddress() : local;
    } catch (SocketException | IllegalArgumentException e) {
      return InetAddress.getLoopbackAddress();
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

  /** {@code MIN-MAX}, both in 1024–65535. */
  static int[] parsePorts(String value) throws ClientFailure {
    String[] parts = value.split("-", -1);
    try {
      if (parts.length == 2) {
        int min = Integer.parseInt(parts[0].trim());
        int max = Integer.parseInt(parts[1].trim());
        if (min >= 1024 && max <= 65535 && max > min) {
          return new int[] {min, max};
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ClientFailure(
        ExitCodes.USAGE, "--media-ports " + value + " is not a range MIN-MAX within 1024-65535");
  }
}
