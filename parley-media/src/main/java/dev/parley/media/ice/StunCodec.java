/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * The STUN (RFC 8489) and TURN (RFC 8656) messages our TURN client speaks: a {@link Writer} that
 * appends attributes and seals a message with MESSAGE-INTEGRITY (HMAC-SHA1) and FINGERPRINT, and a
 * {@link Message} view of a received datagram. ICE's own checks stay ice4j's; this is only what
 * ice4j's TURN code would otherwise do on its sockets (see the package documentation).
 *
 * <p>Long-term credentials (RFC 8489 § 9.2): the key is MD5(username ":" realm ":" password) of the
 * UTF-8 strings as given. SASLprep / OpaqueString is not applied: TURN credentials are ASCII in
 * practice (coturn's REST scheme, Prosody's {@code mod_turn_external}).
 */
final class StunCodec {
  static final int MAGIC_COOKIE = 0x2112A442;

  // methods (RFC 8489 § 18.2, RFC 8656 § 17)
  static final int BINDING = 0x001;
  static final int ALLOCATE = 0x003;
  static final int REFRESH = 0x004;
  static final int SEND = 0x006;
  static final int DATA = 0x007;
  static final int CREATE_PERMISSION = 0x008;
  static final int CHANNEL_BIND = 0x009;

  // classes
  static final int REQUEST = 0x000;
  static final int INDICATION = 0x010;
  static final int SUCCESS = 0x100;
  static final int ERROR = 0x110;

  // attributes
  static final int USERNAME = 0x0006;
  static final int MESSAGE_INTEGRITY = 0x0008;
  static final int ERROR_CODE = 0x0009;
  static final int CHANNEL_NUMBER = 0x000C;
  static final int LIFETIME = 0x000D;
  static final int XOR_PEER_ADDRESS = 0x0012;
  static final int DATA_ATTR = 0x0013;
  static final int REALM = 0x0014;
  static final int NONCE = 0x0015;
  static final int XOR_RELAYED_ADDRESS = 0x0016;
  static final int REQUESTED_TRANSPORT = 0x0019;
  static final int XOR_MAPPED_ADDRESS = 0x0020;
  static final int SOFTWARE = 0x8022;
  static final int FINGERPRINT = 0x8028;

  private static final int FINGERPRINT_XOR = 0x5354554E;

  private StunCodec() {}

  /** The message type of a method and class (RFC 8489 § 5: the class bits interleave). */
  static int type(int method, int cls) {
    return (method & 0x000F) | ((method & 0x0070) << 1) | ((method & 0x0F80) << 2) | cls;
  }

  static int method(int type) {
    return (type & 0x000F) | ((type & 0x00E0) >> 1) | ((type & 0x3E00) >> 2);
  }

  static int cls(int type) {
    return type & 0x0110;
  }

