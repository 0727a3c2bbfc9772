/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.jingle.coin.CoinPolicy;
import dev.parley.jingle.transfer.TransferPolicy;
import dev.parley.media.ConfigValues;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaThreadPriority;
import dev.parley.media.SecurityPolicy;
import dev.parley.media.TurnServer;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.transport.RemotePolicy;
import dev.parley.server.config.ConfigReader;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.meetings.AccessPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.BareJid;

/**
 * The conference bridge's settings, {@code parley.bridge.*} (docs/CONFIGURATION.md lists each key
 * with its default).
 *
 * @param enabled whether the bridge runs ({@code parley.bridge.enabled})
 * @param media the media engine's settings: addresses, ports, threads, media timeout, remote policy
 *     (symmetric RTP latching by default; {@code asymmetric} for peers that send from another port
 *     than they receive on, which RFC 3550 allows), mixer rate, Opus warm-up, whether plain RTP is
 *     accepted, ICE gathering
 * @param idleGrace how long a room with no session stays before it is removed
 * @param departedLinger how long a participant who left stays in the conference document as {@code
 *     disconnected}, with its disconnection method and info, before it is removed
 * @param requestTimeout how long the bridge waits for a participant to answer its IQ requests
 *     (session-accept, session-terminate, disco#info) before counting them as failed
 * @param create who may create a room by calling it
 * @param join who may join a room that exists (created by a caller, or reserved by a meeting)
 * @param owners bare JIDs who may moderate every room
 * @param admins {@code parley.admins}, who may moderate every room too
 * @param coin how Coin notifications are paced
 * @param transfer XEP-0251 call transfer: what a participant the room called may do, and how long a
 *     transfer the room asks for may take
 * @param discoverStun whether to ask the XMPP server for its STUN and TURN services (XEP-0215) and
 *     use them beside {@code media.ice().stunServers()} and {@code turnServers()} ({@code
 *     parley.bridge.ice.discover})
 */
