/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.internal.os;

import dev.parley.media.MediaThreadPriority;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Raises each media thread that runs it to one engine's configured priority, and says once per
 * engine what was obtained: INFO when the request was met, WARN, with what to grant, when it was
 * not. Run first thing by the tick and I/O threads.
 */
public final class PriorityRaiser implements Runnable {
  private static final Logger LOG = LoggerFactory.getLogger(PriorityRaiser.class);

  private final MediaThreadPriority wanted;
  private final AtomicBoolean reported = new AtomicBoolean();

  public PriorityRaiser(MediaThreadPriority wanted) {
    this.wanted = wanted;
  }

  @Override
  public void run() {
    if (wanted == MediaThreadPriority.NORMAL) {
      return;
    }
    ThreadScheduling.Outcome o = ThreadScheduling.raiseCurrentThread(wanted);
    if (!reported.compareAndSet(false, true)) {
      return;
    }
    if (o.refusal() == null) {
      LOG.info("media threads run at {} priority", o.obtained().configValue());
    } else {
      LOG.warn(
          "media threads run at {} priority, not {} as configured: {}; grant CAP_SYS_NICE, or"
              + " raise the limits (systemd: LimitRTPRIO=1 for realtime, LimitNICE=-10 for high;"
              + " docs/OPERATIONS.md)",
          o.obtained().configValue(),
          wanted.configValue(),
          o.refusal());
    }
  }
}
