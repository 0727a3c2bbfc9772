/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.srtp;

import java.security.GeneralSecurityException;
import org.jitsi.srtp.SrtcpCryptoContext;
import org.jitsi.srtp.SrtpContextFactory;
import org.jitsi.srtp.SrtpCryptoContext;
import org.jitsi.srtp.SrtpErrorStatus;
import org.jitsi.utils.ByteArrayBuffer;
import org.jitsi.utils.logging2.Logger;
import org.jitsi.utils.logging2.LoggerImpl;
import org.jspecify.annotations.Nullable;

/**
 * SRTP/SRTCP for one leg: protects what we send with our key and unprotects what the peer sends
 * with its key, in place. A crypto context is derived per SSRC when the SSRC is first seen (that
 * allocates, once per stream); a handful of remote SSRCs are kept, the oldest replaced first.
 *
 * <p>Methods return the new length, or −1 when the packet is to be dropped (authentication or
 * replay failure, a packet too short to be SRTP, no room for the tag). They never throw on bad
 * input. Tick thread only.
 */
public final class SrtpContext implements AutoCloseable {
  /**
   * Spare bytes a buffer must have after a packet for {@link #protectRtp} and {@link #protectRtcp}:
   * the SRTCP index (4) and an 80-bit tag (10), rounded up.
   */
  public static final int HEADROOM = 16;

  private static final int REMOTE_STREAMS = 4;

  private final SrtpContextFactory sender;
  private final SrtpContextFactory receiver;
  private final View view = new View();
  private long sendSsrc = -1;
  private @Nullable SrtpCryptoContext sendRtp;
  private @Nullable SrtcpCryptoContext sendRtcp;
  private final long[] remoteSsrcs = new long[REMOTE_STREAMS];
  private final SrtpCryptoContext[] remoteRtp = new SrtpCryptoContext[REMOTE_STREAMS];
  private final long[] remoteRtcpSsrcs = new long[REMOTE_STREAMS];
  private final SrtcpCryptoContext[] remoteRtcp = new SrtcpCryptoContext[REMOTE_STREAMS];
  private int nextRemote;
  private int nextRemoteRtcp;

  /** Contexts for the keys of one DTLS-SRTP association. */
  public SrtpContext(SrtpKeys keys) {
    Logger logger = new LoggerImpl(SrtpContext.class.getName());
    SrtpProfile p = keys.profile();
    this.sender =
        new SrtpContextFactory(
            true, keys.localKey(), keys.localSalt(), p.rtpPolicy(), p.rtcpPolicy(), logger);
    this.receiver =
        new SrtpContextFactory(
            false, keys.remoteKey(), keys.remoteSalt(), p.rtpPolicy(), p.rtcpPolicy(), logger);
    java.util.Arrays.fill(remoteSsrcs, -1);
    java.util.Arrays.fill(remoteRtcpSsrcs, -1);
  }

  /**
   * Makes jitsi-srtp choose its AES implementation now: on first use it benchmarks the available
   * ones (OpenSSL through its bundled JNI library when libcrypto 3 is installed, else the JDK's
   * SunJCE, whose AES uses the CPU's AES instructions) for up to seconds, which must not happen on
   * a tick thread. Called once when an engine starts; returns the time it took.
   */
  public static java.time.Duration warmUp() {
    long start = System.nanoTime();
    byte[] key = new byte[16];
    byte[] salt = new byte[14];
    new java.util.Random(1).nextBytes(key);
    SrtpKeys keys = new SrtpKeys(SrtpProfile.AES_CM_128_HMAC_SHA1_80, key, salt, key, salt);
    try (SrtpContext tx = new SrtpContext(keys);
        SrtpContext rx = new SrtpContext(keys)) {
      byte[] packet = new byte[12 + 160 + HEADROOM];
      packet[0] = (byte) 0x80;
      for (int i = 0; i < 100; i++) {
        packet[3] = (byte) i;
        int n = tx.protectRtp(packet, 0, 12 + 160);
        rx.unprotectRtp(packet, 0, n);
      }
    }
    return java.time.Duration.ofNanos(System.nanoTime() - start);
  }

  /** Protects an RTP packet of {@code len} bytes at {@code off}; the new length or −1. */
  public int protectRtp(byte[] buf, int off, int len) {
    if (len < 12 || buf.length - off - len < HEADROOM) {
      return -1;
    }
    try {
      long ssrc = ssrc(buf, off + 8);
      if (sendRtp == null || ssrc != sendSsrc) {
        sendSsrc = ssrc;
        sendRtp = sender.deriveContext((int) ssrc, 0);
        sendRtcp = sender.deriveControlContext((int) ssrc);
      }
      return result(sendRtp.transformPacket(view.set(buf, off, len)));
    } catch (GeneralSecurityException e) {
      return -1;
    }
  }

