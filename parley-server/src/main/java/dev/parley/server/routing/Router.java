/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Presence;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ElementCodec;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.RejectedElement;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.internal.concurrent.Deadlines;
import dev.parley.server.internal.concurrent.KeyedSerialExecutor;
import dev.parley.server.internal.metrics.TaggedCounters;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import javax.xml.namespace.QName;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Dispatches every inbound stanza to the handler registered for it, in order per routing key, and
 * is the one error boundary of the component.
 *
 * <ul>
 *   <li><b>Order</b>: stanzas for an entity under the component ({@code room@domain}) run in order
 *       on that entity's serial executor; stanzas for the domain itself run in order per sender
 *       (bare JID). Different keys run in parallel.
 *   <li><b>IQ get/set</b>: routed by type and payload name. Every one receives exactly one reply:
 *       the handler's result, the error of the {@link StanzaException} it throws, {@code
 *       bad-request} for invalid stanzas, {@code service-unavailable} when nothing handles the
 *       payload, {@code internal-server-error} for a bug, or the deadline's error when a deferred
 *       answer never comes. {@code result} and {@code error} IQs are never answered: they complete
 *       Parley's own requests or are dropped.
 *   <li><b>Messages</b> are routed by payload, <b>presence</b> by predicate; unhandled ones are
 *       dropped.
 *   <li><b>Errors</b>: handlers throw; this class turns exceptions into error replies and logs once
 *       — peer mistakes at debug level without a stack trace, bugs at error level with one.
 * </ul>
 */
public final class Router {
  private static final Logger LOG = LoggerFactory.getLogger(Router.class);
  private static final Object NO_SENDER = new Object();

  private record IqRoute(String feature, DeferredIqHandler handler) {}

  private record MessageRoute(String feature, MessageHandler handler) {}

  private record PresenceRoute(
      String feature, Predicate<Presence> accepts, PresenceHandler handler) {}

  private final Map<QName, IqRoute> gets;
  private final Map<QName, IqRoute> sets;
  private final Map<QName, MessageRoute> messages;
  private final List<PresenceRoute> presences;
  private final Set<DomainBareJid> domains;
  private final DomainBareJid primaryDomain;
  private final CodecRegistry registry;
  private final Outbound outbound;
  private final KeyedSerialExecutor executor;
  private final Duration deadline;
  private final Deadlines<IqExchange> deadlines;
  private final PendingRequests pending;
  private final AtomicInteger openExchanges = new AtomicInteger();
  private volatile boolean stopped;
  private final Map<Class<?>, QName> payloadNames = new ConcurrentHashMap<>();
  private final MeterRegistry meters;
  private final TaggedCounters stanzasIn;
  private final TaggedCounters replies;
  private final Timer iqLatency;

