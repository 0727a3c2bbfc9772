/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.server.commands.StatusCommand;
import dev.parley.server.routing.IqExchange;
import dev.parley.server.routing.Router;
import dev.parley.testkit.ProsodyExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jivesoftware.smack.XMPPException;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Presence;
import org.jivesoftware.smack.packet.PresenceBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.caps.EntityCapsManager;
import org.jivesoftware.smackx.caps.packet.CapsExtension;
import org.jivesoftware.smackx.commands.AdHocCommand;
import org.jivesoftware.smackx.commands.AdHocCommandManager;
import org.jivesoftware.smackx.commands.RemoteCommand;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.jivesoftware.smackx.disco.packet.DiscoverItems;
import org.jivesoftware.smackx.iqversion.VersionManager;
import org.jivesoftware.smackx.iqversion.packet.Version;
import org.jivesoftware.smackx.ping.packet.Ping;
import org.jivesoftware.smackx.xdata.form.FillableForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * Disco, caps, version, ad-hoc commands and the reply guarantees, through a real Prosody to real
 * Smack clients.
 */
class BuiltInFeaturesIT {
  private static final String DOMAIN = "parley.localhost";

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").component(DOMAIN).accounts("alice", "bob").build();

  @TempDir Path data;
  private TestFeature feature;
  private Parley parley;
  private Jid domain;

  @BeforeEach
  void start() throws Exception {
    domain = JidCreate.from(DOMAIN);
    feature = new TestFeature();
    parley =
        Parley.start(
            TestConfigs.forProsody(
                PROSODY.get(), DOMAIN, data, Map.of("parley.admins", List.of("alice@localhost"))),
            List.of(feature));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    if (parley != null) {
      parley.close();
    }
  }

  private XMPPTCPConnection login(String user, String resource) {
    return PROSODY.get().login(user, resource);
  }

  @Test
  void discoOfTheDomainListsEveryFeature() throws Exception {
    XMPPTCPConnection alice = login("alice", "disco");
    DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(alice).discoverInfo(domain);
    assertThat(info.hasIdentity("component", "generic")).isTrue();
    assertThat(info.getIdentities().get(0).getName()).isEqualTo("Parley");
    for (String f :
        List.of(
            "http://jabber.org/protocol/disco#info",
            "http://jabber.org/protocol/disco#items",
            "urn:xmpp:ping",
            "jabber:iq:version",
            "http://jabber.org/protocol/commands",
            "http://jabber.org/protocol/caps")) {
      assertThat(info.containsFeature(f)).as(f).isTrue();
    }
    DiscoverItems items = ServiceDiscoveryManager.getInstanceFor(alice).discoverItems(domain);
    assertThat(items.getItems()).isEmpty();
  }

