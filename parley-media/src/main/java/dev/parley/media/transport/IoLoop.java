/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.transport;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.stats.Counter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One receive thread with a selector over many UDP sockets (non-blocking channels, level
 * triggered): a few of these serve a thousand sockets (docs/PERFORMANCE.md has the measurement
 * against other layouts). Everything that touches a registered channel's registration —
 * registering, retargeting, closing — runs here as a task, so no lock is needed and a closed
 * socket's port is free when its close task completes.
 */
public final class IoLoop implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(IoLoop.class);

  private final Selector selector;
  private final Thread thread;
  private final MediaClock clock;
  private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
  private final ByteBuffer scratch = ByteBuffer.allocate(2048);
  private final Counter wakeups = new Counter();
  private volatile boolean running = true;

  /** Opens the selector and starts the thread. */
  public IoLoop(ThreadFactory threads, MediaClock clock) throws IOException {
    this.selector = Selector.open();
    this.clock = clock;
    this.thread = threads.newThread(this::run);
    thread.start();
  }

  /**
   * Runs {@code task} on the loop thread (soon; the selector is woken). After {@link #close()},
   * runs it on the caller's thread, so resource-releasing tasks still run.
   */
  public void execute(Runnable task) {
    if (!running) {
      task.run();
      return;
    }
    tasks.add(task);
    selector.wakeup();
    if (!running && tasks.remove(task)) {
      task.run(); // closed meanwhile
    }
  }

  /** What reads a registered channel when it is readable (on the loop thread). */
  public interface Handler {
    /** Reads what is waiting on the channel, without blocking. */
    void onReadable(IoLoop loop);
  }

  /** Registers a channel for reading; call on the loop thread (in a task). */
  public SelectionKey register(DatagramChannel channel, Handler handler) throws IOException {
    return channel.register(selector, SelectionKey.OP_READ, handler);
  }

  /**
   * Stops reading {@code channel} (cancels its {@code key}, when it was registered) and closes it;
   * a failure to close is logged at debug. Loop thread only; {@link #flushCancelled} then lets the
   * selector release it, and with it its port.
   */
  public static void unregisterAndClose(@Nullable SelectionKey key, DatagramChannel channel) {
    if (key != null) {
      key.cancel();
    }
    try {
      channel.close();
    } catch (IOException e) {
      LOG.debug("closing a media socket failed", e);
    }
  }

  /** Lets the selector drop cancelled keys now, which closes their channels; loop thread only. */
  public void flushCancelled() {
    try {
      selector.selectNow(this::ready);
    } catch (IOException e) {
      LOG.warn("selectNow failed", e);
    }
  }

  /** The clock that stamps arrivals. */
  public MediaClock clock() {
    return clock;
  }

  /** What {@link #receiveInto} hands each datagram it reads to (loop thread). */
  public interface DatagramHandler {
    /**
     * A datagram from {@code source}, in {@code buf} from its start to its position: the queue's
     * claimed slot, to publish or leave, or — {@code full}: the queue had no room — the loop's
     * scratch buffer, to count and drop. The buffer is reused once this returns.
     */
    void onDatagram(ByteBuffer buf, InetSocketAddress source, boolean full);
  }

  /**
   * Reads up to 64 datagrams waiting on {@code channel} (loop thread), each straight into {@code
   * queue}'s next free slot or, when the queue is full, into the scratch buffer, and hands each to
   * {@code handler}. Stops when nothing is left, when the channel is closed, or at a receive error
   * (counted in {@code errors}, logged at debug: an ICMP unreachable from a peer that left is not
   * news). Allocates nothing: the JDK reuses the source address object while the source does not
   * change.
   */
  public void receiveInto(
      DatagramChannel channel, InboundQueue queue, Counter errors, DatagramHandler handler) {
    for (int i = 0; i < 64; i++) {
      ByteBuffer buf = queue.claim();
      boolean full = buf == null;
      if (buf == null) {
        buf = scratch();
      }
      InetSocketAddress source;
      try {
        source = (InetSocketAddress) channel.receive(buf);
      } catch (ClosedChannelException e) {
        return;
      } catch (IOException e) {
        errors.increment();
        LOG.debug("media receive failed", e);
        return;
      }
      if (source == null) {
        return;
      }
      handler.onDatagram(buf, source, full);
    }
  }

  /** A buffer to read datagrams into that will be dropped; loop thread only. */
  public ByteBuffer scratch() {
    scratch.clear();
    return scratch;
  }

  /** How often the selector woke up with work (for the performance notes). */
  public long wakeups() {
    return wakeups.get();
  }

  private void run() {
    while (running) {
      runTasks();
      try {
        if (selector.select(this::ready, 1000) > 0) {
          wakeups.increment();
        }
      } catch (ClosedSelectorException e) {
        return;
      } catch (IOException e) {
        LOG.warn("select failed", e);
      }
    }
    runTasks();
  }

  private void runTasks() {
    for (Runnable task; (task = tasks.poll()) != null; ) {
      try {
        task.run();
      } catch (RuntimeException e) {
        // the I/O thread's error boundary: one bad task must not stop every participant's I/O
        LOG.error("media I/O task failed", e);
      }
    }
  }

  private void ready(SelectionKey key) {
    if (!key.isValid()) {
      return;
    }
    try {
      ((Handler) key.attachment()).onReadable(this);
    } catch (RuntimeException e) {
      LOG.error("media receive failed", e);
    }
  }

  /** Stops the thread (after running pending tasks) and closes the selector. */
  @Override
  public void close() {
    running = false;
    selector.wakeup();
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    runTasks();
    try {
      selector.close();
    } catch (IOException e) {
      LOG.warn("closing the selector failed", e);
    }
  }
}