  private Router(Builder b) {
    this.gets = Map.copyOf(b.gets);
    this.sets = Map.copyOf(b.sets);
    this.messages = Map.copyOf(b.messages);
    this.presences = List.copyOf(b.presences);
    this.domains = Set.copyOf(b.domains);
    this.primaryDomain = b.domains.get(0);
    this.registry = b.registry;
    this.outbound = b.outbound;
    this.executor = b.executor;
    this.deadline = b.deadline;
    this.deadlines = new Deadlines<>(b.timer, resolution(b.deadline), this::expire);
    this.meters = b.meters;
    this.stanzasIn = new TaggedCounters(meters, "parley.stanzas.in", "kind");
    this.replies = new TaggedCounters(meters, "parley.iq.replies", "condition");
    this.pending =
        new PendingRequests(b.timer, "parley-" + Long.toHexString(System.nanoTime()) + "-");
    this.iqLatency =
        Timer.builder("parley.iq.handling")
            .description("time from reading an IQ get/set to queueing its reply")
            .publishPercentileHistogram()
            .register(meters);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The component domains this router serves; the first is the primary one. */
  public Set<DomainBareJid> domains() {
    return domains;
  }

  /**
   * Accepts an element read from a component stream. Called by the connection's reader thread;
   * never blocks.
   */
  public void accept(XmlElement element) {
    if (stopped && refuseWhileStopping(element)) {
      return;
    }
    if (element instanceof Iq iq) {
      count("iq");
      executor.execute(routingKey(iq), () -> onIq(iq));
    } else if (element instanceof Message message) {
      count("message");
      executor.execute(routingKey(message), () -> onMessage(message));
    } else if (element instanceof Presence presence) {
      count("presence");
      executor.execute(routingKey(presence), () -> onPresence(presence));
    } else if (element instanceof RejectedElement rejected) {
      count("rejected");
      Jid from = parseJid(rejected.attribute("from"));
      executor.execute(from == null ? NO_SENDER : from.asBareJid(), () -> onRejected(rejected));
    } else {
      LOG.debug("ignoring a top-level {} that is not a stanza", element.getClass().getSimpleName());
    }
  }

  /**
   * Sends an IQ request and returns its answer (a {@code result}, or an {@code error} IQ — both
   * complete normally). The future fails with a {@link java.util.concurrent.TimeoutException} after
   * {@code timeout}. It completes on the serial executor of the answer's routing key, so a
   * conference's continuation runs in the conference's order.
   */
  public CompletableFuture<Iq> request(Iq request, Duration timeout) {
    CompletableFuture<Iq> answer = new CompletableFuture<>();
    outbound.send(pending.register(request, answer, timeout));
    return answer;
  }

  /**
   * The serial executor of an entity under the component ({@code room@domain}): tasks run in order
   * with, and never concurrently with, the stanzas routed to that entity (any resource). A feature
   * that owns the entity runs its timers and callbacks here, so its state needs no locks.
   */
  public Executor serialExecutor(Jid entity) {
    Object key = entity.asBareJid();
    return task -> executor.execute(key, task);
  }

  /** Sends any stanza (no reply expected). */
  public void send(Stanza stanza) {
    outbound.send(stanza);
  }

  /** Fails every request awaiting an answer, e.g. when the connection was lost. */
  public void failPendingRequests(Throwable cause) {
    pending.failAll(cause);
  }

  /**
   * Stops taking new work, for a graceful shutdown: from now on a request read is answered at once
   * with {@code service-unavailable} (type {@code wait}, "shutting down") instead of being handled,
   * and messages and presences are dropped; answers to Parley's own requests are still taken. So
   * {@link #awaitIdle} waits only for what was read before, and nothing read after it is left
   * without an answer while the streams close.
   */
  public void stopAccepting() {
    stopped = true;
  }

  private boolean refuseWhileStopping(XmlElement element) {
    if (element instanceof Iq iq && iq.isRequest()) {
      count("iq");
      Iq refusal =
          iq.error(
              StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE, "shutting down")
                  .withType(StanzaError.Type.WAIT));
      outbound.send(fromOurDomain(refusal));
      return true;
    }
    if (element instanceof Iq) {
      return false; // an answer to one of our requests
    }
    LOG.debug("shutting down: dropping a {}", element.getClass().getSimpleName());
    return true;
  }

