/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.stanza.Stanza;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.RejectedElement;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.server.internal.concurrent.KeyedSerialExecutor;
import dev.parley.server.internal.concurrent.NamedThreads;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The router answers every IQ get/set exactly once, whatever its handler does, and keeps order per
 * key.
 */
class RouterTest {
  private static final QName SYNC = new QName("urn:test", "sync");
  private static final QName REFUSE = new QName("urn:test", "refuse");
  private static final QName BUG = new QName("urn:test", "bug");
  private static final QName LATER = new QName("urn:test", "later");
  private static final QName NEVER = new QName("urn:test", "never");
  private static final QName TWICE = new QName("urn:test", "twice");
  private static final QName SILENT = new QName("urn:test", "silent");
  private static final QName INVALID = new QName("urn:test", "invalid");
  private static final QName UNKNOWN = new QName("urn:test", "unknown");
  private static final QName ORDER = new QName("urn:test", "order");

  private static ExecutorService pool;
  private static ScheduledExecutorService timer;

  @BeforeContainer
  static void startThreads() {
    pool = Executors.newFixedThreadPool(4);
    timer = NamedThreads.scheduler("test-timer");
  }

  @AfterContainer
  static void stopThreads() {
    pool.shutdownNow();
    timer.shutdownNow();
  }

  private final ConcurrentLinkedQueue<Stanza> sent = new ConcurrentLinkedQueue<>();
  private final List<String> order = Collections.synchronizedList(new ArrayList<>());

  private Router router() throws Exception {
    return router(Duration.ofMillis(200));
  }

  private Router router(Duration deadline) throws Exception {
    if (pool == null) {
      startThreads();
    }
    DomainBareJid domain = JidCreate.domainBareFrom("comp.example");
    return Router.builder()
        .domain(domain)
        .registry(ParleyCodecs.registry())
        .outbound(sent::add)
        .executor(new KeyedSerialExecutor(pool, 8))
        .timer(timer)
        .deadline(deadline)
        .meters(new SimpleMeterRegistry())
        .get("test", SYNC, iq -> ForeignElement.empty("urn:test", "answer"))
        .get(
            "test",
            REFUSE,
            iq -> {
              throw new StanzaException(StanzaError.Condition.NOT_ACCEPTABLE, "no");
            })
        .get(
            "test",
            BUG,
            iq -> {
              throw new IllegalStateException("a bug");
            })
        .get(
            "test",
            INVALID,
            iq -> {
              throw ProtocolException.invalid("bad value");
            })
        .deferredGet(
            "test",
            LATER,
            ex -> {
              ex.defer();
              timer.schedule(() -> ex.result(null), 20, java.util.concurrent.TimeUnit.MILLISECONDS);
            })
        .deferredGet("test", NEVER, IqExchange::defer)
        .deferredGet(
            "test",
            TWICE,
            ex -> {
              ex.result(null);
              ex.error(StanzaError.of(StanzaError.Condition.CONFLICT));
            })
        .deferredGet("test", SILENT, ex -> {})
        .set(
            "test",
            ORDER,
            iq -> {
              order.add(iq.id());
              return null;
            })
        .build();
  }

  private static Iq iq(Iq.Type type, String id, String to, XmlElement... payloads)
      throws Exception {
    return new Iq(
        type,
        id,
        JidCreate.from("user@s.example/r"),
        JidCreate.from(to),
        null,
        List.of(payloads),
        null,
        Extensions.NONE);
  }

  @Provide
  Arbitrary<List<Iq.Type>> types() {
    return Arbitraries.of(Iq.Type.class).list().ofMinSize(1).ofMaxSize(40);
  }

  @Provide
  Arbitrary<List<QName>> payloads() {
    return Arbitraries.of(
            SYNC,
            REFUSE,
            BUG,
            LATER,
            NEVER,
            TWICE,
            SILENT,
            INVALID,
            UNKNOWN,
            new QName("urn:xmpp:ping", "ping"))
        .list()
        .ofMinSize(40)
        .ofMaxSize(40);
  }

