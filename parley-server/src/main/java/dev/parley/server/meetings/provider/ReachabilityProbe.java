/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings.provider;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a provider's API answers, for {@link
 * dev.parley.server.meetings.MeetingProvider#reachable()} (only reachable providers are advertised
 * in service discovery).
 *
 * <p>The probe runs at once and then every {@code interval} on the shared timer; a probe still in
 * flight is not started again. Until the first probe completes the provider counts as unreachable:
 * advertising a service Parley has never reached would be a guess. The outcome of real calls
 * ({@link #observed}) updates the state between probes. Transitions are logged once.
 */
public final class ReachabilityProbe implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ReachabilityProbe.class);

  private final String service;
  private final Supplier<CompletableFuture<?>> probe;
  private final AtomicBoolean reachable = new AtomicBoolean(false);
  private final AtomicBoolean inFlight = new AtomicBoolean(false);
  private final AtomicBoolean probed = new AtomicBoolean(false);
  private final ScheduledFuture<?> schedule;

  /**
   * @param probe one probe: completes normally when the service answered as expected, or
   *     exceptionally saying why it did not (logged)
   */
  public ReachabilityProbe(
      String service,
      ScheduledExecutorService timer,
      Duration interval,
      Supplier<CompletableFuture<?>> probe) {
    this.service = service;
    this.probe = probe;
    this.schedule =
        timer.scheduleWithFixedDelay(this::run, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  public boolean reachable() {
    return reachable.get();
  }

  /** Whether at least one probe has completed. */
  public boolean probed() {
    return probed.get();
  }

  /** Records what a real call found out. */
  public void observed(boolean answered) {
    set(answered, null);
  }

  private void run() {
    if (!inFlight.compareAndSet(false, true)) {
      return;
    }
    CompletableFuture<?> attempt;
    try {
      attempt = probe.get();
    } catch (RuntimeException e) {
      inFlight.set(false);
      set(false, e);
      return;
    }
    attempt.whenComplete(
        (ignored, failure) -> {
          set(failure == null, failure);
          probed.set(true);
          inFlight.set(false);
        });
  }

  private void set(boolean now, Throwable failure) {
    boolean before = reachable.getAndSet(now);
    if (before != now || (!now && !probed.get())) {
      if (now) {
        LOG.info("{} is reachable", service);
      } else {
        LOG.warn(
            "{} is not reachable{}",
            service,
            failure == null ? "" : ": " + ApiCalls.unwrap(failure).getMessage());
      }
    }
  }

  @Override
  public void close() {
    schedule.cancel(false);
  }
}
