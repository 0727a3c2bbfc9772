/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.ice.ChannelData;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a relayed ICE leg adds per media packet to the host path, on a 172-byte packet (G.711, 20
 * ms): sending is {@code hostSend} (a view over the packet, one {@code send} to loopback) versus
 * {@code relayedSend} (the 4-byte ChannelData header and a copy into the leg's frame buffer, then
 * the same {@code send} of 176 bytes); receiving adds {@code relayedUnframe} (the TURN server's
 * address check and the in-place move of the data behind the header) to the same receive. The sink
 * socket's buffer is drained by the kernel dropping what overflows (nobody reads it), so the send
 * cost is the syscall's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TurnRelayBench {
  byte[] packet = new byte[172];
  byte[] received = new byte[1500];
  byte[] framed;
  ByteBuffer view;
  ByteBuffer frame = ByteBuffer.allocate(ChannelData.HEADER + 1500);
  DatagramChannel out;
  DatagramChannel sink;
  InetSocketAddress to;
  InetSocketAddress server;
  InetSocketAddress source;

  @Setup
  public void setup() throws IOException {
    packet[0] = (byte) 0x80;
    view = ByteBuffer.wrap(packet);
    InetAddress lo = InetAddress.getLoopbackAddress();
    sink = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
    out = DatagramChannel.open().bind(new InetSocketAddress(lo, 0));
    to = (InetSocketAddress) sink.getLocalAddress();
    server = new InetSocketAddress(lo, 3478);
    source = new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 3478);
    ByteBuffer f = ChannelData.frame(ByteBuffer.allocate(176), 0x4000, packet, 0, packet.length);
    framed = f.array();
  }

  @TearDown
  public void tearDown() throws IOException {
    out.close();
    sink.close();
  }

  @Benchmark
  public int hostSend() throws IOException {
    view.limit(packet.length).position(0);
    return out.send(view, to);
  }

  @Benchmark
  public int relayedSend() throws IOException {
    return out.send(ChannelData.frame(frame, 0x4000, packet, 0, packet.length), to);
  }

  /** The receive path's extra work: is it from the server, is it ChannelData, unframe. */
  @Benchmark
  public int relayedUnframe() {
    System.arraycopy(framed, 0, received, 0, framed.length); // what the receive wrote
    if (!source.equals(server) || !ChannelData.is(received[0])) {
      throw new IllegalStateException();
    }
    return ChannelData.unframe(received, framed.length, 0x4000);
  }

  /** The baseline of {@code relayedUnframe}: only the copy standing for the receive. */
  @Benchmark
  public int hostReceiveCopy() {
    System.arraycopy(framed, 0, received, 0, framed.length);
    return received[0];
  }
}
