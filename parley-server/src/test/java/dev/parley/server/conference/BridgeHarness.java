/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import static org.awaitility.Awaitility.await;

import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.AudioSource;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.server.Parley;
import dev.parley.server.TestConfigs;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Parley with the bridge on a test Prosody, a second media engine for the callers' phones, and the
 * callers; closes everything.
 */
final class BridgeHarness implements AutoCloseable {
  static final String DOMAIN = "parley.localhost";
  static final Duration WAIT = Duration.ofSeconds(30);
  static final double[] TONES = {400, 650, 1000};

  final Prosody prosody;
  final Parley parley;
  final BridgeFeature bridge;
  final MediaEngine phones;
  private final List<Caller> callers = new ArrayList<>();

  BridgeHarness(Prosody prosody, Path data, Map<String, Object> overrides) throws Exception {
    this.prosody = prosody;
    Map<String, Object> values = new HashMap<>();
    values.put("parley.bridge.enabled", true);
    values.put("parley.bridge.opus-warmup", false); // seconds per start; these calls are G.711
    values.put("parley.bridge.ports.min", 44000);
    values.put("parley.bridge.ports.max", 44999);
    values.put("parley.bridge.idle-grace", "1s");
    values.put("parley.bridge.departed-linger", "500ms");
    values.put("parley.bridge.coin.coalesce", "50ms");
    values.put("parley.bridge.coin.full-document-interval", "200ms");
    values.put("parley.admins", List.of("dave@localhost"));
    values.putAll(overrides);
    ParleyConfig config = TestConfigs.forProsody(prosody, DOMAIN, data, values);
    this.bridge = new BridgeFeature(settings(config), Clock.systemUTC());
    this.parley = Parley.start(config, List.of(bridge));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
    this.phones = MediaEngine.start(MediaConfig.defaults().withPorts(45000, 45999));
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

  Caller caller(String user, AudioSource source, boolean coin) throws Exception {
    Caller c = new Caller(prosody, user, "phone", phones, source, coin);
    callers.add(c);
    return c;
  }

  /** Waits until {@code c} recorded {@code samples} more samples than now. */
  static void listen(Caller c, int samples) {
    int start = c.recorder.size();
    await().atMost(WAIT).until(() -> c.recorder.size() >= start + samples);
  }

  /** The tones among {@link #TONES} present in the last second of a caller's recording. */
  static List<Double> heard(Caller c) {
    return ToneAnalysis.present(c.recorder.last(8000), 8000, 15, -45, TONES);
  }

  static List<Double> others(double own) {
    return Arrays.stream(TONES).filter(f -> f != own).boxed().toList();
  }

  MediaEngine bridgeEngine() {
    return bridge.engine().orElseThrow();
  }

  @Override
  public void close() {
    for (Caller c : callers) {
      c.close();
    }
    parley.close();
    phones.close();
  }
}
