/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.e2e;

import dev.parley.client.testing.TestConfigs;
import dev.parley.media.EngineStats;
import dev.parley.media.MediaEngine;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.server.Parley;
import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Parley in-process with the conference bridge on, as the test Prosody's component {@value
 * #DOMAIN}: fast idle grace, linger and Coin pacing, {@code erin@localhost} an administrator (who
 * moderates every room).
 */
final class BridgeRun implements AutoCloseable {
  static final String DOMAIN = "bridge.localhost";
  static final String ADMIN = "erin";

  /** How long anything may take on a loaded two-core machine. */
  static final Duration WAIT = Duration.ofSeconds(45);

  /** The bridge's media timeout here: the stated bound for removing a vanished participant. */
  static final Duration MEDIA_TIMEOUT = Duration.ofSeconds(10);

  final Parley parley;
  final BridgeFeature bridge;

  BridgeRun(Prosody prosody, Path data, Map<String, Object> overrides) throws Exception {
    Map<String, Object> values = new HashMap<>();
    values.put("parley.bridge.enabled", true);
    values.put("parley.bridge.opus-warmup", false); // seconds per start; these calls are G.711
    values.put("parley.bridge.ports.min", 52000);
    values.put("parley.bridge.ports.max", 52999);
    values.put("parley.bridge.media-timeout", MEDIA_TIMEOUT.toSeconds() + "s");
    values.put("parley.bridge.idle-grace", "1s");
    values.put("parley.bridge.departed-linger", "1s");
    values.put("parley.bridge.coin.coalesce", "50ms");
    values.put("parley.bridge.coin.full-document-interval", "200ms");
    values.put("parley.admins", List.of(ADMIN + "@localhost"));
    values.putAll(overrides);
    ParleyConfig config = TestConfigs.forProsody(prosody, DOMAIN, data, values);
    this.bridge = new BridgeFeature(settings(config), Clock.systemUTC());
    this.parley = Parley.start(config, List.of(bridge));
    parley.firstConnections().get(30, TimeUnit.SECONDS);
  }

  private static BridgeSettings settings(ParleyConfig config) {
    try {
      return BridgeSettings.from(config);
    } catch (InvalidConfigException e) {
      throw new IllegalStateException(e);
    }
  }

  static EntityBareJid room(String name) {
    return JidCreate.entityBareFromOrThrowUnchecked(name + "@" + DOMAIN);
  }

  /** The room's authoritative document now (no version or sid), or empty without a room. */
  Optional<ConferenceInfo> document(EntityBareJid room) {
    return bridge.conferences().document(room).join();
  }

  MediaEngine engine() {
    return bridge.engine().orElseThrow();
  }

  /** Whether the bridge's engine holds no room, participant or port. */
  boolean engineIsEmpty() {
    EngineStats s = engine().stats();
    return s.rooms() == 0 && s.participants() == 0 && s.portsInUse() == 0;
  }

  @Override
  public void close() {
    parley.close();
  }
}
