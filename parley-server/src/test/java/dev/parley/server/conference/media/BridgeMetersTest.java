/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The engine-wide meters, on a running engine with no rooms. */
class BridgeMetersTest {
  @Test
  void theMediaClockIsVisible() throws Exception {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    try (MediaEngine engine = MediaEngine.start(MediaConfig.defaults().withPorts(46000, 46099))) {
      new BridgeMeters(registry, engine);
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> registry.get("parley.bridge.ticks").functionCounter().count() >= 5);
      assertThat(registry.get("parley.bridge.tick.overruns").functionCounter().count()).isNotNaN();
      assertThat(registry.get("parley.bridge.tick.skipped").functionCounter().count()).isNotNaN();
      assertThat(registry.get("parley.bridge.tick.slow").functionCounter().count()).isNotNaN();
      assertThat(registry.get("parley.bridge.tick.slowest").gauge().value())
          .isGreaterThanOrEqualTo(0);
      assertThat(registry.get("parley.bridge.rooms").gauge().value()).isZero();
    }
  }
}
