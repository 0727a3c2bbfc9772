/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The stop-the-world collections of this JVM while it is open, on the {@link System#nanoTime()}
 * clock, so that a latency tail can be split into what waited on a collection and what did not.
 *
 * <p>It listens to the collectors' notifications ({@code com.sun.management}): each reports its
 * start in milliseconds since the JVM started and its duration in milliseconds, converted here with
 * the offset between the two clocks taken at construction, so a pause is known to about a
 * millisecond. What counts as a pause is what the collector reports as a collection: every G1,
 * Parallel or Serial collection (young, mixed, full) stops the application; ZGC's and Shenandoah's
 * cycles ({@code … Cycles}, and JDK 17's {@code ZGC}) are concurrent and are left out, their short
 * pauses ({@code … Pauses}) are kept.
 */
final class GcPauses implements AutoCloseable {
  /** One collection: when it started and ended, in {@code System.nanoTime()} nanoseconds. */
  record Pause(long startNanos, long endNanos) {
    double millis() {
      return (endNanos - startNanos) / 1e6;
    }
  }

  private static final long SLACK_NANOS = 1_000_000; // the notifications' millisecond resolution

  private final long nanosAtJvmStart = nanosAtJvmStart();
  private final List<Pause> pauses = new CopyOnWriteArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener = this::onNotification;

  GcPauses() {
    for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (bean instanceof NotificationEmitter emitter && stopsTheWorld(bean.getName())) {
        emitter.addNotificationListener(listener, null, null);
        emitters.add(emitter);
      }
    }
  }

  /**
   * The JVM's start on the {@code nanoTime} clock: the uptime read between two {@code nanoTime}
   * reads (the first call initialises the management bean, which takes milliseconds).
   */
  private static long nanosAtJvmStart() {
    var runtime = ManagementFactory.getRuntimeMXBean();
    runtime.getUptime();
    long before = System.nanoTime();
    long uptimeMillis = runtime.getUptime();
    long after = System.nanoTime();
    return before + (after - before) / 2 - uptimeMillis * 1_000_000L;
  }

  private static boolean stopsTheWorld(String collector) {
    return !collector.equals("ZGC") && !collector.endsWith(" Cycles");
  }

  private void onNotification(Notification n, Object handback) {
    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
      return;
    }
    var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData()).getGcInfo();
    long start = nanosAtJvmStart + info.getStartTime() * 1_000_000L;
    pauses.add(new Pause(start, start + info.getDuration() * 1_000_000L));
  }

  /** The pauses that overlap {@code [from, to]} (nanoTime), widened by the clocks' resolution. */
  List<Pause> overlapping(long from, long to) {
    List<Pause> found = new ArrayList<>();
    for (Pause p : pauses) {
      if (p.startNanos() - SLACK_NANOS <= to && p.endNanos() + SLACK_NANOS >= from) {
        found.add(p);
      }
    }
    return found;
  }

  @Override
  public void close() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(listener);
      } catch (ListenerNotFoundException e) {
        // Not registered: nothing to remove.
      }
    }
  }
}