  /**
   * Waits until every queued stanza has been handled and every IQ answered, or the timeout passes.
   * Returns whether the router became idle. For graceful shutdown, after {@link #stopAccepting}.
   */
  public boolean awaitIdle(Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (executor.pending() > 0 || openExchanges.get() > 0) {
      if (System.nanoTime() > end) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
    return true;
  }

  /** IQ get/set requests read and not yet answered. */
  public int openExchanges() {
    return openExchanges.get();
  }

  // --- dispatch ---------------------------------------------------------------------------------

  private void onIq(Iq iq) {
    if (!iq.isRequest()) {
      if (!pending.complete(iq)) {
        LOG.debug(
            "dropping an unexpected IQ {} id={} from {}", iq.type().xml(), iq.id(), iq.from());
      }
      return;
    }
    long received = System.nanoTime();
    openExchanges.incrementAndGet();
    IqExchange exchange =
        new IqExchange(iq, reply -> sendReply(fromOurDomain(reply), received), received);
    if (!servesDomainOf(iq.to())) {
      exchange.error(
          StanzaError.of(
              StanzaError.Condition.SERVICE_UNAVAILABLE, "this component serves " + domains));
      return;
    }
    IqRoute route = routeFor(iq.type() == Iq.Type.GET ? gets : sets, iq);
    if (route == null) {
      exchange.error(
          iq.payloads().isEmpty()
              ? StanzaError.of(
                  StanzaError.Condition.BAD_REQUEST,
                  "an IQ " + iq.type().xml() + " needs a payload")
              : StanzaError.of(StanzaError.Condition.SERVICE_UNAVAILABLE));
      return;
    }
    withContext(
        iq,
        route.feature,
        () -> {
          try {
            route.handler.handle(exchange);
            if (exchange.isDeferred()) {
              scheduleDeadline(exchange, route.feature);
            } else if (!exchange.isAnswered()) {
              LOG.error(
                  "handler returned without answering IQ id={}: bug in feature {}",
                  iq.id(),
                  route.feature);
              exchange.error(StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR));
            }
          } catch (StanzaException e) {
            LOG.debug("refused: {}", e.getMessage());
            exchange.error(e.error());
          } catch (ProtocolException e) {
            LOG.debug("invalid payload: {}", e.getMessage());
            exchange.error(StanzaError.of(StanzaError.Condition.BAD_REQUEST, e.getMessage()));
          } catch (RuntimeException e) {
            LOG.error("feature {} failed on IQ id={}", route.feature, iq.id(), e);
            exchange.error(StanzaError.of(StanzaError.Condition.INTERNAL_SERVER_ERROR));
          }
        });
  }

  private @Nullable IqRoute routeFor(Map<QName, IqRoute> table, Iq iq) {
    for (XmlElement payload : iq.payloads()) {
      IqRoute route = table.get(nameOf(payload));
      if (route != null) {
        return route;
      }
    }
    return null;
  }

  private void onMessage(Message message) {
    if (!servesDomainOf(message.to())) {
      LOG.debug("dropping a message for {}: not a domain of this component", message.to());
      return;
    }
    for (XmlElement payload : message.payloads()) {
      MessageRoute route = messages.get(nameOf(payload));
      if (route != null) {
        withContext(
            message,
            route.feature,
            () -> {
              try {
                route.handler.handle(message, payload);
              } catch (StanzaException e) {
                LOG.debug("refused message: {}", e.getMessage());
                if (message.type() != Message.Type.ERROR) {
                  outbound.send(message.error(e.error()));
                }
              } catch (RuntimeException e) {
                LOG.error("feature {} failed on a message id={}", route.feature, message.id(), e);
              }
            });
        return;
      }
    }
    LOG.debug("no handler for message id={} from {}", message.id(), message.from());
  }

  private void onPresence(Presence presence) {
    if (!servesDomainOf(presence.to())) {
      return;
    }
    for (PresenceRoute route : presences) {
      if (route.accepts.test(presence)) {
        withContext(
            presence,
            route.feature,
            () -> {
              try {
                route.handler.handle(presence);
              } catch (StanzaException e) {
                LOG.debug("refused presence: {}", e.getMessage());
                if (presence.type() != Presence.Type.ERROR) {
                  outbound.send(presence.error(e.error()));
                }
              } catch (RuntimeException e) {
                LOG.error(
                    "feature {} failed on presence from {}", route.feature, presence.from(), e);
              }
            });
        return;
      }
    }
  }

