/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import org.jspecify.annotations.Nullable;

/**
 * The load phones' sockets and threads: one non-blocking UDP socket per phone on loopback, one
 * sender thread that runs the {@link Pacer} over them and one receiver thread that reads them all
 * through a selector. It only moves datagrams: what a phone sends, and what it makes of what it
 * receives (the codec, ICE and SRTP, what is measured), is its owner's — the G.711 ({@link
 * RtpPhones}), plain-RTP Opus ({@link OpusRtpPhones}) and WebRTC ({@link WebRtcPhones}) phones.
 *
 * <p>The threads are daemons named {@code load-<name>-send} and {@code load-<name>-recv} (the
 * programs count the CPU of the {@code load-} threads as the load generator's). A phone's {@link
 * Pacer.Send} and {@link Receiver} run on these two threads only, so each side's state needs no
 * synchronisation; what one side hands the other goes through volatile fields.
 */
final class PhoneSockets implements AutoCloseable {
  private static final int RECEIVE_BUFFER = 256 * 1024;

  /** What the owner does with a datagram one of its phones received (the receiver thread). */
  interface Receiver {
    /**
     * Datagram {@code data[0, length)} arrived at phone {@code phone} from {@code from}; the array
     * is reused for the next datagram as soon as this returns.
     */
    void receive(int phone, byte[] data, int length, InetSocketAddress from) throws IOException;
  }

  private final DatagramChannel[] channels;
  private volatile boolean running = true;
  private volatile long sendOverruns;
  private @Nullable Thread sender;
  private @Nullable Thread receiver;

  /** Opens {@code phones} sockets on loopback; nothing is sent or read before {@link #start}. */
  PhoneSockets(int phones) throws IOException {
    this.channels = new DatagramChannel[phones];
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

  /** Number of phones. */
  int size() {
    return channels.length;
  }

  /** Where phone {@code i} sends from and receives. */
  InetSocketAddress address(int i) throws IOException {
    return (InetSocketAddress) channels[i].getLocalAddress();
  }

  /**
   * Sends {@code packet} (position to limit) from phone {@code i}. The sender and receiver threads
   * may both send (a STUN answer, a DTLS flight); a datagram send needs no ordering between them.
   */
  void send(int i, ByteBuffer packet, InetSocketAddress to) throws IOException {
    channels[i].send(packet, to);
  }

  /**
   * Starts the sender thread ({@code send} runs for every phone once per 20 ms period, see {@link
   * Pacer}) and the receiver thread ({@code receive} runs for every datagram read).
   */
  void start(String name, Pacer.Send send, Receiver receive) {
    if (sender != null) {
      throw new IllegalStateException("already started");
    }
    Thread s = new Thread(() -> sendLoop(send), "load-" + name + "-send");
    Thread r = new Thread(() -> receiveLoop(receive), "load-" + name + "-recv");
    s.setDaemon(true);
    r.setDaemon(true);
    sender = s;
    receiver = r;
    s.start();
    r.start();
  }

  /** Periods in which the sender fell a whole period behind. */
  long sendOverruns() {
    return sendOverruns;
  }

  /** Stops the threads (waiting for them) and closes every socket. */
  @Override
  public void close() throws IOException {
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
    closeChannels();
  }

  private void closeChannels() throws IOException {
    for (DatagramChannel ch : channels) {
      if (ch != null) {
        ch.close();
      }
    }
  }

  private void sendLoop(Pacer.Send send) {
    Pacer.run(channels.length, () -> running, () -> sendOverruns++, send);
  }

  private void receiveLoop(Receiver receive) {
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
                  receive.receive(i, data, buf.position(), from);
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
