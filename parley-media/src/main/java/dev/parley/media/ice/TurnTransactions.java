/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.TurnServer;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The STUN transactions of one TURN client (RFC 8489 § 6.2.1 over UDP, § 6.2.2 over TCP and TLS, §
 * 9.2 long-term credentials): over UDP, retransmission from 500 ms, doubling, the last wait 16 RTO;
 * over a stream, one send and a wait as long as those retransmissions would take (39.5 s for a
 * request sent up to 7 times: RFC 8489's Ti); an unauthenticated request's 401 brings REALM and
 * NONCE and the request is sent again, authenticated, under a new transaction; a 438 (stale nonce)
 * likewise, at most three times. Everything runs on the TURN thread but {@link #owns}, which the
 * I/O thread asks.
 */
final class TurnTransactions {
  private static final Logger LOG = LoggerFactory.getLogger(TurnTransactions.class);
  private static final long RTO_MILLIS = 500;
  private static final int MAX_RETRIES = 3;

  /** An error response ({@code code}) or no answer at all ({@code code} 0). */
  interface Failure {
    void on(int code, String reason);
  }

  private final ScheduledExecutorService timer;
  private final SecureRandom random;
  private final Map<ByteBuffer, Transaction> pending = new ConcurrentHashMap<>();
  private volatile InetSocketAddress server = new InetSocketAddress(0);
  private @Nullable TurnLink link;
  private TurnServer.Static credentials = new TurnServer.Static("", "");
  private @Nullable String realm;
  private String username = ""; // as sent: the credentials' under RFC 8265's OpaqueString
  private @Nullable String nonce;
  private byte @Nullable [] key;

  /** Call {@link #use} before the first request. */
  TurnTransactions(ScheduledExecutorService timer, SecureRandom random) {
    this.timer = timer;
    this.random = random;
  }

  /** The server the requests go to. */
  InetSocketAddress server() {
    return server;
  }

  String username() {
    return credentials.username();
  }

  /**
   * A server, reached through {@code nextLink}: pending transactions are dropped, the realm and
   * nonce forgotten.
   */
  void use(InetSocketAddress next, TurnLink nextLink, TurnServer.Static nextCredentials) {
    cancelAll();
    server = next;
    link = nextLink;
    credentials = nextCredentials;
    realm = null;
    nonce = null;
    key = null;
  }

  /** Whether a response is to one of our requests (any thread: the I/O thread asks). */
  boolean owns(ByteBuffer id) {
    return pending.containsKey(id);
  }

  /** Drops every transaction in flight (none of their callbacks runs). */
  void cancelAll() {
    pending.values().forEach(t -> cancel(t.retransmit));
    pending.clear();
  }

  /** A fresh transaction id (also for indications). */
  byte[] transactionId() {
    byte[] id = new byte[12];
    random.nextBytes(id);
    return id;
  }

  /**
   * Sends a request: {@code attributes} add the method's own, then USERNAME, REALM, NONCE and
   * MESSAGE-INTEGRITY once the server asked for them, and FINGERPRINT.
   */
  void request(
      int method,
      Consumer<StunCodec.Writer> attributes,
      int maxSends,
      Consumer<StunCodec.Message> success,
      Failure failure) {
    start(new Transaction(method, attributes, maxSends, success, failure, 0, transactionId()));
  }

  /** A response to {@code id} (its copy, on the TURN thread). */
  void onResponse(ByteBuffer id, byte[] d, int n) {
    Transaction t = pending.remove(id);
    StunCodec.Message m = StunCodec.Message.parse(d, n);
    if (t == null || m == null) {
      return;
    }
    cancel(t.retransmit);
    byte[] k = key;
    if (t.authenticated
        && k != null
        && m.find(StunCodec.MESSAGE_INTEGRITY) >= 0
        && !m.integrityMatches(k)) {
      LOG.debug("a TURN answer from {} failed its integrity check: ignored", server);
      pending.put(id, t); // a forged answer does not end the transaction
      return;
    }
    if (m.cls() == StunCodec.SUCCESS) {
      t.success.accept(m);
      return;
    }
    int code = m.errorCode();
    String reason = code + " " + reason(m);
    String newNonce = m.text(StunCodec.NONCE);
    String newRealm = m.text(StunCodec.REALM);
    if (code == 401 && !t.authenticated && newNonce != null && newRealm != null) {
      if (!deriveKey(newRealm, t)) {
        return;
      }
      realm = newRealm;
      nonce = newNonce;
      start(retry(t));
    } else if (code == 438 && newNonce != null && t.retries < MAX_RETRIES) {
      if (newRealm != null && !newRealm.equals(realm)) {
        if (!deriveKey(newRealm, t)) {
          return;
        }
        realm = newRealm;
      }
      nonce = newNonce;
      start(retry(t));
    } else {
      t.failure.on(code, code == 401 ? reason + " (credentials refused)" : reason);
    }
  }

  /**
   * The long-term key for {@code newRealm} (RFC 8489 § 9.2.2): MD5(username ":" OpaqueString(realm)
   * ":" OpaqueString(password)), the username under OpaqueString too (§ 14.3). Credentials the
   * profile refuses fail {@code t} (false).
   */
  private boolean deriveKey(String newRealm, Transaction t) {
    try {
      String user = OpaqueString.enforce(credentials.username());
      key =
          StunCodec.longTermKey(
              user, OpaqueString.enforce(newRealm), OpaqueString.enforce(credentials.password()));
      username = user;
      return true;
    } catch (IllegalArgumentException e) {
      t.failure.on(401, "the username, password or realm is not valid text: " + e.getMessage());
      return false;
    }
  }

  private void start(Transaction t) {
    ByteBuffer id = ByteBuffer.wrap(Arrays.copyOfRange(t.bytes, 8, 20));
    pending.put(id, t);
    transmit(id, t, RTO_MILLIS);
  }

  private void transmit(ByteBuffer id, Transaction t, long rto) {
    TurnLink l = link;
    if (pending.get(id) != t || l == null) {
      return;
    }
    boolean reliable = l.reliable();
    if (t.sends++ == (reliable ? 1 : t.maxSends)) {
      pending.remove(id);
      t.failure.on(0, "no answer from " + server + " after " + t.maxSends + " attempts");
      return;
    }
    l.send(t.bytes, 0, t.bytes.length);
    // the interval doubles; after the last send, the wait is at most 16 RTO (Rm); over a stream,
    // nothing is retransmitted and the one wait is as long as all of them
    long wait =
        reliable
            ? patienceMillis(t.maxSends)
            : t.sends == t.maxSends ? Math.min(rto, 16 * RTO_MILLIS) : rto;
    t.retransmit = timer.schedule(() -> transmit(id, t, rto * 2), wait, TimeUnit.MILLISECONDS);
  }

  /** How long {@code sends} transmissions over UDP wait in all: 39,500 ms for 7 (Ti). */
  static long patienceMillis(int sends) {
    long total = 0;
    long rto = RTO_MILLIS;
    for (int i = 1; i < sends; i++, rto *= 2) {
      total += rto;
    }
    return total + Math.min(rto, 16 * RTO_MILLIS);
  }

  private Transaction retry(Transaction t) {
    return new Transaction(
        t.method, t.attributes, t.maxSends, t.success, t.failure, t.retries + 1, transactionId());
  }

  private static String reason(StunCodec.Message m) {
    int at = m.find(StunCodec.ERROR_CODE);
    if (at < 0 || m.length(at) <= 4) {
      return "";
    }
    return new String(m.data(), at + 4, m.length(at) - 4, StandardCharsets.UTF_8);
  }

  private static void cancel(@Nullable ScheduledFuture<?> f) {
    if (f != null) {
      f.cancel(false);
    }
  }

  /** One request in flight; a 401 or 438 makes a new one. */
  private final class Transaction {
    final int method;
    final Consumer<StunCodec.Writer> attributes;
    final int maxSends;
    final Consumer<StunCodec.Message> success;
    final Failure failure;
    final boolean authenticated;
    final int retries;
    final byte[] bytes;
    int sends;
    @Nullable ScheduledFuture<?> retransmit;

    Transaction(
        int method,
        Consumer<StunCodec.Writer> attributes,
        int maxSends,
        Consumer<StunCodec.Message> success,
        Failure failure,
        int retries,
        byte[] id) {
      this.method = method;
      this.attributes = attributes;
      this.maxSends = maxSends;
      this.success = success;
      this.failure = failure;
      this.retries = retries;
      StunCodec.Writer w = new StunCodec.Writer(method, StunCodec.REQUEST, id);
      attributes.accept(w);
      byte[] k = key;
      String r = realm;
      String n = nonce;
      this.authenticated = k != null && r != null && n != null;
      if (k != null && r != null && n != null) {
        w.text(StunCodec.USERNAME, username)
            .text(StunCodec.REALM, r)
            .text(StunCodec.NONCE, n)
            .integrity(k);
      }
      this.bytes = w.fingerprint().toBytes();
    }
  }
}
