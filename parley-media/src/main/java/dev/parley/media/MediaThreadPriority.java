/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import java.util.Optional;

/**
 * The scheduling priority of the media engine's tick and I/O threads ({@code
 * parley.bridge.media-thread-priority}), the way Asterisk ({@code asterisk -p}) and FreeSWITCH
 * ({@code -rp}) offer it. A 20 ms tick that waits for a core behind other work is a late mix for
 * everyone in its rooms; at a raised priority the tick and I/O threads take a core as soon as they
 * are runnable, and the machine's other work runs in the rest of each period.
 *
 * <p>Raising a priority needs a privilege on Linux (and is not offered elsewhere): {@code
 * CAP_SYS_NICE}, or a resource limit that allows it — {@code RLIMIT_RTPRIO} ≥ 1 for {@link
 * #REALTIME} ({@code LimitRTPRIO=1} in a systemd unit), {@code RLIMIT_NICE} ≥ 30 for {@link #HIGH}
 * ({@code LimitNICE=-10}). Without it the threads stay at normal priority, and the engine says so
 * once, at WARN, with what to grant (docs/OPERATIONS.md).
 */
public enum MediaThreadPriority {
  /** The JVM's default: the threads compete for the cores like any other. */
  NORMAL,
  /** Nice −10: the kernel's fair scheduler gives them about nine times a normal thread's share. */
  HIGH,
  /**
   * {@code SCHED_RR} at priority 1, the lowest real-time priority: the threads preempt every normal
   * thread when they become runnable, and yield to the kernel's own real-time threads. Falls back
   * to {@link #HIGH}, then to {@link #NORMAL}, when not permitted. A bridge whose ticks no longer
   * fit in their period would leave the rest of the machine only what the kernel's real-time
   * throttling keeps for it (5 % by default): size the bridge so that they fit.
   */
  REALTIME;

  /** The configuration value: "normal", "high", "realtime". */
  public String configValue() {
    return ConfigValues.of(this);
  }

  /** The priority a configuration value names (case-insensitive). */
  public static Optional<MediaThreadPriority> fromConfigValue(String value) {
    return ConfigValues.parse(MediaThreadPriority.class, value);
  }
}
