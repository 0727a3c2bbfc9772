/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.internal.os;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.MediaThreadPriority;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A media engine's tick and I/O threads run at its configured priority (or as close as this process
 * may have it), and its other threads do not; as the kernel reports them.
 */
class MediaEnginePriorityTest {
  record NamedThread(String name, ThreadSchedulingTest.Scheduling scheduling) {}

  private static List<NamedThread> mediaThreads() throws IOException {
    List<NamedThread> found = new ArrayList<>();
    try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
      for (Path t : tasks.toList()) {
        try {
          String name = Files.readString(t.resolve("comm"), StandardCharsets.US_ASCII).trim();
          if (name.startsWith("parley-media-")) {
            found.add(new NamedThread(name, ThreadSchedulingTest.Scheduling.of(t.resolve("stat"))));
          }
        } catch (IOException ended) {
          // the thread ended while listed
        }
      }
    }
    return found;
  }

  /**
   * Whether a thread is a tick or I/O thread: the kernel keeps 15 bytes of a thread's name, so
   * {@code parley-media-tick-1} is {@code parley-media-ti} there (the other roles are {@code dtls}
   * and {@code turn}).
   */
  private static boolean tickOrIo(NamedThread t) {
    return t.name().equals("parley-media-ti") || t.name().equals("parley-media-io");
  }

  @Test
  void tickAndIoThreadsRunAtTheConfiguredPriority() throws Exception {
    MediaThreadPriority expected =
        ThreadSchedulingTest.Privileges.ofThisProcess().expected(MediaThreadPriority.REALTIME);
    MediaConfig config =
        MediaConfig.defaults().withThreads(2, 2).withThreadPriority(MediaThreadPriority.REALTIME);
    try (MediaEngine engine = MediaEngine.start(config)) {
      // each thread raises itself when it starts, and a tick thread may not have started yet
      List<NamedThread> all = mediaThreads();
      for (int i = 0; i < 100 && !allFourRaised(all, expected); i++) {
        Thread.sleep(20);
        all = mediaThreads();
      }
      assertThat(all.stream().filter(MediaEnginePriorityTest::tickOrIo))
          .as("%s", all)
          .hasSize(4)
          .allSatisfy(t -> assertThat(runsAt(t, expected)).as(t.toString()).isTrue());
      assertThat(all.stream().filter(t -> !tickOrIo(t)))
          .allSatisfy(
              t -> assertThat(runsAt(t, MediaThreadPriority.NORMAL)).as(t.toString()).isTrue());
    }
  }

  private static boolean allFourRaised(List<NamedThread> all, MediaThreadPriority expected) {
    List<NamedThread> raised = all.stream().filter(MediaEnginePriorityTest::tickOrIo).toList();
    return raised.size() == 4 && raised.stream().allMatch(t -> runsAt(t, expected));
  }

  private static boolean runsAt(NamedThread t, MediaThreadPriority p) {
    ThreadSchedulingTest.Scheduling s = t.scheduling();
    return switch (p) {
      case REALTIME -> s.policy() == 2 && s.rtPriority() == ThreadScheduling.REALTIME_PRIORITY;
      case HIGH -> s.policy() == 0 && s.nice() == ThreadScheduling.HIGH_NICE;
      case NORMAL -> s.policy() == 0 && s.nice() == 0;
    };
  }

  @Test
  void normalLeavesEveryMediaThreadAlone() throws Exception {
    try (MediaEngine engine = MediaEngine.start(MediaConfig.defaults().withThreads(2, 2))) {
      assertThat(mediaThreads())
          .isNotEmpty()
          .allSatisfy(
              t -> assertThat(runsAt(t, MediaThreadPriority.NORMAL)).as(t.toString()).isTrue());
    }
  }
}