  /** Unprotects an SRTP packet in place; the new length or −1. */
  public int unprotectRtp(byte[] buf, int off, int len) {
    if (len < 12 + 4) {
      return -1;
    }
    try {
      long ssrc = ssrc(buf, off + 8);
      int i = find(remoteSsrcs, ssrc);
      if (i < 0) {
        i = nextRemote;
        nextRemote = (nextRemote + 1) % REMOTE_STREAMS;
        remoteSsrcs[i] = ssrc;
        remoteRtp[i] = receiver.deriveContext((int) ssrc, 0);
      }
      return result(remoteRtp[i].reverseTransformPacket(view.set(buf, off, len), false));
    } catch (GeneralSecurityException e) {
      return -1;
    }
  }

  /** Protects an RTCP compound packet in place; the new length or −1. */
  public int protectRtcp(byte[] buf, int off, int len) {
    if (len < 8 || buf.length - off - len < HEADROOM) {
      return -1;
    }
    try {
      long ssrc = ssrc(buf, off + 4);
      SrtcpCryptoContext c = sendRtcp;
      if (c == null || ssrc != sendSsrc) {
        sendSsrc = ssrc;
        sendRtp = sender.deriveContext((int) ssrc, 0);
        c = sender.deriveControlContext((int) ssrc);
        sendRtcp = c;
      }
      return result(c.transformPacket(view.set(buf, off, len)));
    } catch (GeneralSecurityException e) {
      return -1;
    }
  }

  /** Unprotects an SRTCP packet in place; the new length or −1. */
  public int unprotectRtcp(byte[] buf, int off, int len) {
    if (len < 8 + 4 + 10) {
      return -1;
    }
    try {
      long ssrc = ssrc(buf, off + 4);
      int i = find(remoteRtcpSsrcs, ssrc);
      if (i < 0) {
        i = nextRemoteRtcp;
        nextRemoteRtcp = (nextRemoteRtcp + 1) % REMOTE_STREAMS;
        remoteRtcpSsrcs[i] = ssrc;
        remoteRtcp[i] = receiver.deriveControlContext((int) ssrc);
      }
      return result(remoteRtcp[i].reverseTransformPacket(view.set(buf, off, len)));
    } catch (GeneralSecurityException e) {
      return -1;
    }
  }

  private int result(SrtpErrorStatus status) {
    return status == SrtpErrorStatus.OK ? view.length : -1;
  }

  private static int find(long[] ssrcs, long ssrc) {
    for (int i = 0; i < ssrcs.length; i++) {
      if (ssrcs[i] == ssrc) {
        return i;
      }
    }
    return -1;
  }

  private static long ssrc(byte[] b, int i) {
    return ((b[i] & 0xFFL) << 24)
        | ((b[i + 1] & 0xFF) << 16)
        | ((b[i + 2] & 0xFF) << 8)
        | (b[i + 3] & 0xFF);
  }

  /** Forgets the keys (the contexts hold no native resources on the pure Java path). */
  @Override
  public void close() {
    sender.close();
    receiver.close();
  }

  /** jitsi-srtp's view of a packet in one of our buffers; it never grows the array. */
  private static final class View implements ByteArrayBuffer {
    byte[] buf = new byte[0];
    int offset;
    int length;

    View set(byte[] buf, int offset, int length) {
      this.buf = buf;
      this.offset = offset;
      this.length = length;
      return this;
    }

    @Override
    public byte[] getBuffer() {
      return buf;
    }

    @Override
    public int getOffset() {
      return offset;
    }

    @Override
    public int getLength() {
      return length;
    }

    @Override
    public void setLength(int len) {
      if (offset + len > buf.length) {
        throw new IllegalStateException("no headroom for SRTP");
      }
      this.length = len;
    }

    @Override
    public void setOffset(int off) {
      this.offset = off;
    }

    @Override
    public boolean isInvalid() {
      return false;
    }

    @Override
    public void readRegionToBuff(int off, int len, byte[] out) {
      System.arraycopy(buf, offset + off, out, 0, len);
    }

    @Override
    public void grow(int howMuch) {
      if (offset + length + howMuch > buf.length) {
        throw new IllegalStateException("no headroom for SRTP");
      }
    }

    @Override
    public void append(byte[] data, int len) {
      grow(len);
      System.arraycopy(data, 0, buf, offset + length, len);
      length += len;
    }

    @Override
    public void shrink(int len) {
      length = Math.max(0, length - len);
    }
  }
}
