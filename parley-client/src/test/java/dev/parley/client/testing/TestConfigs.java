/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.testing;

import com.typesafe.config.ConfigFactory;
import dev.parley.server.config.InvalidConfigException;
import dev.parley.server.config.ParleyConfig;
import dev.parley.testkit.Prosody;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Parley configurations pointing at a test Prosody (a copy of parley-server's test helper, whose
 * test classes are not published).
 */
public final class TestConfigs {
  private TestConfigs() {}

  /**
   * A configuration for {@code domain} on this Prosody, with fast keep-alives and reconnects, HTTP
   * on a free port.
   */
  public static ParleyConfig forProsody(
      Prosody prosody, String domain, Path dataDir, Map<String, Object> overrides) {
    Map<String, Object> values = new HashMap<>();
    values.put("parley.data-dir", dataDir.toString());
    values.put("parley.xmpp.host", "127.0.0.1");
    values.put("parley.xmpp.port", prosody.componentPort());
    values.put("parley.xmpp.domain", domain);
    values.put("parley.xmpp.secret", prosody.componentSecret(domain));
    values.put("parley.xmpp.reconnect.initial", "100ms");
    values.put("parley.xmpp.reconnect.max", "1s");
    values.put("parley.http.port", 0);
    values.putAll(overrides);
    try {
      return ParleyConfig.fromConfig(
          ConfigFactory.parseMap(values).withFallback(ConfigFactory.defaultReference()).resolve());
    } catch (InvalidConfigException e) {
      throw new IllegalStateException(e);
    }
  }
}