  /** The long-term credential key (RFC 8489 § 9.2.2, MD5 algorithm). */
  static byte[] longTermKey(String username, String realm, String password) {
    try {
      return MessageDigest.getInstance("MD5")
          .digest((username + ":" + realm + ":" + password).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("MD5 is part of every JDK", e);
    }
  }

  /** The short-term credential key (RFC 8489 § 9.1.1): the password's bytes. */
  static byte[] shortTermKey(String password) {
    return password.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] hmacSha1(byte[] key, byte[] data, int off, int len) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      mac.update(data, off, len);
      return mac.doFinal();
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA1 is part of every JDK", e);
    }
  }

  private static int crc(byte[] data, int len) {
    CRC32 c = new CRC32();
    c.update(data, 0, len);
    return (int) c.getValue() ^ FINGERPRINT_XOR;
  }

  static int u16(byte[] d, int i) {
    return ((d[i] & 0xFF) << 8) | (d[i + 1] & 0xFF);
  }

  static int i32(byte[] d, int i) {
    return (u16(d, i) << 16) | u16(d, i + 2);
  }

  private static void put16(byte[] d, int i, int v) {
    d[i] = (byte) (v >> 8);
    d[i + 1] = (byte) v;
  }

  private static void put32(byte[] d, int i, int v) {
    put16(d, i, v >>> 16);
    put16(d, i + 2, v);
  }

  /** Builds one message: header, attributes in order, then integrity and fingerprint. */
  static final class Writer {
    private byte[] buf = new byte[256];
    private int len = 20;

    Writer(int method, int cls, byte[] transactionId) {
      put16(buf, 0, type(method, cls));
      put32(buf, 4, MAGIC_COOKIE);
      System.arraycopy(transactionId, 0, buf, 8, 12);
    }

    Writer attribute(int type, byte[] value, int off, int n) {
      int padded = (n + 3) & ~3;
      if (len + 4 + padded > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + 4 + padded));
      }
      put16(buf, len, type);
      put16(buf, len + 2, n);
      System.arraycopy(value, off, buf, len + 4, n);
      Arrays.fill(buf, len + 4 + n, len + 4 + padded, (byte) 0);
      len += 4 + padded;
      put16(buf, 2, len - 20);
      return this;
    }

    Writer attribute(int type, byte[] value) {
      return attribute(type, value, 0, value.length);
    }

    Writer text(int type, String value) {
      return attribute(type, value.getBytes(StandardCharsets.UTF_8));
    }

    Writer u32(int type, int value) {
      byte[] v = new byte[4];
      put32(v, 0, value);
      return attribute(type, v);
    }

    /** An XOR-PEER-ADDRESS, XOR-MAPPED-ADDRESS or XOR-RELAYED-ADDRESS (RFC 8489 § 14.2). */
    Writer address(int type, InetSocketAddress a) {
      byte[] ip = a.getAddress().getAddress();
      byte[] v = new byte[4 + ip.length];
      v[1] = (byte) (ip.length == 4 ? 1 : 2);
      put16(v, 2, a.getPort() ^ (MAGIC_COOKIE >>> 16));
      for (int i = 0; i < ip.length; i++) {
        v[4 + i] = (byte) (ip[i] ^ buf[4 + i]); // cookie, then the transaction id
      }
      return attribute(type, v);
    }

    /** Appends MESSAGE-INTEGRITY over everything so far (its length counted, § 14.5). */
    Writer integrity(byte[] key) {
      put16(buf, 2, len - 20 + 24);
      byte[] mac = hmacSha1(key, buf, 0, len);
      return attribute(MESSAGE_INTEGRITY, mac);
    }

    /** Appends FINGERPRINT (§ 14.7); the last attribute. */
    Writer fingerprint() {
      put16(buf, 2, len - 20 + 8);
      return u32(FINGERPRINT, crc(buf, len));
    }

    byte[] toBytes() {
      return Arrays.copyOf(buf, len);
    }
  }

  /**
   * A received STUN message; {@link #parse} checks its framing only (integrity is checked by
   * whoever knows the key).
   */
  static final class Message {
    private final byte[] d;
    private final int length;

    private Message(byte[] d, int length) {
      this.d = d;
      this.length = length;
    }

    /** The message in {@code d[0..n)}, or null when it is not well-formed STUN. */
    static @Nullable Message parse(byte[] d, int n) {
      if (n < 20 || (d[0] & 0xC0) != 0 || i32(d, 4) != MAGIC_COOKIE) {
        return null;
      }
      int body = u16(d, 2);
      if ((body & 3) != 0 || 20 + body > n) {
        return null;
      }
      int i = 20;
      while (i < 20 + body) {
        if (i + 4 > 20 + body || i + 4 + u16(d, i + 2) > 20 + body) {
          return null;
        }
        i += 4 + ((u16(d, i + 2) + 3) & ~3);
      }
      return new Message(d, 20 + body);
    }

    int type() {
      return u16(d, 0);
    }

    int method() {
      return StunCodec.method(type());
    }

    int cls() {
      return StunCodec.cls(type());
    }

    byte[] transactionId() {
      return Arrays.copyOfRange(d, 8, 20);
    }

    /** Whether its transaction id is {@code id}. */
    boolean hasTransactionId(byte[] id) {
      return Arrays.equals(d, 8, 20, id, 0, 12);
    }

    /** The offset of the first attribute of this type's value, or −1. */
    int find(int type) {
      int i = 20;
      while (i + 4 <= length) {
        if (u16(d, i) == type) {
          return i + 4;
        }
        i += 4 + ((u16(d, i + 2) + 3) & ~3);
      }
      return -1;
    }

    /** The length of the attribute whose value starts at {@code valueOffset}. */
    int length(int valueOffset) {
      return u16(d, valueOffset - 2);
    }

    byte[] data() {
      return d;
    }

    @Nullable String text(int type) {
      int at = find(type);
      return at < 0 ? null : new String(d, at, length(at), StandardCharsets.UTF_8);
    }

    /** A 32-bit attribute (LIFETIME), or {@code otherwise}. */
    int u32(int type, int otherwise) {
      int at = find(type);
      return at < 0 || length(at) < 4 ? otherwise : i32(d, at);
    }

    /** ERROR-CODE as class × 100 + number, or 0 (§ 14.8). */
    int errorCode() {
      int at = find(ERROR_CODE);
      return at < 0 || length(at) < 4 ? 0 : (d[at + 2] & 0x07) * 100 + (d[at + 3] & 0xFF);
    }

    /** An XOR-…-ADDRESS attribute, or null. */
    @Nullable InetSocketAddress address(int type) {
      int at = find(type);
      if (at < 0 || length(at) < 8) {
        return null;
      }
      int family = d[at + 1];
      int n = family == 1 ? 4 : family == 2 ? 16 : 0;
      if (n == 0 || length(at) < 4 + n) {
        return null;
      }
      byte[] ip = new byte[n];
      for (int i = 0; i < n; i++) {
        ip[i] = (byte) (d[at + 4 + i] ^ d[4 + i]);
      }
      int port = u16(d, at + 2) ^ (MAGIC_COOKIE >>> 16);
      try {
        return new InetSocketAddress(InetAddress.getByAddress(ip), port);
      } catch (UnknownHostException e) {
        return null; // cannot happen with 4 or 16 bytes
      }
    }

    /**
     * Whether MESSAGE-INTEGRITY is present and matches {@code key} (§ 14.5: the HMAC covers the
     * message up to the attribute, with the length adjusted to end just after it).
     */
    boolean integrityMatches(byte[] key) {
      int at = find(MESSAGE_INTEGRITY);
      if (at < 0 || length(at) != 20) {
        return false;
      }
      byte[] copy = Arrays.copyOf(d, at - 4);
      put16(copy, 2, at - 4 - 20 + 24);
      return MessageDigest.isEqual(
          hmacSha1(key, copy, 0, copy.length), Arrays.copyOfRange(d, at, at + 20));
    }

    /** Whether FINGERPRINT is present, last, and right. */
    boolean fingerprintMatches() {
      int at = find(FINGERPRINT);
      if (at < 0 || at + 4 != length) {
        return false;
      }
      byte[] copy = Arrays.copyOf(d, at - 4);
      put16(copy, 2, length - 20);
      return crc(copy, copy.length) == i32(d, at);
    }
  }
}
