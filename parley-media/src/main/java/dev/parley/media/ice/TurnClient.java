/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.media.ice;

import dev.parley.media.TurnServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TURN allocation (RFC 8656, long-term credentials) of a leg, made from the leg's own UDP
 * socket or over a TCP or TLS connection of the leg ({@link TurnLink}): the relayed candidate of
 * every ICE generation of that leg (an allocation belongs to the 5-tuple, so a restart keeps it).
 *
 * <ul>
 *   <li>Allocate: unauthenticated first; the 401 brings REALM and NONCE, the retry carries
 *       USERNAME, REALM, NONCE and MESSAGE-INTEGRITY. A 438 (stale nonce) on any request is retried
 *       with the new nonce. A 401 to an authenticated request means wrong credentials: the next
 *       server is tried, then the leg goes on without a relayed candidate (WARN).
 *   <li>Refresh one minute before the lifetime ends; Refresh with LIFETIME 0 on {@link #release()}.
 *   <li>CreatePermission for every peer address something is sent to (ICE checks), ChannelBind for
 *       the selected pair's peer, both refreshed every {@link #PERMISSION_REFRESH_SECONDS} s
 *       (permissions live 300 s, channels 600 s).
 *   <li>Until the channel is bound, data goes in Send indications and arrives in Data indications;
 *       then in 4-byte ChannelData headers (first byte 64–79, RFC 7983).
 * </ul>
 *
 * <p>Threads: the control state (transactions, credentials, timers) belongs to {@code timer}, a
 * single thread shared by the engine's legs; the I/O thread hands it responses ({@link #unwrap})
 * and reads the bound channel, a volatile value, as do senders on any thread.
 */
final class TurnClient {
  private static final Logger LOG = LoggerFactory.getLogger(TurnClient.class);

  /** {@link #unwrap}: the datagram was TURN control traffic (or dropped). */
  static final int CONSUMED = -1;

  /** {@link #unwrap}: STUN not meant for this client (a Binding response for ICE). */
  static final int NOT_TURN = -2;

  static final long PERMISSION_REFRESH_SECONDS = 240;
  private static final int UDP = 17;
  private static final int MAX_SENDS = 7; // RFC 8489 § 6.2.1 Rc: 39.5 s without an answer
  private static final int RELEASE_SENDS = 3;
  private static final long RELEASE_WAIT_SECONDS = 4;
  private static final int FIRST_CHANNEL = 0x4000;
  private static final int LAST_CHANNEL = 0x4FFF;

  /** What the allocation reports, on the timer thread. */
  interface Listener {
    void onAllocated(InetSocketAddress relayed, InetSocketAddress mapped);

    /** No relayed candidate: every server refused or did not answer. */
    void onFailed(String reason);
  }

  /** A bound channel: ChannelData with {@code number} carries the peer's datagrams. */
  record Channel(int number, InetSocketAddress peer) {}

  private final TurnLink.Opener links;
  private final List<TurnServer> servers;
  private final ScheduledExecutorService timer;
  private final TurnTransactions transactions;
  private final Listener listener;
  private final Map<InetAddress, Boolean> permissions = new ConcurrentHashMap<>();
  private final CompletableFuture<Void> released = new CompletableFuture<>();
  private volatile @Nullable TurnLink link;
  private volatile @Nullable InetSocketAddress relayed;
  private volatile @Nullable InetSocketAddress mapped;
  private volatile boolean failed;
  private volatile @Nullable Channel channel;
  private volatile boolean releasing;
  private @Nullable InetSocketAddress unwrappedFrom; // I/O thread

  // timer thread
  private int serverIndex;
  private int nextChannel = FIRST_CHANNEL;
  private boolean allocating;
  private @Nullable ScheduledFuture<?> refresh;
  private @Nullable ScheduledFuture<?> permissionRefresh;

  TurnClient(
      TurnLink.Opener links,
      List<TurnServer> servers,
      ScheduledExecutorService timer,
      SecureRandom random,
      Listener listener) {
    if (servers.isEmpty()) {
      throw new IllegalArgumentException("no TURN server");
    }
    this.links = links;
    this.servers = List.copyOf(servers);
    this.timer = timer;
    this.listener = listener;
    this.transactions = new TurnTransactions(timer, random);
    // the connection, if any, closes with the allocation
    released.whenComplete((ok, failure) -> currentLink().close());
  }

  /** Starts allocating (on the timer thread). */
  void start() {
    control(
        () -> {
          use(servers.get(0));
          allocate();
        });
  }

  /** The link to the server in use: what senders write to (any thread). */
  TurnLink link() {
    return currentLink();
  }

  private TurnLink currentLink() {
    TurnLink l = link;
    return l == null ? TurnLink.NONE : l;
  }

  /** Opens the link to {@code server} and makes it the one requests go to (timer thread). */
  private void use(TurnServer server) {
    TurnLink old = link;
    if (old != null) {
      old.close();
    }
    TurnLink next = links.open(server, broken -> control(() -> lost(broken)));
    link = next;
    transactions.use(server.address(), next, server.credentialsAt(Instant.now()));
  }

  /** The connection to the server broke (timer thread): the allocation, if any, is gone. */
  private void lost(TurnLink which) {
    if (which != link || releasing || failed) {
      return;
    }
    transactions.cancelAll(); // none will be answered: their timeouts must not fail again
    if (relayed == null) {
      allocating = false;
      nextServer("the connection to the server was lost");
    } else {
      LOG.warn("TURN connection to {} lost: the allocation {} is gone with it", server(), relayed);
      channel = null;
      cancel(refresh);
      cancel(permissionRefresh);
    }
  }

  /** The server in use: datagrams from it go through {@link #unwrap}. */
  InetSocketAddress server() {
    return transactions.server();
  }

  /** The relayed address, once allocated. */
  @Nullable InetSocketAddress relayed() {
    return relayed;
  }

  /** Our address as the server saw it (the relayed candidate's related address). */
  @Nullable InetSocketAddress mapped() {
    return mapped;
  }

  /** Whether the allocation is done: allocated, or failed on every server. */
  boolean settled() {
    return relayed != null || failed;
  }

  /** The channel bound for {@code peer}, or null (Send indications until then). */
  @Nullable Channel channelFor(InetSocketAddress peer) {
    Channel c = channel;
    return c != null && c.peer().equals(peer) ? c : null;
  }

  // ---------------------------------------------------------------- I/O thread

  /**
   * A datagram from {@link #server()} (I/O thread): a response to one of our requests (handed to
   * the timer thread: {@link #CONSUMED}), data relayed from a peer (moved to {@code d[0..]}: its
   * length; the peer is {@link #unwrappedFrom()}), or other STUN ({@link #NOT_TURN}).
   */
  int unwrap(byte[] d, int n) {
    if (ChannelData.is(d[0])) {
      Channel c = channel;
      int len = c == null ? -1 : ChannelData.unframe(d, n, c.number());
      if (c == null || len < 0) {
        return CONSUMED;
      }
      unwrappedFrom = c.peer();
      return len;
    }
    StunCodec.Message m = StunCodec.Message.parse(d, n);
    if (m == null) {
      return NOT_TURN;
    }
    int cls = m.cls();
    if (cls == StunCodec.SUCCESS || cls == StunCodec.ERROR) {
      ByteBuffer id = ByteBuffer.wrap(m.transactionId());
      if (!transactions.owns(id)) {
        return NOT_TURN;
      }
      byte[] copy = java.util.Arrays.copyOf(d, n);
      control(() -> transactions.onResponse(id, copy, n));
      return CONSUMED;
    }
    if (cls == StunCodec.INDICATION && m.method() == StunCodec.DATA) {
      InetSocketAddress peer = m.address(StunCodec.XOR_PEER_ADDRESS);
      int at = m.find(StunCodec.DATA_ATTR);
      if (peer == null || at < 0) {
        return CONSUMED;
      }
      int len = m.length(at);
      System.arraycopy(d, at, d, 0, len);
      unwrappedFrom = peer;
      return len;
    }
    return NOT_TURN;
  }

  /** Where the datagram {@link #unwrap} returned came from (I/O thread). */
  @Nullable InetSocketAddress unwrappedFrom() {
    return unwrappedFrom;
  }

  // ---------------------------------------------------------------- any thread

  /**
   * Sends a datagram to {@code peer} through the relay: ChannelData when a channel is bound to it,
   * otherwise a Send indication (a permission for the peer is requested first). Allocates: ICE
   * checks, DTLS and the first media packets only; the media path uses {@link #channelFor}.
   */
  boolean sendToPeer(byte[] b, int off, int len, InetSocketAddress peer) {
    if (releasing || relayed == null) {
      return false;
    }
    permit(peer.getAddress());
    TurnLink l = currentLink();
    Channel c = channelFor(peer);
    if (c != null) {
      ByteBuffer frame =
          ChannelData.frame(
              ByteBuffer.allocate(ChannelData.HEADER + len + 3),
              c.number(),
              b,
              off,
              len,
              l.reliable());
      return l.send(frame.array(), 0, frame.limit());
    }
    byte[] indication =
        new StunCodec.Writer(StunCodec.SEND, StunCodec.INDICATION, transactions.transactionId())
            .address(StunCodec.XOR_PEER_ADDRESS, peer)
            .attribute(StunCodec.DATA_ATTR, b, off, len)
            .toBytes();
    return l.send(indication, 0, indication.length);
  }

  /** Installs a permission for {@code peer} unless one exists (the request runs on the timer). */
  void permit(InetAddress peer) {
    if (permissions.putIfAbsent(peer, Boolean.TRUE) == null) {
      control(() -> createPermission(List.of(peer)));
    }
  }

  /** Binds a channel to the selected pair's peer (the timer thread sends the ChannelBind). */
  void bind(InetSocketAddress peer) {
    control(() -> channelBind(peer));
  }

  /**
   * Frees the allocation: Refresh with LIFETIME 0, answered or given up after a few retransmits
   * (3.5 s); an Allocate still unanswered is waited for (4 s at most) and freed the same way if
   * granted. The returned future completes then; the socket must stay open until it does.
   */
  CompletableFuture<Void> release() {
    releasing = true;
    control(this::releaseNow);
    return released;
  }

  private void control(Runnable task) {
    try {
      timer.execute(
          () -> {
            try {
              task.run();
            } catch (RuntimeException e) {
              LOG.warn("a TURN task failed (allocation on {})", server(), e);
            }
          });
    } catch (RejectedExecutionException e) {
      released.complete(null); // the engine is closing: nothing more is sent
    }
  }

  // ---------------------------------------------------------------- timer thread

  private void allocate() {
    if (releasing) {
      return;
    }
    allocating = true;
    transactions.request(
        StunCodec.ALLOCATE,
        w -> w.u32(StunCodec.REQUESTED_TRANSPORT, UDP << 24),
        MAX_SENDS,
        m -> {
          allocating = false;
          InetSocketAddress r = m.address(StunCodec.XOR_RELAYED_ADDRESS);
          InetSocketAddress ours = m.address(StunCodec.XOR_MAPPED_ADDRESS);
          if (r == null || ours == null) {
            nextServer("an Allocate success without XOR-RELAYED-ADDRESS or XOR-MAPPED-ADDRESS");
            return;
          }
          mapped = ours;
          relayed = r;
          if (releasing) {
            releaseNow(); // the leg closed while we allocated: free it at once
            return;
          }
          int lifetime = m.u32(StunCodec.LIFETIME, 600);
          scheduleRefresh(lifetime);
          permissionRefresh =
              timer.scheduleWithFixedDelay(
                  this::refreshPermissions,
                  PERMISSION_REFRESH_SECONDS,
                  PERMISSION_REFRESH_SECONDS,
                  TimeUnit.SECONDS);
          LOG.info(
              "TURN allocation on {}: relayed {}, mapped {}, {} s", server(), r, ours, lifetime);
          listener.onAllocated(r, ours);
        },
        (code, reason) -> {
          allocating = false;
          if (releasing) {
            released.complete(null);
          } else {
            nextServer(reason);
          }
        });
  }

  private void nextServer(String reason) {
    LOG.warn(
        "TURN server {} gave no relayed candidate (user {}): {}",
        server(),
        transactions.username(),
        reason);
    if (++serverIndex < servers.size() && !releasing) {
      use(servers.get(serverIndex));
      allocate();
    } else {
      failed = true;
      currentLink().close(); // a connection would idle for the rest of the call: close it now
      listener.onFailed(reason);
    }
  }

  private void scheduleRefresh(int lifetimeSeconds) {
    long in = Math.max(lifetimeSeconds - 60L, lifetimeSeconds / 2L);
    refresh = timer.schedule(this::refreshAllocation, Math.max(in, 1), TimeUnit.SECONDS);
  }

  private void refreshAllocation() {
    if (releasing) {
      return;
    }
    transactions.request(
        StunCodec.REFRESH,
        w -> w.u32(StunCodec.LIFETIME, 600),
        MAX_SENDS,
        m -> scheduleRefresh(m.u32(StunCodec.LIFETIME, 600)),
        (code, reason) ->
            LOG.warn("TURN allocation {} on {} not refreshed: {}", relayed, server(), reason));
  }

  private void refreshPermissions() {
    if (!permissions.isEmpty()) {
      createPermission(List.copyOf(permissions.keySet()));
    }
    Channel c = channel;
    if (c != null) {
      sendChannelBind(c);
    }
  }

  private void createPermission(List<InetAddress> peers) {
    if (releasing || relayed == null) {
      return;
    }
    transactions.request(
        StunCodec.CREATE_PERMISSION,
        w -> peers.forEach(p -> w.address(StunCodec.XOR_PEER_ADDRESS, new InetSocketAddress(p, 0))),
        MAX_SENDS,
        m -> {},
        (code, reason) -> {
          LOG.debug("TURN permission for {} on {} refused: {}", peers, server(), reason);
          peers.forEach(permissions::remove);
        });
  }

  private void channelBind(InetSocketAddress peer) {
    Channel c = channel;
    if (releasing || relayed == null || (c != null && c.peer().equals(peer))) {
      return;
    }
    if (nextChannel > LAST_CHANNEL) {
      return; // 4096 re-selections: Send indications from now on
    }
    sendChannelBind(new Channel(nextChannel++, peer));
  }

  private void sendChannelBind(Channel c) {
    transactions.request(
        StunCodec.CHANNEL_BIND,
        w ->
            w.u32(StunCodec.CHANNEL_NUMBER, c.number() << 16)
                .address(StunCodec.XOR_PEER_ADDRESS, c.peer()),
        MAX_SENDS,
        m -> {
          permissions.put(c.peer().getAddress(), Boolean.TRUE);
          if (channel == null || !c.equals(channel)) {
            LOG.debug("TURN channel {} bound to {} on {}", c.number(), c.peer(), server());
          }
          channel = c;
        },
        (code, reason) ->
            LOG.warn("TURN channel to {} on {} refused: {}", c.peer(), server(), reason));
  }

  private void releaseNow() {
    cancel(refresh);
    cancel(permissionRefresh);
    channel = null;
    if (allocating) {
      // an allocation the server may grant after we leave would hold this port's 5-tuple for its
      // lifetime (a later leg on the port would get 437): wait for the answer, a few seconds at
      // most
      timer.schedule(() -> released.complete(null), RELEASE_WAIT_SECONDS, TimeUnit.SECONDS);
      return;
    }
    transactions.cancelAll();
    if (relayed == null) {
      released.complete(null);
      return;
    }
    transactions.request(
        StunCodec.REFRESH,
        w -> w.u32(StunCodec.LIFETIME, 0),
        RELEASE_SENDS,
        m -> {
          LOG.debug("TURN allocation {} on {} released", relayed, server());
          released.complete(null);
        },
        (code, reason) -> {
          LOG.debug("TURN allocation {} on {}: release answered {}", relayed, server(), reason);
          released.complete(null);
        });
  }

  private static void cancel(@Nullable ScheduledFuture<?> f) {
    if (f != null) {
      f.cancel(false);
    }
  }
}
