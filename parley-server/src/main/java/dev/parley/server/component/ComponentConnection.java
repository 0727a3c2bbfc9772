/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.component;

import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.stanza.StanzaNamespaces;
import dev.parley.protocol.stream.Handshake;
import dev.parley.protocol.stream.StreamError;
import dev.parley.protocol.stream.StreamHeader;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlOut;
import dev.parley.protocol.xml.XmlStreamParser;
import dev.parley.server.internal.metrics.TaggedCounters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One XEP-0114 connection from Parley to an XMPP server, for one component domain, kept up for the
 * life of the process.
 *
 * <p><b>Threads.</b> A reader thread connects, performs the handshake and then parses stanza after
 * stanza, handing each to the inbound consumer (the router, which never blocks). A writer thread
 * drains the outbound queue to the socket, flushing when the queue is empty, and writes a
 * whitespace keep-alive when idle.
 *
 * <p><b>Failures.</b> Any failure closes the socket and the reader reconnects after a {@link
 * Backoff} delay, for ever until {@link #close}. The first attempt's outcome is reported by {@link
 * #firstConnection()}: it completes when the handshake succeeds, and fails at once for failures
 * retrying cannot fix ({@code not-authorized}, {@code host-unknown}); transient failures (refused,
 * timeout, conflict) keep it pending while retries continue.
 *
 * <p><b>Dead links.</b> When nothing has been received for {@code pingInterval}, Parley sends an
 * XEP-0199 ping from its domain to its domain: the server routes it back, so its arrival proves the
 * link works both ways. If nothing arrives within {@code pingTimeout}, the link is closed and
 * reconnected.
 *
 * <p><b>Outbound queue policy.</b> Senders serialise stanzas on their own thread and queue the
 * bytes (at most {@code queueCapacity}). When the queue is full a sender waits up to {@code
 * queueTimeout}; if the server still has not drained it, the stanza is dropped (counted in {@code
 * parley.stanzas.dropped}) and the link is declared stalled and reconnected. Stanzas queued while
 * disconnected are sent after the next handshake.
 */
public final class ComponentConnection implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(ComponentConnection.class);
  private static final byte[] KEEP_ALIVE = {' '};
  private static final byte[] CLOSE = StreamHeader.closeTag().getBytes(StandardCharsets.UTF_8);

  /** The connection's state as seen by health checks. */
  public enum State {
    CONNECTING,
    CONNECTED,
    DISCONNECTED,
    CLOSED
  }

  /** Notified on the reader thread when the link comes up or goes down. */
  public interface Listener {
    void onConnected(ComponentConnection connection);

    void onDisconnected(ComponentConnection connection, String reason);
  }

  private final ConnectionSettings settings;
  private final CodecRegistry registry;
  private final Consumer<XmlElement> inbound;
  private final ScheduledExecutorService timer;
  private final Listener listener;
  private final RandomGenerator random;
  private final BlockingQueue<byte[]> queue;
  private final CompletableFuture<Void> firstConnection = new CompletableFuture<>();
  private final AtomicReference<State> state = new AtomicReference<>(State.CONNECTING);
  private final AtomicReference<Socket> socket = new AtomicReference<>();
  private final AtomicLong lastInbound = new AtomicLong(System.nanoTime());
  private final AtomicLong pingSent = new AtomicLong();
  private final AtomicLong pingCounter = new AtomicLong();
  private final Counter reconnects;
  private final Counter dropped;
  private final TaggedCounters stanzasOut;
  private final MeterRegistry meters;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile boolean closing;
  private volatile String lastFailure = "not connected yet";
  private Thread reader;
  private ScheduledFuture<?> livenessCheck;

  public ComponentConnection(
      ConnectionSettings settings,
      CodecRegistry registry,
      Consumer<XmlElement> inbound,
      ScheduledExecutorService timer,
      MeterRegistry meters,
      Listener listener,
      RandomGenerator random) {
    this.settings = settings;
    this.registry = registry;
    this.inbound = inbound;
    this.timer = timer;
    this.listener = listener;
    this.random = random;
    this.meters = meters;
    this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
    String domain = settings.domain().toString();
    this.reconnects =
        Counter.builder("parley.xmpp.reconnects").tag("domain", domain).register(meters);
    this.dropped = Counter.builder("parley.stanzas.dropped").tag("domain", domain).register(meters);
    this.stanzasOut = new TaggedCounters(meters, "parley.stanzas.out", "kind");
    Gauge.builder("parley.xmpp.outbound.queue", queue, BlockingQueue::size)
        .tag("domain", domain)
        .register(meters);
    Gauge.builder("parley.xmpp.connected", state, s -> s.get() == State.CONNECTED ? 1 : 0)
        .tag("domain", domain)
        .register(meters);
  }

  public ConnectionSettings settings() {
    return settings;
  }

  public State state() {
    return state.get();
  }

  /** Why the link is not up, or the last failure it had. */
  public String lastFailure() {
    return lastFailure;
  }

  /** Starts connecting in the background; see {@link #firstConnection()}. */
  public void start() {
    if (reader != null) {
      throw new IllegalStateException("already started");
    }
    reader = new Thread(this::run, "parley-xmpp-" + settings.domain());
    reader.start();
    long pingCheck = Math.max(1_000, settings.pingInterval().toMillis() / 4);
    livenessCheck =
        timer.scheduleWithFixedDelay(
            this::checkLiveness, pingCheck, pingCheck, TimeUnit.MILLISECONDS);
  }

  /**
   * Completes when the first handshake succeeds; fails with a {@link ConnectException} when the
   * first attempt fails in a way retrying cannot fix.
   */
  public CompletableFuture<Void> firstConnection() {
    return firstConnection;
  }

  /**
   * Queues a stanza. It is serialised on the calling thread, into the stream's namespace. See the
   * class comment for what happens when the queue is full.
   */
  public void send(Stanza stanza) {
    StringBuilder sb = new StringBuilder(256);
    new XmlOut(
            sb,
            registry,
            StanzaNamespaces.COMPONENT,
            StanzaNamespaces.COMPONENT,
            "stream",
            StreamHeader.STREAM_NS)
        .element(stanza);
    byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
    stanzasOut.increment(kind(stanza));
    try {
      if (!queue.offer(bytes, settings.queueTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
        dropped.increment();
        LOG.warn(
            "outbound queue full for {} ms: dropping a stanza to {} and reconnecting the stalled link",
            settings.queueTimeout().toMillis(),
            stanza.to());
        disconnect("outbound queue stalled");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      dropped.increment();
    }
  }

  /**
   * Closes gracefully: writes what is queued, closes the XML stream, waits briefly for the server
   * to close its side, and stops both threads. Returns when they have stopped or {@code grace} has
   * passed.
   */
  @Override
  public void close() {
    close(Duration.ofSeconds(5));
  }

  public void close(Duration grace) {
    closing = true;
    if (reader == null) {
      state.set(State.CLOSED);
      return;
    }
    if (state.get() == State.CONNECTED) {
      // Wake the writer: it flushes the queue, closes the XML stream, and the server's close ends
      // the reader.
      queue.offer(KEEP_ALIVE);
    } else {
      reader.interrupt();
    }
    try {
      stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    Socket still = socket.get();
    if (still != null) {
      closeQuietly(still);
    }
    reader.interrupt();
    try {
      stopped.await(1, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    state.set(State.CLOSED);
    firstConnection.completeExceptionally(
        new ConnectException(ConnectFailure.PROTOCOL, "closed before connecting"));
  }

  // --- the reader thread ------------------------------------------------------------------------

  private void run() {
    MDC.put("domain", settings.domain().toString());
    int attempt = 0;
    try {
      while (!closing) {
        state.set(State.CONNECTING);
        try {
          session();
          attempt = 0;
        } catch (ConnectException e) {
          lastFailure = e.getMessage();
          if (!e.failure().isTransient()) {
            firstConnection.completeExceptionally(e);
          }
          if (!closing) {
            LOG.error(
                "cannot connect component {} to {}:{}: {}",
                settings.domain(),
                settings.host(),
                settings.port(),
                e.getMessage());
          }
        }
        if (closing) {
          break;
        }
        state.set(State.DISCONNECTED);
        Duration wait = settings.backoff().delay(attempt++, random);
        LOG.info("reconnecting {} in {} ms", settings.domain(), wait.toMillis());
        reconnects.increment();
        Thread.sleep(wait.toMillis());
      }
    } catch (InterruptedException e) {
      // close() interrupts a reader that is waiting to reconnect
    } finally {
      state.set(State.CLOSED);
      livenessCheck.cancel(false);
      stopped.countDown();
      MDC.remove("domain");
    }
  }

  /** One connection, from TCP connect to loss. Returns normally after a connected session ends. */
  private void session() throws ConnectException {
    Socket s = new Socket();
    Thread writer = null;
    try {
      try {
        s.connect(
            new InetSocketAddress(settings.host(), settings.port()),
            (int) settings.connectTimeout().toMillis());
      } catch (IOException e) {
        throw new ConnectException(
            ConnectFailure.CONNECTION_REFUSED,
            settings.host() + ":" + settings.port() + ": " + e.getMessage());
      }
      socket.set(s);
      if (closing) {
        return;
      }
      XmlStreamParser parser = handshake(s);
      state.set(State.CONNECTED);
      lastInbound.set(System.nanoTime());
      pingSent.set(0);
      firstConnection.complete(null);
      LOG.info(
          "component {} connected to {}:{}", settings.domain(), settings.host(), settings.port());
      listener.onConnected(this);
      writer = startWriter(s);
      String reason = readStanzas(parser);
      lastFailure = reason;
      if (!closing) {
        LOG.warn("component {} lost its connection: {}", settings.domain(), reason);
      }
      listener.onDisconnected(this, reason);
    } catch (IOException e) {
      throw new ConnectException(ConnectFailure.PROTOCOL, e.getMessage());
    } finally {
      socket.set(null);
      if (writer != null) {
        writer.interrupt();
        try {
          writer.join(2_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      closeQuietly(s);
    }
  }

  private XmlStreamParser handshake(Socket s) throws IOException, ConnectException {
    s.setTcpNoDelay(true);
    s.setKeepAlive(true);
    s.setSoTimeout((int) settings.connectTimeout().toMillis());
    OutputStream out = s.getOutputStream();
    out.write(
        StreamHeader.componentOpen(settings.domain().toString())
            .openTag()
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
    try {
      XmlStreamParser parser = new XmlStreamParser(s.getInputStream(), registry, settings.limits());
      StreamHeader header = StreamHeader.from(parser.readRoot());
      if (header.id() == null) {
        XmlElement next = parser.next();
        throw failure(next, "the server's stream header has no id");
      }
      out.write(serialise(Handshake.of(header.id(), settings.secret())));
      out.flush();
      XmlElement answer = parser.next();
      if (!(answer instanceof Handshake)) {
        throw failure(answer, "expected <handshake/>");
      }
      s.setSoTimeout(0);
      return parser;
    } catch (SocketTimeoutException e) {
      throw new ConnectException(
          ConnectFailure.TIMEOUT,
          "no handshake answer within " + settings.connectTimeout().toMillis() + " ms");
    } catch (ProtocolException e) {
      throw new ConnectException(ConnectFailure.PROTOCOL, e.getMessage());
    } catch (UncheckedIOException e) {
      throw new ConnectException(
          ConnectFailure.PROTOCOL,
          "connection lost during the handshake: " + e.getCause().getMessage());
    }
  }

  private static ConnectException failure(XmlElement received, String otherwise) {
    if (received instanceof StreamError error) {
      ConnectFailure failure =
          switch (error.condition()) {
            case NOT_AUTHORIZED -> ConnectFailure.NOT_AUTHORIZED;
            case HOST_UNKNOWN, IMPROPER_ADDRESSING, INVALID_FROM -> ConnectFailure.HOST_UNKNOWN;
            case CONFLICT -> ConnectFailure.CONFLICT;
            default -> ConnectFailure.PROTOCOL;
          };
      String text = error.text() == null ? "" : ": " + error.text();
      return new ConnectException(failure, "stream error " + error.condition().xml() + text);
    }
    return new ConnectException(
        ConnectFailure.PROTOCOL, received == null ? "the server closed the stream" : otherwise);
  }

  /** Reads until the stream ends; returns why it ended. */
  private String readStanzas(XmlStreamParser parser) {
    try {
      while (true) {
        XmlElement element = parser.next();
        lastInbound.set(System.nanoTime());
        pingSent.set(0);
        if (element == null) {
          return "the server closed the stream";
        }
        if (element instanceof StreamError error) {
          return "stream error "
              + error.condition().xml()
              + (error.text() == null ? "" : ": " + error.text());
        }
        inbound.accept(element);
      }
    } catch (ProtocolException e) {
      // The server's stream is broken (not well-formed, a DTD, a limit): it cannot be
      // resynchronised, and a stream
      // error queued now could only reach the next session, so the link is simply dropped and
      // reconnected.
      return "unreadable input from the server: " + e.getMessage();
    } catch (UncheckedIOException e) {
      return closing ? "closed" : "connection lost: " + e.getCause().getMessage();
    }
  }

  // --- the writer thread ------------------------------------------------------------------------

  private Thread startWriter(Socket s) throws IOException {
    OutputStream out = new BufferedOutputStream(s.getOutputStream(), 16 * 1024);
    Thread writer =
        new Thread(
            () -> {
              try {
                while (true) {
                  byte[] next = queue.poll(settings.keepAlive().toMillis(), TimeUnit.MILLISECONDS);
                  if (next == null) {
                    out.write(KEEP_ALIVE);
                  } else {
                    out.write(next);
                    for (byte[] more = queue.poll(); more != null; more = queue.poll()) {
                      out.write(more);
                    }
                  }
                  out.flush();
                  if (closing && queue.isEmpty()) {
                    out.write(CLOSE);
                    out.flush();
                    s.shutdownOutput();
                    return;
                  }
                }
              } catch (InterruptedException e) {
                // session over
              } catch (IOException e) {
                disconnect("write failed: " + e.getMessage());
              }
            },
            "parley-xmpp-writer-" + settings.domain());
    writer.start();
    return writer;
  }

  // --- liveness ---------------------------------------------------------------------------------

  private void checkLiveness() {
    if (state.get() != State.CONNECTED) {
      return;
    }
    if (closing) {
      // Nudge the writer so it sees the closing flag even when nothing is queued.
      queue.offer(KEEP_ALIVE);
      return;
    }
    long now = System.nanoTime();
    long idle = now - lastInbound.get();
    long sent = pingSent.get();
    if (sent != 0 && now - sent > settings.pingTimeout().toNanos()) {
      LOG.warn(
          "component {}: no answer to a keep-alive ping within {} ms, reconnecting",
          settings.domain(),
          settings.pingTimeout().toMillis());
      disconnect("keep-alive ping timed out");
    } else if (sent == 0 && idle > settings.pingInterval().toNanos()) {
      pingSent.set(now);
      Iq ping =
          Iq.get(settings.domain(), Ping.INSTANCE)
              .withFrom(settings.domain())
              .withId("parley-keepalive-" + pingCounter.incrementAndGet());
      queue.offer(serialise(ping));
    }
  }

  private void disconnect(String why) {
    Socket s = socket.get();
    if (s != null) {
      LOG.debug("closing the link of {}: {}", settings.domain(), why);
      lastFailure = why;
      closeQuietly(s);
    }
  }

  private byte[] serialise(XmlElement e) {
    StringBuilder sb = new StringBuilder(128);
    new XmlOut(
            sb,
            registry,
            StanzaNamespaces.COMPONENT,
            StanzaNamespaces.COMPONENT,
            "stream",
            StreamHeader.STREAM_NS)
        .element(e);
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static String kind(Stanza s) {
    return s instanceof Iq ? "iq" : s instanceof Message ? "message" : "presence";
  }

  private static void closeQuietly(Socket s) {
    try {
      s.close();
    } catch (IOException e) {
      // already broken
    }
  }

  /** For tests: the stanzas waiting to be written. */
  List<byte[]> queued() {
    return List.copyOf(queue);
  }
}
