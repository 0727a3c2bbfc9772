/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.mixer;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.stats.Counter;
import dev.parley.media.stats.HistogramSnapshot;
import dev.parley.media.stats.LatencyHistogram;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The media clock: a small, fixed set of threads, each running its rooms and phones once per period
 * (20 ms) against absolute deadlines, so lateness never accumulates.
 *
 * <p>A room lives on one thread for its whole life (its state needs no locks); a new room goes to
 * the thread with the least weight (participants) at that moment. A thread that falls behind runs
 * the missed ticks back to back (every participant is owed its frames); if it falls more than
 * {@value #MAX_LAG_TICKS} periods behind (a long GC pause, a starved machine) it skips to the
 * present and tells the rooms how many periods passed, so their RTP clocks stay true. Lateness and
 * work per tick go into histograms ({@link #stats()}); a tick that ends more than a period after
 * its deadline (the next one will start late) is also kept as a {@link SlowTick}, with when it
 * happened and which member took longest, so that a stall can be placed in time and in a room.
 * Timing a member costs one clock read per member per tick, and the thread's CPU time is read at
 * the start and end of each tick (two more clock reads), which tells a tick that was slow because
 * it computed (CPU time close to its work) from one that was slow because its thread did not run
 * (preempted, or stopped by the JVM).
 *
 * <p>Rooms and phones can be added and removed while the threads tick: each thread's members are a
 * copy-on-write array.
 */
public final class TickScheduler implements AutoCloseable {
  /** How far behind a thread may fall before it skips ticks. */
  public static final int MAX_LAG_TICKS = 5;

  /** How many of its last slow ticks each thread keeps for {@link TickStats#recentSlow()}. */
  public static final int RECENT_SLOW_TICKS = 16;

  private static final Logger LOG = LoggerFactory.getLogger(TickScheduler.class);

  private final TickThread[] threads;

  /** A handle to take a member off its thread. */
  public interface Registration {
    /** Stops ticking the member; returns at once (the member may still be in its last tick). */
    void cancel();
  }

  /** Starts {@code threads} tick threads with the given period. */
  public TickScheduler(int threads, long periodNanos, MediaClock clock, ThreadFactory factory) {
    if (threads < 1) {
      throw new IllegalArgumentException("at least one tick thread");
    }
    this.threads = new TickThread[threads];
    for (int i = 0; i < threads; i++) {
      // staggered: thread i ticks i/n of a period after thread 0, so they do not all wake at once
      this.threads[i] = new TickThread(periodNanos, periodNanos * i / threads, clock);
    }
    for (TickThread t : this.threads) {
      t.start(factory);
    }
  }

  /** Ticks {@code member} from the next tick on, on the least loaded thread. */
  public Registration add(Tickable member) {
    TickThread best = threads[0];
    for (TickThread t : threads) {
      if (t.weight() < best.weight()) {
        best = t;
      }
    }
    TickThread chosen = best;
    chosen.add(member);
    return () -> chosen.remove(member);
  }

  /** Timing of all threads together. */
  public TickStats stats() {
    long ticks = 0;
    long overruns = 0;
    long skipped = 0;
    long slow = 0;
    @Nullable SlowTick slowest = null;
    List<SlowTick> recent = new ArrayList<>();
    HistogramSnapshot lateness = HistogramSnapshot.empty();
    HistogramSnapshot work = HistogramSnapshot.empty();
    for (TickThread t : threads) {
      ticks += t.ticks.get();
      overruns += t.overruns.get();
      skipped += t.skipped.get();
      lateness = lateness.merge(t.lateness.snapshot());
      work = work.merge(t.work.snapshot());
      slow += t.slow.get();
      SlowTick s = t.slowest;
      if (s != null && (slowest == null || s.delayMicros() > slowest.delayMicros())) {
        slowest = s;
      }
      recent.addAll(t.recentSlow.get());
    }
    recent.sort(Comparator.comparingLong(SlowTick::atMillis));
    return new TickStats(ticks, lateness, work, overruns, skipped, slow, slowest, recent);
  }

  /** The members of each thread (for tests and diagnostics). */
  public List<List<Tickable>> members() {
    List<List<Tickable>> out = new ArrayList<>();
    for (TickThread t : threads) {
      out.add(List.of(t.members.get()));
    }
    return out;
  }

  /** Stops the threads after their current tick. */
  @Override
  public void close() {
    for (TickThread t : threads) {
      t.stop();
    }
  }

  private static final class TickThread implements Runnable {
    private final long period;
    private final long phase;
    private final MediaClock clock;
    private final AtomicReference<Tickable[]> members = new AtomicReference<>(new Tickable[0]);
    private final LatencyHistogram lateness = new LatencyHistogram();
    private final LatencyHistogram work = new LatencyHistogram();
    private final Counter ticks = new Counter();
    private final Counter overruns = new Counter();
    private final Counter skipped = new Counter();
    private final Counter slow = new Counter();
    private final AtomicReference<List<SlowTick>> recentSlow = new AtomicReference<>(List.of());
    private volatile @Nullable SlowTick slowest;
    private final ThreadMXBean threadBean = ManagementFactory.getThreadMXBean();
    private final boolean cpuTime = threadBean.isCurrentThreadCpuTimeSupported();
    private volatile boolean running = true;
    private Thread thread;
    private long failures;
    private long lastFailureLog = Long.MIN_VALUE;

    TickThread(long period, long phase, MediaClock clock) {
      this.period = period;
      this.phase = phase;
      this.clock = clock;
    }

    void start(ThreadFactory factory) {
      thread = factory.newThread(this);
      thread.setPriority(Thread.MAX_PRIORITY);
      thread.start();
    }

    int weight() {
      int w = 0;
      for (Tickable t : members.get()) {
        w += t.weight();
      }
      return w;
    }

    void add(Tickable t) {
      members.updateAndGet(
          a -> {
            Tickable[] b = Arrays.copyOf(a, a.length + 1);
            b[a.length] = t;
            return b;
          });
    }

    void remove(Tickable t) {
      members.updateAndGet(a -> Arrays.stream(a).filter(m -> m != t).toArray(Tickable[]::new));
    }

    void stop() {
      running = false;
      LockSupport.unpark(thread);
      try {
        thread.join(5_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Logs a failed tick, at most every ten seconds per thread (a broken room fails each tick). */
    private void failed(Tickable t, RuntimeException e, long now) {
      failures++;
      if (lastFailureLog == Long.MIN_VALUE || now - lastFailureLog >= 10_000_000_000L) {
        LOG.error("tick failed for {} ({} failures on this thread so far)", t, failures, e);
        lastFailureLog = now;
      }
    }

    @Override
    public void run() {
      long next = clock.nanoTime() + period + phase;
      while (running) {
        long now = clock.nanoTime();
        long wait = next - now;
        if (wait > 0) {
          LockSupport.parkNanos(wait);
          continue;
        }
        int elapsed = 1;
        if (-wait >= MAX_LAG_TICKS * period) {
          long missed = -wait / period;
          skipped.add(missed);
          elapsed += (int) missed;
          next += missed * period;
        }
        long late = now - next;
        lateness.recordNanos(late);
        if (late >= period) {
          overruns.increment();
        }
        long cpuStart = cpuNanos();
        long memberStart = now;
        @Nullable Tickable slowestMember = null;
        long slowestMemberNanos = 0;
        for (Tickable t : members.get()) {
          try {
            t.tick(now, elapsed);
          } catch (RuntimeException e) {
            // the tick thread's error boundary: a bug in one room must not silence the others
            failed(t, e, now);
          }
          long memberEnd = clock.nanoTime();
          if (slowestMember == null || memberEnd - memberStart > slowestMemberNanos) {
            slowestMember = t;
            slowestMemberNanos = memberEnd - memberStart;
          }
          memberStart = memberEnd;
        }
        long end = slowestMember == null ? clock.nanoTime() : memberStart;
        long cpu = cpuNanos() - cpuStart;
        ticks.increment();
        work.recordNanos(end - now);
        if (end - next > period) {
          slow(now, late, end - now, cpu, slowestMember, slowestMemberNanos);
        }
        next += period;
      }
    }

    /** This thread's CPU time, or −1 where the JVM cannot measure it. */
    private long cpuNanos() {
      return cpuTime ? threadBean.getCurrentThreadCpuTime() : -1;
    }

    /** Keeps a tick that ended more than a period after its deadline (rare: allocates). */
    private void slow(
        long start,
        long lateNanos,
        long workNanos,
        long cpuNanos,
        @Nullable Tickable slowestMember,
        long slowestMemberNanos) {
      slow.increment();
      SlowTick t =
          new SlowTick(
              Thread.currentThread().getName(),
              clock.wallMillis() - (clock.nanoTime() - start) / 1_000_000,
              lateNanos / 1_000,
              workNanos / 1_000,
              cpuNanos < 0 ? -1 : cpuNanos / 1_000,
              slowestMember == null ? "" : slowestMember.toString(),
              slowestMemberNanos / 1_000);
      SlowTick worst = slowest;
      if (worst == null || t.delayMicros() > worst.delayMicros()) {
        slowest = t;
      }
      List<SlowTick> recent = recentSlow.get();
      List<SlowTick> next =
          new ArrayList<>(
              recent.subList(recent.size() == RECENT_SLOW_TICKS ? 1 : 0, recent.size()));
      next.add(t);
      recentSlow.set(List.copyOf(next));
    }
  }
}