  private void onRejected(RejectedElement rejected) {
    String local = rejected.name().getLocalPart();
    String type = rejected.attribute("type");
    String id = rejected.attribute("id");
    LOG.debug(
        "refusing an invalid <{}/> id={} from {}: {}",
        local,
        id,
        rejected.attribute("from"),
        rejected.problem().getMessage());
    boolean request =
        "iq".equals(local) && ("get".equals(type) || "set".equals(type) || type == null);
    boolean answerable = !"error".equals(type) && !"result".equals(type);
    Jid from = parseJid(rejected.attribute("from"));
    Jid to = parseJid(rejected.attribute("to"));
    if (from == null
        || !answerable
        || !("iq".equals(local) || "message".equals(local) || "presence".equals(local))) {
      return;
    }
    StanzaError error =
        StanzaError.of(StanzaError.Condition.BAD_REQUEST, rejected.problem().getMessage());
    Jid replyFrom = to != null && servesDomainOf(to) ? to : primaryDomain;
    Stanza reply =
        switch (local) {
          case "iq" ->
              new Iq(Iq.Type.ERROR, id, replyFrom, from, null, List.of(), error, Extensions.NONE);
          case "message" ->
              new Message(
                  Message.Type.ERROR,
                  id,
                  replyFrom,
                  from,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  error,
                  Extensions.NONE);
          default ->
              new Presence(
                  Presence.Type.ERROR,
                  id,
                  replyFrom,
                  from,
                  null,
                  null,
                  null,
                  null,
                  List.of(),
                  error,
                  Extensions.NONE);
        };
    if (request) {
      replies.increment(error.condition().xml());
    }
    outbound.send(reply);
  }

  // --- helpers ----------------------------------------------------------------------------------

  private void sendReply(Iq reply, long receivedNanos) {
    iqLatency.record(System.nanoTime() - receivedNanos, TimeUnit.NANOSECONDS);
    replies.increment(reply.error() == null ? "result" : reply.error().condition().xml());
    outbound.send(reply);
    // Only now: awaitIdle (graceful shutdown) must not see the exchange closed while its reply is
    // not yet in the connection's queue, which the writer flushes before it closes the stream.
    openExchanges.decrementAndGet();
  }

  private void scheduleDeadline(IqExchange exchange, String feature) {
    exchange.deadline(deadlines, exchange.receivedNanos() + deadline.toNanos(), feature);
  }

  /**
   * How late a deferred answer's deadline may fire: a tenth of the deadline, between 10 ms and a
   * second (the default deadline, 30 s, is checked every second).
   */
  static Duration resolution(Duration deadline) {
    Duration tenth = deadline.dividedBy(10);
    Duration min = Duration.ofMillis(10);
    Duration max = Duration.ofSeconds(1);
    return tenth.compareTo(min) < 0 ? min : tenth.compareTo(max) > 0 ? max : tenth;
  }

  private void expire(IqExchange exchange) {
    if (exchange.error(
        StanzaError.of(
                StanzaError.Condition.INTERNAL_SERVER_ERROR,
                "the request could not be completed in time")
            .withType(StanzaError.Type.WAIT))) {
      LOG.warn(
          "feature {} did not answer IQ id={} within {}",
          exchange.feature(),
          exchange.request().id(),
          deadline);
    }
  }

  /** Deferred requests whose deadline is tracked now (for tests). */
  int deadlinesTracked() {
    return deadlines.size();
  }

  /**
   * {@code reply} as sent: from one of our domains (the primary one if not), or the server refuses
   * it.
   */
  private Iq fromOurDomain(Iq reply) {
    return servesDomainOf(reply.from()) ? reply : reply.withFrom(primaryDomain);
  }

  private boolean servesDomainOf(@Nullable Jid to) {
    return to == null || domains.contains(to.asDomainBareJid());
  }

  private QName nameOf(XmlElement payload) {
    if (payload instanceof ForeignElement foreign) {
      return foreign.name();
    }
    return payloadNames.computeIfAbsent(
        payload.getClass(),
        type -> {
          @SuppressWarnings("unchecked")
          ElementCodec<?> codec = registry.codecFor((Class<XmlElement>) type);
          return codec == null ? new QName("", type.getName()) : codec.name();
        });
  }

  private static Object routingKey(Stanza s) {
    Jid to = s.to();
    if (to != null && to.hasLocalpart()) {
      return to.asBareJid();
    }
    Jid from = s.from();
    return from == null ? NO_SENDER : from.asBareJid();
  }

