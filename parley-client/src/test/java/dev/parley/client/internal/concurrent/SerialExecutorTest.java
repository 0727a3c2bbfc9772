/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.internal.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SerialExecutorTest {
  /**
   * Many threads submit onto a pool of four: tasks never overlap, and each thread's stay in order.
   */
  @Test
  void runsOneTaskAtATimeInSubmissionOrderOnTheDelegate() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4, r -> new Thread(r, "delegate"));
    ExecutorService submitters = Executors.newFixedThreadPool(4);
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      AtomicInteger running = new AtomicInteger();
      List<String> seen = new ArrayList<>(); // touched by the serial tasks only
      List<String> threads = new ArrayList<>();
      int perSubmitter = 2_000;
      CountDownLatch done = new CountDownLatch(4 * perSubmitter);
      for (int s = 0; s < 4; s++) {
        int submitter = s;
        submitters.execute(
            () -> {
              for (int i = 0; i < perSubmitter; i++) {
                int n = i;
                serial.execute(
                    () -> {
                      assertThat(running.incrementAndGet()).isEqualTo(1);
                      seen.add(submitter + ":" + n);
                      threads.add(Thread.currentThread().getName());
                      running.decrementAndGet();
                      done.countDown();
                    });
              }
            });
      }
      assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
      CountDownLatch last = new CountDownLatch(1);
      serial.execute(last::countDown);
      assertThat(last.await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(seen).hasSize(4 * perSubmitter);
      for (int s = 0; s < 4; s++) {
        String prefix = s + ":";
        List<Integer> order =
            seen.stream()
                .filter(x -> x.startsWith(prefix))
                .map(x -> Integer.parseInt(x.substring(prefix.length())))
                .toList();
        assertThat(order).isSorted().hasSize(perSubmitter);
      }
      assertThat(threads).containsOnly("delegate");
    } finally {
      submitters.shutdownNow();
      pool.shutdownNow();
    }
  }

  @Test
  void aFailingTaskDoesNotStopTheNext() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      SerialExecutor serial = new SerialExecutor(pool);
      CountDownLatch after = new CountDownLatch(1);
      serial.execute(
          () -> {
            throw new IllegalStateException("a listener's bug");
          });
      serial.execute(after::countDown);
      assertThat(after.await(10, TimeUnit.SECONDS)).isTrue();
    } finally {
      pool.shutdownNow();
    }
  }

  /** A task submitted after the delegate was shut down is dropped, not thrown at the submitter. */
  @Test
  void aTaskAfterTheDelegateShutDownIsDropped() throws Exception {
    ExecutorService pool = Executors.newSingleThreadExecutor();
    SerialExecutor serial = new SerialExecutor(pool);
    CountDownLatch ran = new CountDownLatch(1);
    serial.execute(ran::countDown);
    assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    AtomicInteger late = new AtomicInteger();

    serial.execute(late::incrementAndGet);

    assertThat(late).hasValue(0);
  }
}
