/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.server.config.ParleyConfig;
import dev.parley.server.store.Database;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The meeting store alone: {@code MeetingAdmissions.admit} in a loop on one thread, with the
 * requesters, ids and links of {@code ComponentLoad meetings} (100,000 requesters cycled in order,
 * random ids, known links), and the allocation and CPU of that thread per admission, without the
 * XMPP path and the other threads, to compare schemas and H2 settings (docs/PERFORMANCE.md,
 * "Meeting links"). The allocation still moves with the machine's load (H2 reads pages back when
 * its writer falls behind): within about 1 % at a load average of 5, by up to 7 % at 20. Settings
 * are given in the JDBC URL; the database is a new H2 file, deleted at the end, unless the URL says
 * otherwise.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.StoreLoad \
 *     [";CACHE_SIZE=65536" | jdbc-url] [warm-up] [measured]
 * </pre>
 */
public final class StoreLoad {
  private static final int REQUESTERS = 100_000;

  private StoreLoad() {}

  public static void main(String[] args) throws Exception {
    String arg = args.length > 0 ? args[0] : "";
    int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 150_000;
    int measured = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
    Path dir = Files.createTempDirectory("parley-store-load-");
    String url =
        arg.startsWith("jdbc:")
            ? arg
            : "jdbc:h2:file:"
                + dir.resolve("parley")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                + arg;
    ParleyConfig.Store settings =
        new ParleyConfig.Store(url, "", "", 2, Duration.ofSeconds(10), Duration.ofMinutes(5));
    BareJid[] requesters = new BareJid[REQUESTERS];
    for (int i = 0; i < REQUESTERS; i++) {
      requesters[i] = JidCreate.bareFrom("user" + i + "@example.org");
    }
    URI invite = URI.create("https://meet.example.org/abcdefghijklmnopqrstuvwxyz");
    URI initiate = URI.create(invite + "?moderator");
    SecureRandom random = new SecureRandom();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long self = Thread.currentThread().getId();
    try (Database db = Database.open(settings)) {
      long n = 0;
      for (int phase = 0; phase < 2; phase++) {
        int count = phase == 0 ? warmUp : measured;
        long bytes = threads.getThreadAllocatedBytes(self);
        long cpu = threads.getThreadCpuTime(self);
        for (int i = 0; i < count; i++, n++) {
          Instant now = Instant.now();
          String id =
              Long.toString(random.nextLong() >>> 1, 32)
                  + Long.toString(random.nextLong() >>> 1, 32);
          db.admissions()
              .admit(
                  requesters[(int) (n % REQUESTERS)],
                  20,
                  Duration.ofHours(1),
                  "jitsi",
                  id,
                  null,
                  now,
                  now.plus(Duration.ofHours(24)),
                  initiate,
                  invite);
        }
        if (phase == 1) {
          System.out.printf(
              "%s: %.2f KB allocated and %.1f µs CPU per admission (the calling thread)%n",
              settings.redactedUrl().replace(dir.toString(), "…"),
              (threads.getThreadAllocatedBytes(self) - bytes) / 1024.0 / count,
              (threads.getThreadCpuTime(self) - cpu) / 1e3 / count);
        }
      }
    } finally {
      TempDir.deleteRecursively(dir);
    }
  }
}