public record BridgeSettings(
    boolean enabled,
    MediaConfig media,
    Duration idleGrace,
    Duration departedLinger,
    Duration requestTimeout,
    AccessPolicy create,
    AccessPolicy join,
    Set<BareJid> owners,
    Set<BareJid> admins,
    CoinPolicy coin,
    Transfers transfer,
    boolean discoverStun) {

  public BridgeSettings {
    owners = Set.copyOf(owners);
    admins = Set.copyOf(admins);
  }

  /**
   * {@code parley.bridge.transfer}.
   *
   * @param dialOut what the room does when a participant it called (a moderator's dial-out) asks it
   *     to transfer that call elsewhere (XEP-0251 § 2, the room as transferee): {@code ALLOW} (hold
   *     it, call the target, hang up once the target answers) or {@code REFUSE} ({@code
   *     feature-not-implemented} + {@code unsupported-info}). A participant that called the room
   *     can never make it call someone else.
   * @param timeout how long a transfer the room asked for (the {@code parley:conference:transfer}
   *     command) may take, once acknowledged, before the room ends the participant's session itself
   *     with {@code transferred} (as Jitsi's attendant does)
   */
  public record Transfers(TransferPolicy dialOut, Duration timeout) {
    public Transfers {
      if (dialOut == TransferPolicy.ASK) {
        throw new IllegalArgumentException("the room has nobody to ask");
      }
    }
  }

  /**
   * Reads {@code parley.bridge}. The default of {@code create.allow} is the XMPP domain(s) the
   * component domains belong to ({@code parley.example.org} → {@code example.org}).
   */
  public static BridgeSettings from(ParleyConfig config) throws InvalidConfigException {
    ConfigReader r = config.section("parley.bridge");
    InetAddress bind = address(r, "bind-address", r.string("bind-address", true));
    String advertisedText = r.optionalString("advertised-address");
    InetAddress advertised =
        advertisedText == null ? null : address(r, "advertised-address", advertisedText);
    if (advertised == null && bind.isAnyLocalAddress()) {
      throw r.invalid(
          "advertised-address",
          "is required when bind-address is the wildcard address: candidates need a reachable one");
    }
    int min = r.intAtLeast("ports.min", 1024);
    int max = r.intAtLeast("ports.max", 1025);
    if (max > 65535 || max - min < 1) {
      throw r.invalid("ports.max", "the range " + min + "-" + max + " is not a UDP port range");
    }
    MediaConfig media =
        MediaConfig.defaults()
            .withAddresses(bind, advertised)
            .withPorts(min, max)
            .withThreads(
                r.intAtLeast("io-threads", 1), tickThreads(r.intAtLeast("tick-threads", 0)))
            .withMediaTimeout(r.positiveDuration("media-timeout"))
            .withActiveSpeakers(r.intAtLeast("active-speakers", 1))
            .withMixRate(mixRate(r))
            .withOpusWarmup(r.bool("opus-warmup") ? MediaConfig.RECOMMENDED_OPUS_WARMUP_FRAMES : 0)
            .withOpusEngine(
                OpusEngine.fromConfigValue(
                        r.oneOf("opus-engine", ConfigValues.all(OpusEngine.class)))
                    .orElseThrow())
            .withThreadPriority(
                MediaThreadPriority.fromConfigValue(
                        r.oneOf(
                            "media-thread-priority", ConfigValues.all(MediaThreadPriority.class)))
                    .orElseThrow())
            .withSecurity(
                r.oneOf("security", List.of("allow-plain", "require-dtls-srtp"))
                        .equals("allow-plain")
                    ? SecurityPolicy.ALLOW_PLAIN
                    : SecurityPolicy.REQUIRE_DTLS_SRTP)
            .withIce(ice(r.section("ice")))
            .withRemotePolicy(
                RemotePolicy.valueOf(
                    r.oneOf("remote-policy", List.of("latch", "asymmetric", "signalled"))
                        .toUpperCase(Locale.ROOT)));
    List<String> allow = r.strings("create.allow");
    List<String> defaults = new ArrayList<>();
    for (ParleyConfig.Component c : config.xmpp().components()) {
      defaults.add(AccessPolicy.parentDomain(c.domain().toString()));
    }
    Set<BareJid> owners = new LinkedHashSet<>();
    for (String o : r.strings("owners")) {
      owners.add(r.bareJid("owners", o));
    }
    return new BridgeSettings(
        r.bool("enabled"),
        media,
        r.positiveDuration("idle-grace"),
        r.positiveDuration("departed-linger"),
        r.positiveDuration("request-timeout"),
        AccessPolicy.parse(allow.isEmpty() ? defaults : allow, r, "create.allow"),
        AccessPolicy.parse(r.strings("join.allow"), r, "join.allow"),
        owners,
        Set.copyOf(config.admins()),
        new CoinPolicy(
            r.positiveDuration("coin.coalesce"), r.positiveDuration("coin.full-document-interval")),
        new Transfers(
            r.oneOf("transfer.dial-out", List.of("allow", "refuse")).equals("allow")
                ? TransferPolicy.ALLOW
                : TransferPolicy.REFUSE,
            r.positiveDuration("transfer.timeout")),
        r.bool("ice.discover"));
  }

  private static int mixRate(ConfigReader r) throws InvalidConfigException {
    int rate = r.intAtLeast("mix-rate", 8000);
    if (rate != 8000 && rate != 16000 && rate != 48000) {
      throw r.invalid("mix-rate", "must be 8000, 16000 or 48000 (Hz), not " + rate);
    }
    return rate;
  }

  /**
   * {@code parley.bridge.ice}: a public address for 1:1 NAT, STUN servers as {@code ip:port}
   * literals (no DNS on the media path), TURN servers ({@link TurnSettings}) and the candidate
   * policy. Policy {@code relay} needs a TURN server: configured, or learnt by XEP-0215 ({@code
   * discover}).
   */
  private static IceConfig ice(ConfigReader r) throws InvalidConfigException {
    String pub = r.optionalString("public-address");
    List<InetSocketAddress> stun = new ArrayList<>();
    for (String s : r.strings("stun-servers")) {
      stun.add(socketAddress(r, "stun-servers", s));
    }
    List<TurnServer> turn = TurnSettings.parse(r);
    IcePolicy policy =
        r.oneOf("policy", List.of("all", "relay")).equals("relay")
            ? IcePolicy.RELAY
            : IcePolicy.ALL;
    if (policy == IcePolicy.RELAY && turn.isEmpty() && !r.bool("discover")) {
      throw r.invalid(
          "policy", "relay offers relayed candidates only: it needs turn-servers (or discover)");
    }
    return new IceConfig(
        pub == null ? null : address(r, "public-address", pub), stun, turn, policy);
  }

  private static InetSocketAddress socketAddress(ConfigReader r, String key, String text)
      throws InvalidConfigException {
    int colon = text.lastIndexOf(':');
    String host = colon < 0 ? "" : text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = colon < 0 ? -1 : Integer.parseInt(text.substring(colon + 1));
    } catch (NumberFormatException e) {
      port = -1;
    }
    if (port < 1 || port > 65535) {
      throw r.invalid(key, "'" + text + "' is not ip:port (an IP address literal and a port)");
    }
    return new InetSocketAddress(address(r, key, host), port);
  }

  private static InetAddress address(ConfigReader r, String key, @Nullable String text)
      throws InvalidConfigException {
    if (text == null || !isLiteral(text)) {
      throw r.invalid(key, "'" + text + "' is not an IP address literal");
    }
    try {
      return InetAddress.getByName(text); // a literal: no lookup
    } catch (UnknownHostException e) {
      throw r.invalid(key, "'" + text + "' is not an IP address literal");
    }
  }

  private static boolean isLiteral(String text) {
    return !text.isEmpty()
        && (text.indexOf(':') >= 0
            ? text.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.')
            : text.chars().allMatch(c -> Character.isDigit(c) || c == '.'));
  }

  /**
   * {@code tick-threads}: {@code 0} is one per core. A room's tick work is serial, and a tick that
   * starts a period late skips a frame, so mixing on every core keeps each thread's work per tick
   * small beside the scheduling delays of a shared machine (docs/PERFORMANCE.md: 1,000 participants
   * on two cores had 7–24 late ticks with one tick thread and 0–1 with two, in the same minutes).
   */
  static int tickThreads(int configured) {
    return configured == 0 ? Runtime.getRuntime().availableProcessors() : configured;
  }
}
