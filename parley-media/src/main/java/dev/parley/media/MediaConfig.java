/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media;

import dev.parley.media.clock.MediaClock;
import dev.parley.media.codec.OpusEngine;
import dev.parley.media.jitter.JitterConfig;
import dev.parley.media.transport.RemotePolicy;
import dev.parley.media.transport.UdpTransport;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Media engine settings.
 *
 * @param bindAddress the local address media sockets bind to
 * @param advertisedAddress the address put in candidates; null for the bind address (required when
 *     binding the wildcard address)
 * @param portMin the lowest UDP port (RTP ports are the even ones)
 * @param portMax the highest UDP port
 * @param ioThreads receive threads (selectors); each serves many sockets
 * @param tickThreads mixer tick threads; rooms are spread over them
 * @param jitter jitter buffer settings
 * @param mediaTimeout how long a participant may send no RTP before {@link RoomEvent.MediaTimeout}
 * @param remotePolicy symmetric-RTP latching or signalled addresses only
 * @param inboundQueuePackets per-participant receive queue (a power of two; 16 covers 320 ms of 20
 *     ms packets between two ticks)
 * @param tos the IP TOS byte of media packets (DSCP EF), −1 for the system default
 * @param dtmfEndTimeout when a DTMF digit whose end packets were lost counts as ended
 * @param cname the RTCP CNAME; null for a random one per engine (RFC 7022)
 * @param clock time
 * @param ice ICE-UDP gathering (public address, STUN servers)
 * @param security whether plain RTP is acceptable (DTLS-SRTP offers always get DTLS-SRTP)
 * @param mixRate the mixer's sample rate: 8000 (G.711 only, the cheapest), 16000 or 48000 (wideband
 *     Opus; G.711 participants are resampled)
 * @param activeSpeakers how many of the loudest talkers get a personal mix-minus (K); everyone else
 *     hears one shared mix per codec
 * @param opusWarmupFrames how many 20 ms frames {@link MediaEngine#start} encodes and decodes with
 *     Opus (and converts between rates) before it returns, so the JIT has compiled the codec before
 *     the first call (docs/PERFORMANCE.md, "WebRTC media", measures the effect); 0 for none. A
 *     bridge should use {@link #RECOMMENDED_OPUS_WARMUP_FRAMES}. Only Concentus is warmed up:
 *     libopus is native code, with nothing for the JIT to compile
 * @param opusEngine which Opus library to use: the system's libopus when it loads ({@link
 *     OpusEngine#AUTO}), libopus or fail ({@link OpusEngine#LIBOPUS}), or Concentus
 * @param threadPriority the scheduling priority of the tick and I/O threads ({@link
 *     MediaThreadPriority}: raising it needs a privilege; without one they stay at normal)
 */
public record MediaConfig(
    InetAddress bindAddress,
    @Nullable InetAddress advertisedAddress,
    int portMin,
    int portMax,
    int ioThreads,
    int tickThreads,
    JitterConfig jitter,
    Duration mediaTimeout,
    RemotePolicy remotePolicy,
    int inboundQueuePackets,
    int tos,
    Duration dtmfEndTimeout,
    @Nullable String cname,
    MediaClock clock,
    IceConfig ice,
    SecurityPolicy security,
    int mixRate,
    int activeSpeakers,
    int opusWarmupFrames,
    OpusEngine opusEngine,
    MediaThreadPriority threadPriority) {

  public MediaConfig {
    if (advertisedAddress == null && bindAddress.isAnyLocalAddress()) {
      throw new IllegalArgumentException(
          "binding the wildcard address needs an advertised address for candidates");
    }
    if (portMin < 1024 || portMax > 65535 || portMax - portMin < 1) {
      throw new IllegalArgumentException("bad port range " + portMin + "-" + portMax);
    }
    if (ioThreads < 1 || tickThreads < 1) {
      throw new IllegalArgumentException("need at least one I/O and one tick thread");
    }
    if (mediaTimeout.isNegative() || mediaTimeout.isZero()) {
      throw new IllegalArgumentException("media timeout must be positive");
    }
    if (inboundQueuePackets < 2 || Integer.bitCount(inboundQueuePackets) != 1) {
      throw new IllegalArgumentException("inboundQueuePackets must be a power of two >= 2");
    }
    if (mixRate != 8000 && mixRate != 16000 && mixRate != 48000) {
      throw new IllegalArgumentException("mixRate must be 8000, 16000 or 48000: " + mixRate);
    }
    Objects.requireNonNull(opusEngine, "opusEngine");
    Objects.requireNonNull(threadPriority, "threadPriority");
    if (opusWarmupFrames < 0) {
      throw new IllegalArgumentException("opusWarmupFrames must be >= 0");
    }
    if (activeSpeakers < 1) {
      throw new IllegalArgumentException("activeSpeakers must be at least 1");
    }
  }

  /** Enough Opus warm-up for the JIT's top tier (docs/PERFORMANCE.md): 20,000 frames. */
  public static final int RECOMMENDED_OPUS_WARMUP_FRAMES = 20_000;

  /**
   * Loopback, ports 40000–49999, one I/O and one tick thread, the default jitter buffer, a 20 s
   * media timeout, symmetric RTP, DSCP EF, the system clock, host ICE candidates only, plain RTP
   * allowed, an 8 kHz mixer, three active speakers, no Opus warm-up (tests start fast; a bridge
   * should warm up and mix at 48 kHz), libopus when it loads, media threads at normal priority.
   */
  public static MediaConfig defaults() {
    return new MediaConfig(
        InetAddress.getLoopbackAddress(),
        null,
        40_000,
        49_999,
        1,
        1,
        JitterConfig.DEFAULT,
        Duration.ofSeconds(20),
        RemotePolicy.LATCH,
        16,
        UdpTransport.DSCP_EF,
        Duration.ofMillis(250),
        null,
        MediaClock.system(),
        IceConfig.HOST_ONLY,
        SecurityPolicy.ALLOW_PLAIN,
        8000,
        3,
        0,
        OpusEngine.AUTO,
        MediaThreadPriority.NORMAL);
  }

  /** The address candidates carry. */
  public InetAddress effectiveAdvertisedAddress() {
    return advertisedAddress != null ? advertisedAddress : bindAddress;
  }

  public MediaConfig withAddresses(InetAddress bind, @Nullable InetAddress advertised) {
    return copy(
        v -> {
          v.bindAddress = bind;
          v.advertisedAddress = advertised;
        });
  }

  public MediaConfig withPorts(int min, int max) {
    return copy(
        v -> {
          v.portMin = min;
          v.portMax = max;
        });
  }

  public MediaConfig withThreads(int io, int tick) {
    return copy(
        v -> {
          v.ioThreads = io;
          v.tickThreads = tick;
        });
  }

  public MediaConfig withJitter(JitterConfig j) {
    return copy(v -> v.jitter = j);
  }

  public MediaConfig withMediaTimeout(Duration timeout) {
    return copy(v -> v.mediaTimeout = timeout);
  }

  public MediaConfig withRemotePolicy(RemotePolicy policy) {
    return copy(v -> v.remotePolicy = policy);
  }

  public MediaConfig withClock(MediaClock c) {
    return copy(v -> v.clock = c);
  }

  public MediaConfig withIce(IceConfig i) {
    return copy(v -> v.ice = i);
  }

  public MediaConfig withSecurity(SecurityPolicy policy) {
    return copy(v -> v.security = policy);
  }

  public MediaConfig withMixRate(int rate) {
    return copy(v -> v.mixRate = rate);
  }

  public MediaConfig withActiveSpeakers(int k) {
    return copy(v -> v.activeSpeakers = k);
  }

  public MediaConfig withOpusWarmup(int frames) {
    return copy(v -> v.opusWarmupFrames = frames);
  }

  public MediaConfig withOpusEngine(OpusEngine engine) {
    return copy(v -> v.opusEngine = engine);
  }

  public MediaConfig withThreadPriority(MediaThreadPriority priority) {
    return copy(v -> v.threadPriority = priority);
  }

  /**
   * This configuration with {@code change} applied to a copy of its values: what the withers share.
   */
  private MediaConfig copy(Consumer<Values> change) {
    Values v = new Values(this);
    change.accept(v);
    return v.build();
  }

  /** The values of a configuration being derived from another (mutable, never escapes). */
  private static final class Values {
    InetAddress bindAddress;
    @Nullable InetAddress advertisedAddress;
    int portMin;
    int portMax;
    int ioThreads;
    int tickThreads;
    JitterConfig jitter;
    Duration mediaTimeout;
    RemotePolicy remotePolicy;
    int inboundQueuePackets;
    int tos;
    Duration dtmfEndTimeout;
    @Nullable String cname;
    MediaClock clock;
    IceConfig ice;
    SecurityPolicy security;
    int mixRate;
    int activeSpeakers;
    int opusWarmupFrames;
    OpusEngine opusEngine;
    MediaThreadPriority threadPriority;

    Values(MediaConfig m) {
      bindAddress = m.bindAddress;
      advertisedAddress = m.advertisedAddress;
      portMin = m.portMin;
      portMax = m.portMax;
      ioThreads = m.ioThreads;
      tickThreads = m.tickThreads;
      jitter = m.jitter;
      mediaTimeout = m.mediaTimeout;
      remotePolicy = m.remotePolicy;
      inboundQueuePackets = m.inboundQueuePackets;
      tos = m.tos;
      dtmfEndTimeout = m.dtmfEndTimeout;
      cname = m.cname;
      clock = m.clock;
      ice = m.ice;
      security = m.security;
      mixRate = m.mixRate;
      activeSpeakers = m.activeSpeakers;
      opusWarmupFrames = m.opusWarmupFrames;
      opusEngine = m.opusEngine;
      threadPriority = m.threadPriority;
    }

    MediaConfig build() {
      return new MediaConfig(
          bindAddress,
          advertisedAddress,
          portMin,
          portMax,
          ioThreads,
          tickThreads,
          jitter,
          mediaTimeout,
          remotePolicy,
          inboundQueuePackets,
          tos,
          dtmfEndTimeout,
          cname,
          clock,
          ice,
          security,
          mixRate,
          activeSpeakers,
          opusWarmupFrames,
          opusEngine,
          threadPriority);
    }
  }
}
