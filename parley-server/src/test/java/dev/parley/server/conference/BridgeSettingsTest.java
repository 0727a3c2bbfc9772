/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.typesafe.config.ConfigFactory;
import dev.parley.media.IceConfig;
import dev.parley.media.IcePolicy;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaThreadPriority;
import dev.parley.media.SecurityPolicy;
import dev.parley.media.TurnServer;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.transport.RemotePolicy;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

class BridgeSettingsTest {
  static BridgeSettings read(Map<String, Object> overrides) throws InvalidConfigException {
    Map<String, Object> values = new HashMap<>();
    values.put("parley.xmpp.domain", "parley.example.org");
    values.put("parley.xmpp.secret", "s");
    values.putAll(overrides);
    return BridgeSettings.from(
        ParleyConfig.fromConfig(
            ConfigFactory.parseMap(values)
                .withFallback(ConfigFactory.defaultReference())
                .resolve()));
  }

  @Test
  void defaults() throws Exception {
    BridgeSettings s = read(Map.of());
    assertThat(s.enabled()).isFalse();
    assertThat(s.media().mediaTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(s.media().portMin()).isEqualTo(40000);
    assertThat(s.idleGrace()).isEqualTo(Duration.ofSeconds(60));
    assertThat(s.media().remotePolicy()).isEqualTo(RemotePolicy.LATCH);
    // users of the component's own XMPP domain create rooms; everyone joins
    assertThat(s.create().allows(JidCreate.bareFromOrThrowUnchecked("alice@example.org"))).isTrue();
    assertThat(s.create().allows(JidCreate.bareFromOrThrowUnchecked("romeo@montague.lit")))
        .isFalse();
    assertThat(s.join().allows(JidCreate.bareFromOrThrowUnchecked("romeo@montague.lit"))).isTrue();
  }

  @Test
  void webRtcDefaultsAreWidebandWarmedUpAndAllowPlainRtp() throws Exception {
    BridgeSettings s = read(Map.of());
    assertThat(s.media().mixRate()).isEqualTo(48000);
    assertThat(s.media().opusWarmupFrames()).isEqualTo(MediaConfig.RECOMMENDED_OPUS_WARMUP_FRAMES);
    assertThat(s.media().opusEngine()).isEqualTo(OpusEngine.AUTO);
    assertThat(s.media().security()).isEqualTo(SecurityPolicy.ALLOW_PLAIN);
    assertThat(s.media().ice()).isEqualTo(IceConfig.HOST_ONLY);
    assertThat(s.discoverStun()).isTrue();
    assertThat(read(Map.of("parley.bridge.ice.discover", false)).discoverStun()).isFalse();
  }

  @Test
  void iceSettingsTakeIpLiterals() throws Exception {
    BridgeSettings s =
        read(
            Map.of(
                "parley.bridge.ice.public-address",
                "203.0.113.7",
                "parley.bridge.ice.stun-servers",
                List.of("192.0.2.1:3478", "[2001:db8::1]:19302"),
                "parley.bridge.security",
                "require-dtls-srtp",
                "parley.bridge.mix-rate",
                16000,
                "parley.bridge.opus-warmup",
                false));
    assertThat(s.media().ice().publicAddress()).isEqualTo(InetAddress.getByName("203.0.113.7"));
    assertThat(s.media().ice().stunServers())
        .containsExactly(
            new InetSocketAddress(InetAddress.getByName("192.0.2.1"), 3478),
            new InetSocketAddress(InetAddress.getByName("2001:db8::1"), 19302));
    assertThat(s.media().security()).isEqualTo(SecurityPolicy.REQUIRE_DTLS_SRTP);
    assertThat(s.media().mixRate()).isEqualTo(16000);
    assertThat(s.media().opusWarmupFrames()).isZero();
    assertThatThrownBy(
            () -> read(Map.of("parley.bridge.ice.stun-servers", List.of("stun.example.org:3478"))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.ice.stun-servers");
    assertThatThrownBy(() -> read(Map.of("parley.bridge.ice.stun-servers", List.of("192.0.2.1"))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("ip:port");
    assertThatThrownBy(() -> read(Map.of("parley.bridge.mix-rate", 44100)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.mix-rate");
    assertThatThrownBy(() -> read(Map.of("parley.bridge.security", "sdes")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.security");
  }

  @Test
  void theOpusEngineIsOneOfThree() throws Exception {
    assertThat(read(Map.of("parley.bridge.opus-engine", "libopus")).media().opusEngine())
        .isEqualTo(OpusEngine.LIBOPUS);
    assertThat(read(Map.of("parley.bridge.opus-engine", "concentus")).media().opusEngine())
        .isEqualTo(OpusEngine.CONCENTUS);
    assertThatThrownBy(() -> read(Map.of("parley.bridge.opus-engine", "ffmpeg")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.opus-engine");
  }

  @Test
  void theMediaThreadPriorityIsNormalUnlessRaised() throws Exception {
    assertThat(read(Map.of()).media().threadPriority()).isEqualTo(MediaThreadPriority.NORMAL);
    assertThat(
            read(Map.of("parley.bridge.media-thread-priority", "realtime"))
                .media()
                .threadPriority())
        .isEqualTo(MediaThreadPriority.REALTIME);
    assertThat(read(Map.of("parley.bridge.media-thread-priority", "high")).media().threadPriority())
        .isEqualTo(MediaThreadPriority.HIGH);
    assertThatThrownBy(() -> read(Map.of("parley.bridge.media-thread-priority", "fifo")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.media-thread-priority");
  }

  @Test
  void turnServersTakeTurnUrisWithCredentialsOrASharedSecret() throws Exception {
    BridgeSettings s =
        read(
            Map.of(
                "parley.bridge.ice.turn-servers",
                List.of(
                    Map.of("uri", "turn:192.0.2.10", "username", "parley", "password", "pw"),
                    Map.of(
                        "uri",
                        "turn:[2001:db8::10]:3479?transport=udp",
                        "secret",
                        "s3cret",
                        "ttl",
                        "1h")),
                "parley.bridge.ice.policy",
                "relay"));
    IceConfig ice = s.media().ice();
    assertThat(ice.policy()).isEqualTo(IcePolicy.RELAY);
    assertThat(ice.turnServers())
        .containsExactly(
            new TurnServer(
                new InetSocketAddress(InetAddress.getByName("192.0.2.10"), 3478),
                new TurnServer.Static("parley", "pw")),
            new TurnServer(
                new InetSocketAddress(InetAddress.getByName("2001:db8::10"), 3479),
                new TurnServer.SharedSecret("s3cret", "", Duration.ofHours(1))));
    assertThat(read(Map.of()).media().ice().policy()).isEqualTo(IcePolicy.ALL);
  }

  @Test
  void turnOverTcpAndTlsTakeTheirUrisAndTlsItsTrust() throws Exception {
    assertThat(turn("turn:192.0.2.10:3478?transport=tcp").media().ice().turnServers())
        .singleElement()
        .satisfies(t -> assertThat(t.transport()).isEqualTo(TurnServer.Transport.TCP));
    TurnServer tls =
        turn("turns:192.0.2.10").media().ice().turnServers().get(0); // port 5349 by default
    assertThat(tls.transport()).isEqualTo(TurnServer.Transport.TLS);
    assertThat(tls.address().getPort()).isEqualTo(5349);
    assertThat(tls.tls()).isEqualTo(TurnServer.Tls.DEFAULT);
    TurnServer named =
        read(Map.of(
                "parley.bridge.ice.turn-servers",
                List.of(
                    Map.of(
                        "uri", "turns:192.0.2.10:443?transport=tcp",
                        "username", "u",
                        "password", "p",
                        "server-name", "turn.example.org"))))
            .media()
            .ice()
            .turnServers()
            .get(0);
    assertThat(named.tls().serverName()).isEqualTo("turn.example.org");
    assertThat(named.address().getPort()).isEqualTo(443);
  }

  @Test
  void dtlsHostNamesAndTlsOptionsOnPlainServersStopStartUp() {
    assertThatThrownBy(() -> turn("turns:192.0.2.10:5349?transport=udp"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.ice.turn-servers[0].uri")
        .hasMessageContaining("not implemented");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "parley.bridge.ice.turn-servers",
                        List.of(
                            Map.of(
                                "uri", "turn:192.0.2.10",
                                "username", "u",
                                "password", "p",
                                "server-name", "turn.example.org")))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("server-name")
        .hasMessageContaining("turns:");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "parley.bridge.ice.turn-servers",
                        List.of(
                            Map.of(
                                "uri", "turns:192.0.2.10",
                                "username", "u",
                                "password", "p",
                                "certificate", "/nonexistent/turn.pem")))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("certificate");
    assertThatThrownBy(() -> turn("turn:turn.example.org:3478"))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("IP address literal");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "parley.bridge.ice.turn-servers",
                        List.of(Map.of("uri", "turn:192.0.2.10")))))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("username");
    assertThatThrownBy(
            () ->
                read(
                    Map.of(
                        "parley.bridge.ice.policy", "relay", "parley.bridge.ice.discover", false)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.ice.policy");
  }

  private static BridgeSettings turn(String uri) throws Exception {
    return read(
        Map.of(
            "parley.bridge.ice.turn-servers",
            List.of(Map.of("uri", uri, "username", "u", "password", "p"))));
  }

  @Test
  void tickThreadsDefaultToOnePerCore() throws Exception {
    assertThat(read(Map.of()).media().tickThreads())
        .isEqualTo(Runtime.getRuntime().availableProcessors());
    assertThat(read(Map.of("parley.bridge.tick-threads", 3)).media().tickThreads()).isEqualTo(3);
    assertThatThrownBy(() -> read(Map.of("parley.bridge.tick-threads", -1)))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.tick-threads");
  }

  @Test
  void theRemotePolicyIsOneOfThree() throws Exception {
    assertThat(read(Map.of("parley.bridge.remote-policy", "asymmetric")).media().remotePolicy())
        .isEqualTo(RemotePolicy.ASYMMETRIC);
    assertThatThrownBy(() -> read(Map.of("parley.bridge.remote-policy", "any")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.remote-policy");
  }

  @Test
  void theWildcardAddressNeedsAnAdvertisedOne() {
    assertThatThrownBy(() -> read(Map.of("parley.bridge.bind-address", "0.0.0.0")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.advertised-address");
    assertThatThrownBy(() -> read(Map.of("parley.bridge.bind-address", "media.example.org")))
        .isInstanceOf(InvalidConfigException.class)
        .hasMessageContaining("parley.bridge.bind-address");
  }

  @Test
  void anAdvertisedAddressGoesInCandidates() throws Exception {
    BridgeSettings s =
        read(
            Map.of(
                "parley.bridge.bind-address", "0.0.0.0",
                "parley.bridge.advertised-address", "203.0.113.7"));
    assertThat(s.media().effectiveAdvertisedAddress().getHostAddress()).isEqualTo("203.0.113.7");
  }
}
