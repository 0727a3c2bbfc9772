/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench;

import dev.parley.media.clock.ManualClock;
import dev.parley.media.codec.DtmfDetector;
import dev.parley.media.codec.G711;
import dev.parley.media.codec.G711Codec;
import dev.parley.media.jitter.JitterConfig;
import dev.parley.media.mixer.MixMinus;
import dev.parley.media.pipeline.AudioFrame;
import dev.parley.media.pipeline.ParticipantPipeline;
import dev.parley.media.pipeline.PayloadMap;
import dev.parley.media.pipeline.PipelineEvents;
import dev.parley.media.pipeline.PipelineSetup;
import dev.parley.media.rtp.RtpWriter;
import dev.parley.media.transport.InboundQueue;
import dev.parley.media.transport.MediaTransport;
import dev.parley.media.transport.PacketKind;
import dev.parley.media.transport.TransportStats;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Everything a room's tick does for a participant except the system calls: the packet copied into
 * its inbound queue (the I/O thread's share), the receive stages (parse, source and payload type,
 * RFC 3550 statistics, jitter buffer insert), playout (jitter buffer pull, G.711 decode, level),
 * mix-minus, G.711 encode, RTP header, and the hand-off to a transport that discards the packet. 50
 * participants, all talking (no shared encoding); reported per participant per tick.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoomTickBench {
  static final int PARTICIPANTS = 50;
  static final int FRAME = 160;

  ManualClock clock;
  InboundQueue[] queues;
  ParticipantPipeline[] pipelines;
  byte[][] packets;
  int[] sum = new int[FRAME];
  long tick;

  @Setup
  public void setup() {
    clock = new ManualClock(1_700_000_000_000L);
    PayloadMap payloads = new PayloadMap(0, G711Codec.PCMU, Map.of(0, G711Codec.PCMU), 101);
    queues = new InboundQueue[PARTICIPANTS];
    pipelines = new ParticipantPipeline[PARTICIPANTS];
    packets = new byte[PARTICIPANTS][12 + FRAME];
    for (int p = 0; p < PARTICIPANTS; p++) {
      queues[p] = new InboundQueue(16, 1500);
      pipelines[p] =
          new ParticipantPipeline(
              new PipelineSetup(
                  payloads,
                  JitterConfig.DEFAULT,
                  FRAME,
                  Duration.ofMillis(250),
                  "bench",
                  clock,
                  new SplittableRandom(p)),
              queues[p],
              new DiscardTransport(),
              new NoEvents());
      short[] pcm = new short[FRAME];
      for (int i = 0; i < FRAME; i++) {
        pcm[i] = (short) (2000 * Math.sin(2 * Math.PI * (200 + 37 * p) * i / 8000.0));
      }
      G711.encodeUlaw(pcm, 0, FRAME, packets[p], 12);
    }
    tick = 0;
  }

  @Benchmark
  @OperationsPerInvocation(PARTICIPANTS)
  public long tick() {
    // the I/O thread's share: one packet per participant into its queue
    for (int p = 0; p < PARTICIPANTS; p++) {
      RtpWriter.writeFixedHeader(
          packets[p], 0, false, 0, (int) (tick & 0xFFFF), (FRAME * tick) & 0xFFFF_FFFFL, 1000 + p);
      ByteBuffer slot = queues[p].claim();
      slot.put(packets[p]);
      queues[p].publish(PacketKind.RTP, clock.nanoTime());
    }
    clock.advanceMillis(20);
    long now = clock.nanoTime();
    // the tick thread's share, as Room.tick does it
    MixMinus.clear(sum, FRAME);
    AudioFrame[] frames = new AudioFrame[PARTICIPANTS];
    for (int p = 0; p < PARTICIPANTS; p++) {
      pipelines[p].receive();
      frames[p] = pipelines[p].playout(now, 1);
      if (frames[p].hasInput()) {
        MixMinus.add(sum, frames[p].input(), FRAME);
      }
    }
    for (int p = 0; p < PARTICIPANTS; p++) {
      MixMinus.minus(sum, frames[p].input(), frames[p].output(), FRAME);
      pipelines[p].send(frames[p]);
      pipelines[p].housekeeping(now);
    }
    tick++;
    return sum[0];
  }

  /** Packets sent by a pipeline stop here. */
  static final class DiscardTransport implements MediaTransport {
    long sent;

    @Override
    public InetSocketAddress localRtp() {
      return new InetSocketAddress(0);
    }

    @Override
    public InetSocketAddress localRtcp() {
      return new InetSocketAddress(0);
    }

    @Override
    public boolean rtcpMux() {
      return false;
    }

    @Override
    public boolean sendRtp(byte[] buf, int off, int len) {
      sent += buf[off + len - 1];
      return true;
    }

    @Override
    public boolean sendRtcp(byte[] buf, int off, int len) {
      return true;
    }

    @Override
    public void setRemote(@Nullable InetSocketAddress rtp, @Nullable InetSocketAddress rtcp) {}

    @Override
    public @Nullable InetSocketAddress remoteRtp() {
      return null;
    }

    @Override
    public TransportStats stats() {
      return new TransportStats(0, 0, 0, 0, sent, 0, 0, 0);
    }

    @Override
    public CompletableFuture<Void> close() {
      return CompletableFuture.completedFuture(null);
    }
  }

  static final class NoEvents implements PipelineEvents {
    @Override
    public void onDtmf(DtmfDetector.Digit digit) {}

    @Override
    public void onBye(@Nullable String reason) {}
  }
}