  @Test
  void discoOfEntitiesUnderTheDomain() throws Exception {
    XMPPTCPConnection alice = login("alice", "entities");
    DiscoverInfo room =
        ServiceDiscoveryManager.getInstanceFor(alice)
            .discoverInfo(JidCreate.from("room1@" + DOMAIN));
    assertThat(room.hasIdentity("conference", "audio")).isTrue();
    assertThat(room.containsFeature("urn:xmpp:jingle:1")).isTrue();
    assertThatThrownBy(
            () ->
                ServiceDiscoveryManager.getInstanceFor(alice)
                    .discoverInfo(JidCreate.from("nobody@" + DOMAIN)))
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.item_not_found));
    assertThatThrownBy(
            () ->
                ServiceDiscoveryManager.getInstanceFor(alice).discoverInfo(domain, "no-such-node"))
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.item_not_found));
  }

  @Test
  void presenceCarriesCapsThatSmacksOwnAlgorithmVerifies() throws Exception {
    XMPPTCPConnection alice = login("alice", "caps");
    ArrayBlockingQueue<Presence> received = new ArrayBlockingQueue<>(4);
    alice.addAsyncStanzaListener(
        s -> received.add((Presence) s),
        s ->
            s instanceof Presence p
                && domain.equals(p.getFrom())
                && p.getType() == Presence.Type.available);
    alice.sendStanza(
        PresenceBuilder.buildPresence().to(domain).ofType(Presence.Type.available).build());
    Presence presence = received.poll(10, TimeUnit.SECONDS);
    assertThat(presence).isNotNull();
    CapsExtension caps = presence.getExtension(CapsExtension.class);
    assertThat(caps.getHash()).isEqualTo("sha-1");
    DiscoverInfo info =
        ServiceDiscoveryManager.getInstanceFor(alice)
            .discoverInfo(domain, caps.getNode() + "#" + caps.getVer());
    assertThat(info.getNode()).isEqualTo(caps.getNode() + "#" + caps.getVer());
    // Smack's own implementation of the XEP-0115 algorithm checks the ver Parley computed.
    assertThat(EntityCapsManager.verifyDiscoverInfoVersion(caps.getVer(), caps.getHash(), info))
        .isTrue();
  }

  @Test
  void versionNamesParley() throws Exception {
    XMPPTCPConnection alice = login("alice", "version");
    Version v = VersionManager.getInstanceFor(alice).getVersion(domain);
    assertThat(v.getName()).isEqualTo("Parley");
    assertThat(v.getVersion()).isNotBlank();
    assertThat(v.getOs()).isNull();
  }

  @Test
  void adHocCommandsRunInStagesWithPermissions() throws Exception {
    XMPPTCPConnection alice = login("alice", "commands");
    XMPPTCPConnection bob = login("bob", "commands");
    AdHocCommandManager aliceCommands = AdHocCommandManager.getAddHocCommandsManager(alice);
    List<String> aliceSees =
        aliceCommands.discoverCommands(domain).getItems().stream()
            .map(DiscoverItems.Item::getNode)
            .toList();
    assertThat(aliceSees).containsExactlyInAnyOrder(StatusCommand.NODE, "test:greet");
    List<String> bobSees =
        AdHocCommandManager.getAddHocCommandsManager(bob)
            .discoverCommands(domain)
            .getItems()
            .stream()
            .map(DiscoverItems.Item::getNode)
            .toList();
    assertThat(bobSees).containsExactly("test:greet");

    RemoteCommand status = aliceCommands.getRemoteCommand(domain, StatusCommand.NODE);
    status.execute();
    assertThat(status.getStatus()).isEqualTo(AdHocCommand.Status.completed);
    assertThat(status.getForm().getField("connections").getValuesAsString())
        .anyMatch(l -> l.contains(DOMAIN + " CONNECTED"));

    RemoteCommand forbidden =
        AdHocCommandManager.getAddHocCommandsManager(bob)
            .getRemoteCommand(domain, StatusCommand.NODE);
    assertThatThrownBy(forbidden::execute)
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.forbidden));

    RemoteCommand greet =
        AdHocCommandManager.getAddHocCommandsManager(bob).getRemoteCommand(domain, "test:greet");
    greet.execute();
    assertThat(greet.getStatus()).isEqualTo(AdHocCommand.Status.executing);
    FillableForm first = new FillableForm(greet.getForm());
    first.setAnswer("name", "Bob");
    greet.next(first);
    assertThat(greet.getForm().getField("greeting")).isNotNull();
    greet.prev();
    assertThat(greet.getForm().getField("name")).isNotNull();
    greet.next(first);
    FillableForm second = new FillableForm(greet.getForm());
    second.setAnswer("greeting", "Welcome");
    greet.complete(second);
    assertThat(greet.getStatus()).isEqualTo(AdHocCommand.Status.completed);
    assertThat(greet.getNotes().get(0).getValue()).isEqualTo("Welcome, Bob!");

    RemoteCommand cancelled =
        AdHocCommandManager.getAddHocCommandsManager(bob).getRemoteCommand(domain, "test:greet");
    cancelled.execute();
    cancelled.cancel();
    assertThat(cancelled.getStatus()).isEqualTo(AdHocCommand.Status.canceled);

    RemoteCommand empty =
        AdHocCommandManager.getAddHocCommandsManager(bob).getRemoteCommand(domain, "test:greet");
    empty.execute();
    FillableForm blank = new FillableForm(empty.getForm());
    blank.setAnswer("name", " ");
    assertThatThrownBy(() -> empty.next(blank))
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e -> assertThat(e.getStanzaError().getDescriptiveText()).contains("name is required"));
  }

  @Test
  void malformedPayloadIsABadRequestAndTheLinkSurvives() throws Exception {
    XMPPTCPConnection alice = login("alice", "malformed");
    RawIq bogus =
        new RawIq(
            IQ.Type.set,
            JidCreate.from("room1@" + DOMAIN),
            "jingle",
            "urn:xmpp:jingle:1",
            " action='dance' sid='s1'",
            null);
    assertThatThrownBy(() -> alice.createStanzaCollectorAndSend(bogus).nextResultOrThrow())
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e -> {
              assertThat(e.getStanzaError().getCondition())
                  .isEqualTo(StanzaError.Condition.bad_request);
              assertThat(e.getStanzaError().getDescriptiveText()).contains("action");
            });
    RawIq badCandidate =
        new RawIq(
            IQ.Type.set,
            JidCreate.from("room1@" + DOMAIN),
            "jingle",
            "urn:xmpp:jingle:1",
            " action='transport-info' sid='s1'",
            "<content creator='initiator' name='a'><transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'><candidate component='1' foundation='1' generation='0' id='c' ip='1.2.3.4' port='99999' priority='1' protocol='udp' type='host'/></transport></content>");
    assertThatThrownBy(() -> alice.createStanzaCollectorAndSend(badCandidate).nextResultOrThrow())
        .isInstanceOfSatisfying(
            XMPPException.XMPPErrorException.class,
            e ->
                assertThat(e.getStanzaError().getCondition())
                    .isEqualTo(StanzaError.Condition.bad_request));
    assertThat(
            alice.createStanzaCollectorAndSend(new Ping(domain)).<IQ>nextResultOrThrow().getType())
        .isEqualTo(IQ.Type.result);
    assertThat(parley.connections().get(0).state().name()).isEqualTo("CONNECTED");
  }

  @Test
  void aBurstOfMixedRequestsGetsExactlyOneReplyEach() throws Exception {
    XMPPTCPConnection alice = login("alice", "burst");
    Map<String, AtomicInteger> replies = new ConcurrentHashMap<>();
    alice.addAsyncStanzaListener(
        s -> replies.computeIfAbsent(s.getStanzaId(), k -> new AtomicInteger()).incrementAndGet(),
        s ->
            s instanceof IQ iq
                && (iq.getType() == IQ.Type.result || iq.getType() == IQ.Type.error)
                && iq.getStanzaId() != null
                && iq.getStanzaId().startsWith("burst-"));
    int n = 500;
    for (int i = 0; i < n; i++) {
      IQ iq =
          switch (i % 5) {
            case 0 -> new Ping(domain);
            case 1 -> new RawIq(IQ.Type.get, domain, "query", "urn:example:unknown", "", null);
            case 2 ->
                new RawIq(
                    IQ.Type.get,
                    JidCreate.from("room" + (i % 7) + "@" + DOMAIN),
                    "query",
                    "http://jabber.org/protocol/disco#info",
                    "",
                    null);
            case 3 ->
                new RawIq(
                    IQ.Type.set,
                    JidCreate.from("room1@" + DOMAIN),
                    "jingle",
                    "urn:xmpp:jingle:1",
                    " action='nonsense' sid='x'",
                    null);
            default -> new RawIq(IQ.Type.get, domain, "query", "jabber:iq:version", "", null);
          };
      iq.setStanzaId("burst-" + i);
      alice.sendStanza(iq);
    }
    await().atMost(Duration.ofSeconds(30)).until(() -> replies.size() == n);
    Thread.sleep(500);
    assertThat(replies).hasSize(n);
    assertThat(replies.values()).allMatch(c -> c.get() == 1);
  }

  /**
   * A request read before {@link Parley#close()} began and answered while it waits for the requests
   * in flight reaches its sender. The test answers the request itself once the closing thread is
   * inside {@link dev.parley.server.routing.Router#awaitIdle}, so this order is certain: it does
   * not depend on the test seeing the request open before a timer answers it.
   */
  @Test
  void gracefulShutdownAnswersRequestsInFlight() throws Exception {
    XMPPTCPConnection alice = login("alice", "shutdown");
    ArrayBlockingQueue<IQ> answers = new ArrayBlockingQueue<>(1);
    alice.addAsyncStanzaListener(
        s -> answers.add((IQ) s), s -> s instanceof IQ iq && "slow-1".equals(iq.getStanzaId()));
    RawIq slow = new RawIq(IQ.Type.get, domain, "slow", "urn:test:slow", "", null);
    slow.setStanzaId("slow-1");
    alice.sendStanza(slow);
    IqExchange inFlight = feature.slowRequests().poll(10, TimeUnit.SECONDS);
    assertThat(inFlight).as("the slow request, read and deferred").isNotNull();
    Parley closing = parley;
    parley = null;
    Thread closer = new Thread(() -> closing.close(Duration.ofSeconds(60)), "test-close");
    closer.start();
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> isIn(closer, Router.class.getName(), "awaitIdle"));
    assertThat(inFlight.result(null)).isTrue();
    closer.join(TimeUnit.SECONDS.toMillis(60));
    assertThat(closer.isAlive()).isFalse();
    IQ answer = answers.poll(10, TimeUnit.SECONDS);
    assertThat(answer).isNotNull();
    assertThat(answer.getType()).isEqualTo(IQ.Type.result);
  }

  private static boolean isIn(Thread thread, String className, String method) {
    return Arrays.stream(thread.getStackTrace())
        .anyMatch(f -> f.getClassName().equals(className) && f.getMethodName().equals(method));
  }

  @Test
  void shutdownLeavesNoThreadsOrSockets() throws Exception {
    parley.close();
    parley = null;
    await().atMost(Duration.ofSeconds(5)).until(() -> parleyThreads().isEmpty());
    long before = sockets();
    for (int i = 0; i < 3; i++) {
      Parley p =
          Parley.start(
              TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, Map.of()),
              List.of(new TestFeature()));
      p.firstConnections().get(20, TimeUnit.SECONDS);
      p.close();
    }
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> parleyThreads().isEmpty() && sockets() <= before);
    assertThat(parleyThreads()).isEmpty();
    assertThat(sockets()).isLessThanOrEqualTo(before);
  }

  private static Set<String> parleyThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(Thread::isAlive)
        .map(Thread::getName)
        .filter(
            n ->
                n.startsWith("parley-")
                    || n.startsWith("JettyServerThreadPool")
                    || n.startsWith("qtp"))
        .collect(java.util.stream.Collectors.toSet());
  }

  private static long sockets() throws IOException {
    try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.filter(
              f -> {
                try {
                  return Files.readSymbolicLink(f).toString().startsWith("socket:");
                } catch (IOException e) {
                  return false;
                }
              })
          .count();
    }
  }
}
