/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import dev.parley.media.MediaThreadPriority;
import dev.parley.media.internal.os.ThreadScheduling;
import dev.parley.media.stats.LatencyHistogram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.util.List;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * What the load phones share: one non-blocking UDP socket per phone on loopback, one sender thread
 * that runs the {@link Pacer} over them, one receiver thread that reads them all through a
 * selector, and the rooms' hop latency probes ({@link HopProbes}). A subclass says what a phone
 * sends ({@link #send(int, long, InetSocketAddress)}) and what it makes of what it receives ({@link
 * #receive}): the codec, ICE and SRTP, what it counts — the G.711 ({@link RtpPhones}), plain-RTP
 * Opus ({@link OpusRtpPhones}) and WebRTC ({@link WebRtcPhones}) phones.
 *
 * <p>The threads are daemons named {@code load-<name>-send} and {@code load-<name>-recv} (the
 * programs count the CPU of the {@code load-} threads as the load generator's). {@link #send(int,
 * long, InetSocketAddress)} runs on the first only and {@link #receive} on the second only, so each
 * side's state needs no synchronisation; what one side hands the other goes through volatile fields
 * (the bridge addresses and counts: atomic arrays).
 */
abstract class LoadPhones implements AutoCloseable {
  private static final int RECEIVE_BUFFER = 256 * 1024;

  private final String name;
  private final DatagramChannel[] channels;
  private final HopProbes probes;
  private final AtomicReferenceArray<InetSocketAddress> bridges;
  private final AtomicLongArray received; // one writer: the receiver thread
  private volatile boolean running = true;
  private volatile long sendOverruns;
  private @Nullable Thread sender;
  private @Nullable Thread receiver;

  /**
   * Opens {@code phones} sockets on loopback for phones in {@code rooms} rooms; nothing is sent or
   * read before {@link #start}.
   */
  LoadPhones(String name, int phones, int rooms) throws IOException {
    this.name = name;
    this.probes = new HopProbes(rooms);
    this.channels = new DatagramChannel[phones];
    this.bridges = new AtomicReferenceArray<>(phones);
    this.received = new AtomicLongArray(phones);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    try {
      for (int i = 0; i < phones; i++) {
        DatagramChannel ch = DatagramChannel.open();
        channels[i] = ch;
        ch.bind(new InetSocketAddress(loopback, 0));
        ch.configureBlocking(false);
        ch.setOption(StandardSocketOptions.SO_RCVBUF, RECEIVE_BUFFER);
      }
    } catch (IOException e) {
      closeChannels();
      throw e;
    }
  }

  /**
   * Phone {@code phone}'s turn in period {@code frame}, to send to {@code bridge} (the sender
   * thread, once per phone and 20 ms period, see {@link Pacer}; only once the phone is {@link
   * #connect connected}).
   */
  abstract void send(int phone, long frame, InetSocketAddress bridge) throws IOException;

  /**
   * Datagram {@code data[0, length)} arrived at phone {@code phone} from {@code from} (the receiver
   * thread); the array is reused for the next datagram as soon as this returns.
   */
  abstract void receive(int phone, byte[] data, int length, InetSocketAddress from)
      throws IOException;

  /** Number of phones. */
  final int size() {
    return channels.length;
  }

  /** Where phone {@code i} sends from and receives. */
  final InetSocketAddress address(int i) throws IOException {
    return (InetSocketAddress) channels[i].getLocalAddress();
  }

  /**
   * Sends {@code packet} (position to limit) from phone {@code i}. The sender and receiver threads
   * may both send (a STUN answer, a DTLS flight); a datagram send needs no ordering between them.
   */
  final void send(int i, ByteBuffer packet, InetSocketAddress to) throws IOException {
    channels[i].send(packet, to);
  }

  /** The bridge answered phone {@code i}: it sends to {@code bridge} from now on. */
  final void connect(int i, InetSocketAddress bridge) {
    bridges.set(i, bridge);
  }

  /** Where phone {@code i} sends, or null before the bridge answered it. */
  final @Nullable InetSocketAddress bridge(int i) {
    return bridges.get(i);
  }

  /**
   * Counts a packet phone {@code i} received (the receiver thread; what counts is the caller's).
   */
  final void countReceived(int i) {
    received.lazySet(i, received.get(i) + 1);
  }

  /** The packets each phone has counted so far. */
  final long[] receivedPerPhone() {
    long[] n = new long[received.length()];
    for (int i = 0; i < n.length; i++) {
      n[i] = received.get(i);
    }
    return n;
  }

  /** The packets every phone has counted so far. */
  final long received() {
    long n = 0;
    for (int i = 0; i < received.length(); i++) {
      n += received.get(i);
    }
    return n;
  }

  /** The rooms' probes and listeners. */
  final HopProbes probes() {
    return probes;
  }

  /** Hop latencies measured so far (one writer: the receiver thread). */
  final LatencyHistogram latency() {
    return probes.latency();
  }

  /** Every hop latency sample so far, oldest first (for tracing a latency figure's tail). */
  final List<HopProbes.Hop> hops() {
    return probes.hops();
  }

  /** Starts the sender and receiver threads. */
  final void start() {
    start(MediaThreadPriority.NORMAL);
  }

  /**
   * Starts the sender and receiver threads at {@code priority} (or as close as permitted: see
   * {@link ThreadScheduling}). A bridge whose media threads run at a raised priority would
   * otherwise delay the phones that share its cores, which phones on machines of their own are not:
   * their late packets would look like network jitter to the bridge's jitter buffers.
   */
  final void start(MediaThreadPriority priority) {
    if (sender != null) {
      throw new IllegalStateException("already started");
    }
    Thread s = new Thread(raised(priority, this::sendLoop), "load-" + name + "-send");
    Thread r = new Thread(raised(priority, this::receiveLoop), "load-" + name + "-recv");
    s.setDaemon(true);
    r.setDaemon(true);
    sender = s;
    receiver = r;
    s.start();
    r.start();
  }

  private static Runnable raised(MediaThreadPriority priority, Runnable loop) {
    return () -> {
      ThreadScheduling.Outcome o = ThreadScheduling.raiseCurrentThread(priority);
      if (o.refusal() != null) {
        System.err.println(Thread.currentThread().getName() + ": " + o.refusal());
      }
      loop.run();
    };
  }

  /** Periods in which the sender fell a whole period behind. */
  final long sendOverruns() {
    return sendOverruns;
  }

  /**
   * Stops the threads (waiting for them) and closes every socket. A subclass that holds more (a
   * decoder) frees it after this returns: the threads that used it have stopped.
   */
  @Override
  public void close() throws IOException {
    stop();
    closeChannels();
  }

  /**
   * Stops sending and receiving and waits for the threads to end; the sockets stay open until
   * {@link #close}. For a program that stops its phones before it stops the bridge they call, so
   * that the bridge does not see them vanish mid-call while it shuts down.
   */
  final void stop() {
    running = false;
    try {
      if (sender != null) {
        sender.join();
      }
      if (receiver != null) {
        receiver.join();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void closeChannels() throws IOException {
    for (DatagramChannel ch : channels) {
      if (ch != null) {
        ch.close();
      }
    }
  }

  private void sendLoop() {
    Pacer.run(
        channels.length,
        () -> running,
        () -> sendOverruns++,
        (i, frame) -> {
          InetSocketAddress to = bridges.get(i);
          if (to != null) {
            send(i, frame, to);
          }
        });
  }

  private void receiveLoop() {
    ByteBuffer buf = ByteBuffer.allocate(2048);
    byte[] data = buf.array();
    try (Selector selector = Selector.open()) {
      for (int i = 0; i < channels.length; i++) {
        channels[i].register(selector, SelectionKey.OP_READ, i);
      }
      while (running) {
        selector.select(
            key -> {
              int i = (Integer) key.attachment();
              try {
                while (true) {
                  buf.clear();
                  InetSocketAddress from = (InetSocketAddress) channels[i].receive(buf);
                  if (from == null) {
                    return;
                  }
                  receive(i, data, buf.position(), from);
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            },
            100);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