  private static void withContext(Stanza s, String feature, Runnable work) {
    MDC.put("peer", s.from() == null ? "-" : s.from().toString());
    MDC.put("stanza", s.id() == null ? "-" : s.id());
    MDC.put("feature", feature);
    try {
      work.run();
    } finally {
      MDC.remove("peer");
      MDC.remove("stanza");
      MDC.remove("feature");
    }
  }

  private void count(String kind) {
    stanzasIn.increment(kind);
  }

  private static @Nullable Jid parseJid(@Nullable String value) {
    if (value == null) {
      return null;
    }
    try {
      return JidCreate.from(value);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      return null;
    }
  }

  /** Registers handlers; each registration names the feature for logs and metrics. */
  public static final class Builder {
    private final Map<QName, IqRoute> gets = new HashMap<>();
    private final Map<QName, IqRoute> sets = new HashMap<>();
    private final Map<QName, MessageRoute> messages = new HashMap<>();
    private final List<PresenceRoute> presences = new ArrayList<>();
    private final List<DomainBareJid> domains = new ArrayList<>();
    private CodecRegistry registry;
    private Outbound outbound;
    private KeyedSerialExecutor executor;
    private ScheduledExecutorService timer;
    private Duration deadline = Duration.ofSeconds(30);
    private MeterRegistry meters;

    public Builder domain(DomainBareJid domain) {
      domains.add(domain);
      return this;
    }

    public Builder registry(CodecRegistry codecs) {
      this.registry = codecs;
      return this;
    }

    public Builder outbound(Outbound out) {
      this.outbound = out;
      return this;
    }

    public Builder executor(KeyedSerialExecutor serial) {
      this.executor = serial;
      return this;
    }

    public Builder timer(ScheduledExecutorService scheduler) {
      this.timer = scheduler;
      return this;
    }

    /**
     * How long a deferred IQ may stay unanswered before the router answers for it. Default 30 s.
     */
    public Builder deadline(Duration d) {
      this.deadline = d;
      return this;
    }

    public Builder meters(MeterRegistry registry) {
      this.meters = registry;
      return this;
    }

    /** A synchronous handler for IQ {@code get}s carrying {@code payload}. */
    public Builder get(String feature, QName payload, IqHandler handler) {
      return route(gets, feature, payload, sync(handler));
    }

    /** A synchronous handler for IQ {@code set}s carrying {@code payload}. */
    public Builder set(String feature, QName payload, IqHandler handler) {
      return route(sets, feature, payload, sync(handler));
    }

    public Builder deferredGet(String feature, QName payload, DeferredIqHandler handler) {
      return route(gets, feature, payload, handler);
    }

    public Builder deferredSet(String feature, QName payload, DeferredIqHandler handler) {
      return route(sets, feature, payload, handler);
    }

    public Builder message(String feature, QName payload, MessageHandler handler) {
      if (messages.putIfAbsent(payload, new MessageRoute(feature, handler)) != null) {
        throw new IllegalStateException("two message handlers for " + payload);
      }
      return this;
    }

    /**
     * Presence handlers are asked in registration order; the first that accepts a presence handles
     * it.
     */
    public Builder presence(String feature, Predicate<Presence> accepts, PresenceHandler handler) {
      presences.add(new PresenceRoute(feature, accepts, handler));
      return this;
    }

    public Router build() {
      if (domains.isEmpty()
          || registry == null
          || outbound == null
          || executor == null
          || timer == null
          || meters == null) {
        throw new IllegalStateException(
            "a router needs domains, codecs, an outbound, an executor, a timer and meters");
      }
      return new Router(this);
    }

    private Builder route(
        Map<QName, IqRoute> table, String feature, QName payload, DeferredIqHandler handler) {
      if (table.putIfAbsent(payload, new IqRoute(feature, handler)) != null) {
        throw new IllegalStateException("two IQ handlers for " + payload);
      }
      return this;
    }

    private static DeferredIqHandler sync(IqHandler handler) {
      return exchange -> exchange.result(handler.handle(exchange.request()));
    }
  }
}