  @Property(tries = 30)
  void everyRequestGetsExactlyOneReplyAndNothingElseIsAnswered(
      @ForAll("types") List<Iq.Type> types, @ForAll("payloads") List<QName> payloads)
      throws Exception {
    sent.clear();
    Router router = router();
    int requests = 0;
    for (int i = 0; i < types.size(); i++) {
      QName p = payloads.get(i);
      XmlElement payload =
          p.getLocalPart().equals("ping")
              ? Ping.INSTANCE
              : ForeignElement.empty(p.getNamespaceURI(), p.getLocalPart());
      String to = i % 3 == 0 ? "room" + (i % 5) + "@comp.example" : "comp.example";
      router.accept(iq(types.get(i), "id" + i, to, payload));
      if (types.get(i) == Iq.Type.GET || types.get(i) == Iq.Type.SET) {
        requests++;
      }
    }
    int expected = requests;
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> sent.size() >= expected && router.openExchanges() == 0);
    Thread.sleep(300); // past the deadline: no late second answers
    Map<String, Long> repliesPerId =
        sent.stream().collect(Collectors.groupingBy(Stanza::id, Collectors.counting()));
    for (int i = 0; i < types.size(); i++) {
      boolean request = types.get(i) == Iq.Type.GET || types.get(i) == Iq.Type.SET;
      assertThat(repliesPerId.getOrDefault("id" + i, 0L))
          .as("replies to id%d (%s %s)", i, types.get(i), payloads.get(i))
          .isEqualTo(request ? 1L : 0L);
    }
    for (Stanza s : sent) {
      Iq reply = (Iq) s;
      assertThat(reply.type()).isIn(Iq.Type.RESULT, Iq.Type.ERROR);
      assertThat(reply.from().toString()).endsWith("comp.example");
      assertThat(reply.to().toString()).isEqualTo("user@s.example/r");
    }
  }

  @Test
  void repliesCarryTheConditionOfWhatHappened() throws Exception {
    Router router = router();
    Function<QName, Iq> call =
        name -> {
          sent.clear();
          try {
            router.accept(
                iq(
                    Iq.Type.GET,
                    "x",
                    "comp.example",
                    ForeignElement.empty(name.getNamespaceURI(), name.getLocalPart())));
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          await().atMost(Duration.ofSeconds(2)).until(() -> !sent.isEmpty());
          return (Iq) sent.peek();
        };
    assertThat(call.apply(SYNC).payload()).isEqualTo(ForeignElement.empty("urn:test", "answer"));
    assertThat(call.apply(REFUSE).error().condition())
        .isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(call.apply(REFUSE).error().text()).isEqualTo("no");
    assertThat(call.apply(BUG).error().condition())
        .isEqualTo(StanzaError.Condition.INTERNAL_SERVER_ERROR);
    assertThat(call.apply(INVALID).error().condition())
        .isEqualTo(StanzaError.Condition.BAD_REQUEST);
    assertThat(call.apply(UNKNOWN).error().condition())
        .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(call.apply(SILENT).error().condition())
        .isEqualTo(StanzaError.Condition.INTERNAL_SERVER_ERROR);
    Iq never = call.apply(NEVER);
    assertThat(never.error().condition()).isEqualTo(StanzaError.Condition.INTERNAL_SERVER_ERROR);
    assertThat(never.error().type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(call.apply(TWICE).type()).isEqualTo(Iq.Type.RESULT);
  }

  @Test
  void requestsWithoutPayloadAreBadRequestsAndOtherDomainsAreRefusedFromOurs() throws Exception {
    Router router = router();
    router.accept(iq(Iq.Type.GET, "empty", "comp.example"));
    router.accept(iq(Iq.Type.GET, "elsewhere", "other.example", Ping.INSTANCE));
    await().atMost(Duration.ofSeconds(2)).until(() -> sent.size() == 2);
    Map<String, Iq> byId =
        sent.stream().map(Iq.class::cast).collect(Collectors.toMap(Iq::id, i -> i));
    assertThat(byId.get("empty").error().condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
    assertThat(byId.get("elsewhere").error().condition())
        .isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(byId.get("elsewhere").from().toString()).isEqualTo("comp.example");
  }

  @Test
  void rejectedStanzasAreAnsweredWithBadRequest() throws Exception {
    Router router = router();
    router.accept(
        new RejectedElement(
            new QName("jabber:component:accept", "iq"),
            List.of(
                Attribute.of("type", "set"),
                Attribute.of("id", "r1"),
                Attribute.of("from", "user@s.example/r"),
                Attribute.of("to", "room@comp.example")),
            ProtocolException.invalid("<jingle/> has an invalid 'action'")));
    router.accept(
        new RejectedElement(
            new QName("jabber:component:accept", "iq"),
            List.of(
                Attribute.of("type", "result"),
                Attribute.of("id", "r2"),
                Attribute.of("from", "user@s.example/r")),
            ProtocolException.invalid("whatever")));
    await().atMost(Duration.ofSeconds(2)).until(() -> !sent.isEmpty());
    Thread.sleep(100);
    assertThat(sent).hasSize(1);
    Iq reply = (Iq) sent.peek();
    assertThat(reply.id()).isEqualTo("r1");
    assertThat(reply.error().condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
    assertThat(reply.error().text()).contains("action");
    assertThat(reply.from().toString()).isEqualTo("room@comp.example");
  }

  @Test
  void answeredRequestsLeaveNoDeadlineBehind() throws Exception {
    // A deadline far in the future: only the answers can take these requests out of the tracker.
    Router router = router(Duration.ofSeconds(30));
    for (int i = 0; i < 500; i++) {
      router.accept(
          iq(Iq.Type.GET, "later-" + i, "comp.example", ForeignElement.empty("urn:test", "later")));
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() >= 500);
    // Each deferred request was answered after 20 ms: none may stay tracked.
    assertThat(router.deadlinesTracked()).isZero();
  }

  @Test
  void aDeadlineIsCheckedEveryTenthOfItBetween10MillisecondsAndASecond() {
    assertThat(Router.resolution(Duration.ofSeconds(30))).isEqualTo(Duration.ofSeconds(1));
    assertThat(Router.resolution(Duration.ofSeconds(5))).isEqualTo(Duration.ofMillis(500));
    assertThat(Router.resolution(Duration.ofMillis(50))).isEqualTo(Duration.ofMillis(10));
  }

  @Test
  void orderIsKeptPerKey() throws Exception {
    Router router = router();
    for (int i = 0; i < 200; i++) {
      router.accept(
          iq(
              Iq.Type.SET,
              "room-" + i,
              "room@comp.example",
              ForeignElement.empty("urn:test", "order")));
    }
    await().atMost(Duration.ofSeconds(5)).until(() -> order.size() == 200);
    for (int i = 0; i < 200; i++) {
      assertThat(order.get(i)).isEqualTo("room-" + i);
    }
  }

  @Test
  void onceStoppedRequestsAreRefusedAtOnceButAnswersToOwnRequestsStillComplete() throws Exception {
    Router router = router();
    Jid peer = JidCreate.from("user@s.example/r");
    var future =
        router.request(
            Iq.get(peer, Ping.INSTANCE).withFrom(JidCreate.from("room@comp.example")),
            Duration.ofSeconds(2));
    Iq ours = (Iq) sent.poll();

    router.stopAccepting();
    router.accept(
        iq(Iq.Type.SET, "late", "room@comp.example", ForeignElement.empty("urn:test", "order")));
    router.accept(
        new Iq(
            Iq.Type.RESULT, ours.id(), peer, ours.from(), null, List.of(), null, Extensions.NONE));

    Iq refusal = (Iq) sent.poll();
    assertThat(refusal.id()).isEqualTo("late");
    assertThat(refusal.error().condition()).isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(refusal.error().type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(refusal.from().toString()).isEqualTo("room@comp.example");
    assertThat(future.get(2, java.util.concurrent.TimeUnit.SECONDS).type())
        .isEqualTo(Iq.Type.RESULT);
    assertThat(router.awaitIdle(Duration.ofSeconds(2))).isTrue();
    assertThat(order).as("the refused request was not handled").isEmpty();
    assertThat(sent).isEmpty();
  }

  @Test
  void answersToOwnRequestsCompleteThemAndOnlyFromTheEntityAsked() throws Exception {
    Router router = router();
    Jid peer = JidCreate.from("user@s.example/r");
    var future =
        router.request(
            Iq.get(peer, Ping.INSTANCE).withFrom(JidCreate.from("room@comp.example")),
            Duration.ofSeconds(2));
    Iq request = (Iq) sent.poll();
    Iq spoofed =
        new Iq(
            Iq.Type.RESULT,
            request.id(),
            JidCreate.from("mallory@s.example/x"),
            request.from(),
            null,
            List.of(),
            null,
            Extensions.NONE);
    router.accept(spoofed);
    Thread.sleep(100);
    assertThat(future).isNotDone();
    router.accept(
        new Iq(
            Iq.Type.RESULT,
            request.id(),
            peer,
            request.from(),
            null,
            List.of(),
            null,
            Extensions.NONE));
    assertThat(future.get(2, java.util.concurrent.TimeUnit.SECONDS).type())
        .isEqualTo(Iq.Type.RESULT);
    var timesOut = router.request(Iq.get(peer, Ping.INSTANCE), Duration.ofMillis(50));
    await().atMost(Duration.ofSeconds(2)).until(timesOut::isDone);
    assertThat(timesOut).isCompletedExceptionally();
  }

  @Test
  void messageHandlerRefusalsBounceOnceButErrorsNeverBounce() throws Exception {
    DomainBareJid domain = JidCreate.domainBareFrom("comp.example");
    Router router =
        Router.builder()
            .domain(domain)
            .registry(ParleyCodecs.registry())
            .outbound(sent::add)
            .executor(new KeyedSerialExecutor(pool, 8))
            .timer(timer)
            .meters(new SimpleMeterRegistry())
            .message(
                "test",
                REFUSE,
                (m, p) -> {
                  throw new StanzaException(StanzaError.Condition.FORBIDDEN, null);
                })
            .build();
    XmlElement payload = ForeignElement.empty("urn:test", "refuse");
    Message chat =
        Message.of(Message.Type.CHAT, domain, List.of(payload))
            .withFrom(JidCreate.from("user@s.example/r"))
            .withId("m1");
    router.accept(chat);
    router.accept(
        Message.of(Message.Type.ERROR, domain, List.of(payload))
            .withFrom(JidCreate.from("user@s.example/r"))
            .withId("m2"));
    await().atMost(Duration.ofSeconds(2)).until(() -> !sent.isEmpty());
    Thread.sleep(100);
    assertThat(sent).hasSize(1);
    assertThat(((Message) sent.peek()).error().condition())
        .isEqualTo(StanzaError.Condition.FORBIDDEN);
  }
}
