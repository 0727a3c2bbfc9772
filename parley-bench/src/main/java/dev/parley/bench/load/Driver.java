/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.protocol.stanza.Iq;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.jspecify.annotations.Nullable;

/**
 * Sends requests (pings, or what {@link #requests} makes) over a component link and matches the
 * replies by id: as fast as a window of {@value #WINDOW} outstanding requests allows ({@link
 * #throughput}), or at a fixed rate ({@link #paced}).
 */
final class Driver {
  /** Requests in flight at most while measuring throughput. */
  static final int WINDOW = 2_000;

  /** {@code count} replies in {@code seconds}. */
  record Result(long count, double seconds) {}

  private final RawComponentLink link;
  private final String from;
  private volatile String to;
  private volatile Semaphore window;
  private volatile CountDownLatch done;
  // Off the Java heap: arrays of 75,000 longs live through a whole paced window, and when the
  // driver shares Parley's JVM, G1 would copy them at every young collection of the process it
  // measures (about 1.2 MB per pause at 5,000/s).
  private volatile @Nullable LongBuffer sentAt;
  private volatile @Nullable LongBuffer latency;
  private final AtomicLong received = new AtomicLong();
  private volatile long base;

  Driver(RawComponentLink link, String to, String from) {
    this.link = link;
    this.to = to;
    this.from = from;
    link.read(this::onReply);
  }

  /** Sends the next pings to another entity over the same link. */
  void target(String entity) {
    this.to = entity;
  }

  private void onReply(Iq iq) {
    String id = iq.id();
    if (id == null || !id.startsWith("p") || iq.type() == Iq.Type.GET) {
      return;
    }
    int n = Integer.parseInt(id, 1, id.length(), 10);
    LongBuffer s = sentAt;
    LongBuffer l = latency;
    if (s != null && l != null && n - base >= 0 && n - base < s.capacity()) {
      int i = (int) (n - base);
      l.put(i, System.nanoTime() - s.get(i));
    }
    received.incrementAndGet();
    Semaphore w = window;
    if (w != null) {
      w.release();
    }
    CountDownLatch d = done;
    if (d != null) {
      d.countDown();
    }
  }

  /** The request number n: a ping, or what {@link #requests} says. */
  private byte[] ping(long n) {
    if (requests != null) {
      return requests.apply(n);
    }
    return ("<iq type='get' id='p"
            + n
            + "' from='"
            + from
            + "' to='"
            + to
            + "'><ping xmlns='urn:xmpp:ping'/></iq>")
        .getBytes(StandardCharsets.UTF_8);
  }

  private volatile java.util.function.LongFunction<byte[]> requests;

  /** Sends other requests than pings; request n must carry the id {@code p<n>}. */
  void requests(java.util.function.LongFunction<byte[]> r) {
    this.requests = r;
  }

  private long next;

  Result throughput(int count) throws Exception {
    sentAt = null;
    window = new Semaphore(WINDOW);
    done = new CountDownLatch(count);
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      if (!window.tryAcquire()) {
        link.flush();
        window.acquire();
      }
      link.send(ping(next++));
    }
    link.flush();
    if (!done.await(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("replies missing: " + done.getCount());
    }
    return new Result(count, (System.nanoTime() - start) / 1e9);
  }

  Paced paced(int rate, int seconds) throws Exception {
    int count = rate * seconds;
    window = null;
    base = next;
    LongBuffer latencies = offHeap(count);
    LongBuffer sent = offHeap(count);
    latency = latencies;
    sentAt = sent;
    done = new CountDownLatch(count);
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < count; i++) {
      long due = start + i * interval;
      // Park until the send time rather than spin: on a 2-core machine a spinning pacer would
      // take a whole core from the component it is measuring.
      for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
        LockSupport.parkNanos(wait);
      }
      sent.put(i, System.nanoTime());
      link.send(ping(next++));
      link.flush();
    }
    if (!done.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("replies missing: " + done.getCount());
    }
    long[] l = new long[count];
    long[] s = new long[count];
    latencies.get(0, l);
    sent.get(0, s);
    sentAt = null;
    latency = null;
    return new Paced(start, interval, s, l);
  }

  private static LongBuffer offHeap(int count) {
    return ByteBuffer.allocateDirect(count * Long.BYTES)
        .order(ByteOrder.nativeOrder())
        .asLongBuffer();
  }
}
