/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * How to receive on a thousand UDP sockets: the question behind the media engine's I/O threads. One
 * sender thread sends 172-byte datagrams (a 20 ms G.711 packet) round-robin to N sockets at a fixed
 * rate; the receiving side is one of:
 *
 * <ul>
 *   <li>{@code selector}: T threads, each with a selector over N/T non-blocking sockets, reading
 *       every ready socket dry (what {@code IoLoop} does);
 *   <li>{@code blocking}: one thread per socket, blocked in {@code receive};
 *   <li>{@code tickpoll}: one thread that wakes every 20 ms and drains every socket with
 *       non-blocking reads (no readiness notification; arrival times quantised to the tick).
 * </ul>
 *
 * Reports the receiving threads' CPU per datagram and as a share of the machine.
 *
 * <pre>
 * java -cp parley-bench/target/benchmarks.jar dev.parley.bench.load.UdpReceiveLoad \
 *     mode=selector|blocking|tickpoll [sockets=1000] [pps=50000] [threads=1] [seconds=20]
 * </pre>
 */
public final class UdpReceiveLoad {
  private static final String PREFIX = "recv-";

  private UdpReceiveLoad() {}

  public static void main(String[] args) throws Exception {
    java.util.Map<String, String> o = LoadArgs.parse(args);
    String mode = o.getOrDefault("mode", "selector");
    int sockets = Integer.parseInt(o.getOrDefault("sockets", "1000"));
    int pps = Integer.parseInt(o.getOrDefault("pps", "50000"));
    int threads = Integer.parseInt(o.getOrDefault("threads", "1"));
    int seconds = Integer.parseInt(o.getOrDefault("seconds", "20"));

    InetAddress loopback = InetAddress.getLoopbackAddress();
    List<DatagramChannel> channels = new ArrayList<>();
    for (int i = 0; i < sockets; i++) {
      DatagramChannel ch = DatagramChannel.open().bind(new InetSocketAddress(loopback, 0));
      ch.configureBlocking(mode.equals("blocking"));
      channels.add(ch);
    }
    AtomicLong received = new AtomicLong();
    List<Thread> receivers = new ArrayList<>();
    switch (mode) {
      case "selector" -> {
        for (int t = 0; t < threads; t++) {
          Selector selector = Selector.open();
          for (int i = t; i < sockets; i += threads) {
            channels.get(i).register(selector, SelectionKey.OP_READ);
          }
          receivers.add(new Thread(() -> selectLoop(selector, received), PREFIX + "selector-" + t));
        }
      }
      case "blocking" -> {
        for (int i = 0; i < sockets; i++) {
          DatagramChannel ch = channels.get(i);
          receivers.add(new Thread(() -> blockingLoop(ch, received), PREFIX + "blocking-" + i));
        }
      }
      case "tickpoll" ->
          receivers.add(new Thread(() -> tickPollLoop(channels, received), PREFIX + "tickpoll"));
      default -> throw new IllegalArgumentException("mode=selector|blocking|tickpoll");
    }
    for (Thread t : receivers) {
      t.setDaemon(true);
      t.start();
    }
    Thread sender = new Thread(() -> send(channels, pps), "send");
    sender.setDaemon(true);
    sender.start();

    TimeUnit.SECONDS.sleep(5); // warm-up
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    long cpu0 = cpu(mx);
    long rx0 = received.get();
    long t0 = System.nanoTime();
    TimeUnit.SECONDS.sleep(seconds);
    double wall = (System.nanoTime() - t0) / 1e9;
    double cpu = (cpu(mx) - cpu0) / 1e9;
    long rx = received.get() - rx0;
    int cores = Runtime.getRuntime().availableProcessors();
    System.out.printf(
        "%s, %d sockets, %d receive thread(s), offered %,d pps: received %,.0f pps; receive CPU %.1f %% of the machine, %.2f µs per datagram%n",
        mode, sockets, receivers.size(), pps, rx / wall, 100 * cpu / wall / cores, cpu * 1e6 / rx);
    System.exit(0);
  }

  private static long cpu(ThreadMXBean mx) {
    long total = 0;
    for (Thread t : LiveThreads.all()) {
      if (t.getName().startsWith(PREFIX)) {
        total += mx.getThreadCpuTime(t.getId());
      }
    }
    return total;
  }

  private static void send(List<DatagramChannel> channels, int pps) {
    try (DatagramChannel out = DatagramChannel.open()) {
      List<InetSocketAddress> targets = new ArrayList<>();
      for (DatagramChannel ch : channels) {
        targets.add((InetSocketAddress) ch.getLocalAddress());
      }
      ByteBuffer packet = ByteBuffer.allocate(172);
      long perMs = pps / 1000;
      long start = System.nanoTime();
      int next = 0;
      for (long ms = 0; ; ms++) {
        long wait = start + ms * 1_000_000 - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        for (int i = 0; i < perMs; i++) {
          packet.clear();
          out.send(packet, targets.get(next));
          next = (next + 1) % targets.size();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void selectLoop(Selector selector, AtomicLong received) {
    ByteBuffer buf = ByteBuffer.allocate(1500);
    try {
      while (true) {
        selector.select(
            key -> {
              DatagramChannel ch = (DatagramChannel) key.channel();
              try {
                while (true) {
                  buf.clear();
                  if (ch.receive(buf) == null) {
                    return;
                  }
                  received.incrementAndGet();
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void blockingLoop(DatagramChannel ch, AtomicLong received) {
    ByteBuffer buf = ByteBuffer.allocate(1500);
    try {
      while (true) {
        buf.clear();
        ch.receive(buf);
        received.incrementAndGet();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void tickPollLoop(List<DatagramChannel> channels, AtomicLong received) {
    ByteBuffer buf = ByteBuffer.allocate(1500);
    long start = System.nanoTime();
    try {
      for (long tick = 1; ; tick++) {
        long wait = start + tick * 20_000_000L - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        for (DatagramChannel ch : channels) {
          while (true) {
            buf.clear();
            if (ch.receive(buf) == null) {
              break;
            }
            received.incrementAndGet();
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
