/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.pipeline;

import dev.parley.media.transport.MediaTransport;
import dev.parley.media.transport.TransportStats;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** A transport that keeps what is sent, for socket-free pipeline tests. */
final class FakeTransport implements MediaTransport {
  final List<byte[]> rtp = new ArrayList<>();
  final List<byte[]> rtcp = new ArrayList<>();

  @Override
  public InetSocketAddress localRtp() {
    return new InetSocketAddress("127.0.0.1", 40000);
  }

  @Override
  public InetSocketAddress localRtcp() {
    return new InetSocketAddress("127.0.0.1", 40001);
  }

  @Override
  public boolean rtcpMux() {
    return false;
  }

  @Override
  public boolean sendRtp(byte[] buf, int off, int len) {
    rtp.add(Arrays.copyOfRange(buf, off, off + len));
    return true;
  }

  @Override
  public boolean sendRtcp(byte[] buf, int off, int len) {
    rtcp.add(Arrays.copyOfRange(buf, off, off + len));
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
    return new TransportStats(0, 0, 0, 0, rtp.size(), 0, 0, 0);
  }

  @Override
  public CompletableFuture<Void> close() {
    return CompletableFuture.completedFuture(null);
  }
}
