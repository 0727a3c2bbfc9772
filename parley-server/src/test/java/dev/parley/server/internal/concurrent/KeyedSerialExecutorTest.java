/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.internal.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class KeyedSerialExecutorTest {
  private final ExecutorService pool = Executors.newFixedThreadPool(4);

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @Test
  void keepsOrderPerKeyAndNeverRunsAKeyConcurrently() throws Exception {
    KeyedSerialExecutor executor = new KeyedSerialExecutor(pool, 3);
    Map<Integer, List<Integer>> seen = new ConcurrentHashMap<>();
    Map<Integer, AtomicInteger> running = new ConcurrentHashMap<>();
    AtomicInteger overlaps = new AtomicInteger();
    List<Thread> producers = new ArrayList<>();
    for (int p = 0; p < 4; p++) {
      int key = p;
      Thread t =
          new Thread(
              () -> {
                for (int i = 0; i < 2_000; i++) {
                  int n = i;
                  executor.execute(
                      key,
                      () -> {
                        if (running.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet()
                            > 1) {
                          overlaps.incrementAndGet();
                        }
                        seen.computeIfAbsent(
                                key, k -> Collections.synchronizedList(new ArrayList<>()))
                            .add(n);
                        running.get(key).decrementAndGet();
                      });
                }
              });
      producers.add(t);
      t.start();
    }
    for (Thread t : producers) {
      t.join();
    }
    await().atMost(Duration.ofSeconds(10)).until(() -> executor.pending() == 0);
    assertThat(overlaps.get()).isZero();
    for (int key = 0; key < 4; key++) {
      List<Integer> got = seen.get(key);
      assertThat(got).hasSize(2_000);
      for (int i = 0; i < 2_000; i++) {
        assertThat(got.get(i)).isEqualTo(i);
      }
    }
    assertThat(executor.activeKeys()).isZero();
  }

  @Test
  void differentKeysRunInParallel() throws Exception {
    KeyedSerialExecutor executor = new KeyedSerialExecutor(pool, 8);
    CountDownLatch both = new CountDownLatch(2);
    CountDownLatch release = new CountDownLatch(1);
    for (String key : List.of("a", "b")) {
      executor.execute(
          key,
          () -> {
            both.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    assertThat(both.await(5, TimeUnit.SECONDS)).isTrue();
    release.countDown();
  }

  @Test
  void aFailingTaskDoesNotStopTheKey() throws Exception {
    KeyedSerialExecutor executor = new KeyedSerialExecutor(pool, 8);
    CountDownLatch after = new CountDownLatch(1);
    executor.execute(
        "k",
        () -> {
          throw new IllegalStateException("boom");
        });
    executor.execute("k", after::countDown);
    assertThat(after.await(5, TimeUnit.SECONDS)).isTrue();
  }
}
