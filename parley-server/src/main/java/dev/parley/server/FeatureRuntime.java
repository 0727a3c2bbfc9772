/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import dev.parley.server.config.ParleyConfig;
import dev.parley.server.routing.Router;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What a running {@link Feature} can use: the router to send stanzas and requests, a timer, a
 * clock, metrics.
 */
public interface FeatureRuntime {
  ParleyConfig config();

  Router router();

  ScheduledExecutorService timer();

  Clock clock();

  MeterRegistry meters();
}
