/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.bench.load;

import java.net.Inet4Address;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The few STUN messages (RFC 8489, RFC 8445 § 7) a load phone needs to be the controlling ICE agent
 * against the bridge with one host candidate each: a nominating binding request, and success
 * responses to the bridge's checks (its connectivity and consent checks). IPv4 only. Not a general
 * STUN implementation: the bridge's side is ice4j.
 */
final class LoadStun {
  static final int MAGIC = 0x2112A442;
  private static final int USERNAME = 0x0006;
  private static final int MESSAGE_INTEGRITY = 0x0008;
  private static final int XOR_MAPPED_ADDRESS = 0x0020;
  private static final int PRIORITY = 0x0024;
  private static final int USE_CANDIDATE = 0x0025;
  private static final int FINGERPRINT = 0x8028;
  private static final int ICE_CONTROLLING = 0x802A;

  private LoadStun() {}

  /** Whether a datagram is a STUN binding request (RFC 7983: first byte 0–3, class request). */
  static boolean isRequest(byte[] d, int n) {
    return n >= 20 && (d[0] & 0xFF) == 0x00 && (d[1] & 0xFF) == 0x01;
  }

  /** Whether it is a binding success response. */
  static boolean isSuccess(byte[] d, int n) {
    return n >= 20 && (d[0] & 0xFF) == 0x01 && (d[1] & 0xFF) == 0x01;
  }

  /** A binding request with USE-CANDIDATE, as the controlling agent (RFC 8445 § 7.1.1). */
  static byte[] nominate(
      String remoteUfrag, String localUfrag, String remotePwd, long tieBreaker, long priority) {
    ByteBuffer b = ByteBuffer.allocate(200);
    b.putShort((short) 0x0001).putShort((short) 0).putInt(MAGIC);
    for (int i = 0; i < 3; i++) {
      b.putInt((int) (System.nanoTime() * (i + 7)));
    }
    attribute(b, USERNAME, (remoteUfrag + ":" + localUfrag).getBytes(StandardCharsets.UTF_8));
    attribute(b, PRIORITY, ByteBuffer.allocate(4).putInt((int) priority).array());
    attribute(b, ICE_CONTROLLING, ByteBuffer.allocate(8).putLong(tieBreaker).array());
    attribute(b, USE_CANDIDATE, new byte[0]);
    return seal(b, remotePwd);
  }

  /** A success response to {@code request} from {@code from}, signed with our password. */
  static byte[] success(byte[] request, InetSocketAddress from, String localPwd) {
    ByteBuffer b = ByteBuffer.allocate(120);
    b.putShort((short) 0x0101).putShort((short) 0).putInt(MAGIC);
    b.put(request, 8, 12); // transaction id
    byte[] addr = ((Inet4Address) from.getAddress()).getAddress();
    ByteBuffer x = ByteBuffer.allocate(8);
    x.put((byte) 0).put((byte) 1).putShort((short) (from.getPort() ^ (MAGIC >>> 16)));
    int ip = ByteBuffer.wrap(addr).getInt() ^ MAGIC;
    x.putInt(ip);
    attribute(b, XOR_MAPPED_ADDRESS, x.array());
    return seal(b, localPwd);
  }

  private static void attribute(ByteBuffer b, int type, byte[] value) {
    b.putShort((short) type).putShort((short) value.length).put(value);
    while (b.position() % 4 != 0) {
      b.put((byte) 0);
    }
  }

  /** Appends MESSAGE-INTEGRITY and FINGERPRINT, fixing the length field for each (§ 14.5, 14.7). */
  private static byte[] seal(ByteBuffer b, String pwd) {
    int end = b.position();
    b.putShort(2, (short) (end - 20 + 24));
    byte[] hmac;
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(pwd.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      mac.update(b.array(), 0, end);
      hmac = mac.doFinal();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA1 is always available", e);
    }
    attribute(b, MESSAGE_INTEGRITY, hmac);
    end = b.position();
    b.putShort(2, (short) (end - 20 + 8));
    CRC32 crc = new CRC32();
    crc.update(b.array(), 0, end);
    attribute(
        b, FINGERPRINT, ByteBuffer.allocate(4).putInt((int) crc.getValue() ^ 0x5354554E).array());
    byte[] out = new byte[b.position()];
    System.arraycopy(b.array(), 0, out, 0, out.length);
    return out;
  }
}
