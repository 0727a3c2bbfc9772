/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.protocol.meeting.Retry;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.time.XmppDateTime;
import dev.parley.protocol.xml.Xml;
import dev.parley.server.CapturedIq;
import dev.parley.server.Parley;
import dev.parley.server.RawIq;
import dev.parley.server.TestConfigs;
import dev.parley.server.config.ParleyConfig;
import dev.parley.server.store.Database;
import dev.parley.server.store.TestDatabases;
import dev.parley.testkit.Prosody;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jivesoftware.smackx.disco.ServiceDiscoveryManager;
import org.jivesoftware.smackx.disco.packet.DiscoverInfo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The XEP-0483 service through a real Prosody to real Smack clients, on a real database ({@link
 * MeetingsH2IT}, {@link MeetingsPostgresIT}). The provider is a test double ({@link
 * ScriptedProvider}): the real providers are tested against their stand-ins in their own tests;
 * this class tests the service's semantics.
 */
abstract class MeetingsContract {
  static final String DOMAIN = "parley.localhost";
  private static final String NS = OnlineMeetings.NAMESPACE;
  private static Prosody prosody;

  @TempDir Path data;
  private Database database;
  private Parley parley;
  private ExecutorService storeExecutor;
  ScriptedProvider provider;

  /** The database under test. */
  abstract TestDatabases databases();

  @BeforeAll
  static void startProsody() {
    for (String ns : List.of(NS, OnlineMeetings.INITIATE_FEATURE, OnlineMeetings.INVITE_FEATURE)) {
      CapturedIq.register("query", ns);
    }
    prosody =
        Prosody.start(
            "localhost",
            List.of(DOMAIN),
            List.of("alice", "bob", "carol", "u0", "u1", "u2", "u3", "u4", "u5", "u6", "u7"));
  }

  @AfterAll
  static void stopProsody() {
    prosody.close();
  }

  @BeforeEach
  void start() throws Exception {
    start(Map.of());
  }

  void start(Map<String, Object> overrides) throws Exception {
    stop();
    Map<String, Object> values =
        new HashMap<>(
            Map.of("parley.meetings.provider-timeout", "1s", "parley.meetings.quota.requests", 5));
    values.putAll(overrides);
    ParleyConfig config = TestConfigs.forProsody(prosody, DOMAIN, data, values);
    database = Database.open(databases().fresh());
    storeExecutor = Executors.newFixedThreadPool(4);
    provider = new ScriptedProvider("test");
    MeetingsFeature meetings =
        new MeetingsFeature(
            MeetingsSettings.from(config),
            List.of(provider),
            database.meetings(),
            database.admissions(),
            storeExecutor,
            List.of());
    parley = Parley.start(config, List.of(meetings));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() {
    if (parley != null) {
      parley.close();
      storeExecutor.shutdownNow();
      database.close();
      parley = null;
    }
  }

  // --- helpers --------------------------------------------------------------------------------

  static Iq request(XMPPTCPConnection c, IQ.Type type, String ns, String attributes, String content)
      throws Exception {
    RawIq iq = new RawIq(type, JidCreate.from(DOMAIN), "query", ns, attributes, content);
    return exchange(c, iq);
  }

  static Iq exchange(XMPPTCPConnection c, IQ iq) throws Exception {
    Stanza reply = c.createStanzaCollectorAndSend(iq).nextResult(10_000);
    assertThat(reply).as("a reply").isNotNull();
    return CapturedIq.toParley(reply);
  }

  static Iq request(XMPPTCPConnection c, String attributes, String content) throws Exception {
    return request(c, IQ.Type.get, NS, attributes, content);
  }

  static StanzaError error(Iq reply) {
    assertThat(reply.type()).as("an error reply: %s", reply).isEqualTo(Iq.Type.ERROR);
    return reply.error();
  }

  static MeetingResult result(Iq reply) {
    assertThat(reply.type()).as("a result: %s", reply.error()).isEqualTo(Iq.Type.RESULT);
    return reply.payload(MeetingResult.class).orElseThrow();
  }

  XMPPTCPConnection login(String user) {
    return prosody.login(user, "meet-" + System.nanoTime());
  }

  // --- the XEP-0483 flows -----------------------------------------------------------------------

  @Test
  void initiateWithoutIdOrDesc() throws Exception {
    MeetingResult r = result(request(login("alice"), " type='test'", null));
    assertThat(r.namespace()).isEqualTo(NS);
    assertThat(r.initiate().type()).isEqualTo("test");
    assertThat(r.initiate().url()).matches("https://meet\\.test/generated-\\d+\\?role=moderator");
    assertThat(r.initiate().desc()).isNull();
    assertThat(r.invite().effectiveAudio()).isTrue();
    assertThat(r.invite().audio()).isTrue();
    assertThat(r.invite().video()).isTrue();
    assertThat(r.invite().methods())
        .filteredOn(External.class::isInstance)
        .extracting(m -> ((External) m).uri())
        .containsExactly(r.initiate().url().replace("?role=moderator", ""));
    Meeting meeting =
        (Meeting)
            r.invite().methods().stream()
                .filter(Meeting.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(meeting.type()).isEqualTo("test");
    assertThat(meeting.desc()).isNull();
  }

  @Test
  void initiateWithIdAndDescEchoesTheDesc() throws Exception {
    MeetingResult r =
        result(
            request(login("alice"), " type='test' id='Weekly-Sync'", "<desc>Weekly sync ☕</desc>"));
    assertThat(r.initiate().url()).isEqualTo("https://meet.test/weekly-sync?role=moderator");
    assertThat(r.initiate().desc()).isEqualTo("Weekly sync ☕");
    Meeting meeting =
        (Meeting)
            r.invite().methods().stream()
                .filter(Meeting.class::isInstance)
                .findFirst()
                .orElseThrow();
    assertThat(meeting.desc()).isEqualTo("Weekly sync ☕");
  }

  @Test
  void theRequestNamespacesOfTheErratumAreAnsweredInKindAndSetWorksToo() throws Exception {
    XMPPTCPConnection alice = login("alice");
    for (String ns : List.of(OnlineMeetings.INITIATE_FEATURE, OnlineMeetings.INVITE_FEATURE, NS)) {
      MeetingResult r = result(request(alice, IQ.Type.set, ns, " type='test'", null));
      assertThat(r.namespace()).isEqualTo(ns);
    }
  }

  // --- errors -----------------------------------------------------------------------------------

  @Test
  void unknownTypeIsServiceUnavailableCancel() throws Exception {
    StanzaError e = error(request(login("alice"), " type='zoom'", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(e.type()).isEqualTo(StanzaError.Type.CANCEL);
    assertThat(e.text()).contains("zoom").contains("test");
  }

  @Test
  void requestWithoutTypeIsABadRequest() throws Exception {
    StanzaError e = error(request(login("alice"), "", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
  }

  @Test
  void invalidIdIsNotAcceptableModify() throws Exception {
    StanzaError e = error(request(login("alice"), " type='test' id='no spaces allowed'", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(e.type()).isEqualTo(StanzaError.Type.MODIFY);
    assertThat(e.text()).contains("no spaces allowed");
  }

  @Test
  void oversizedIdsAndDescriptionsAreNotAcceptable() throws Exception {
    XMPPTCPConnection alice = login("alice");
    assertThat(error(request(alice, " type='test' id='" + "a".repeat(600) + "'", null)).text())
        .contains("longer than 512");
    assertThat(
            error(request(alice, " type='test'", "<desc>" + "d".repeat(70_000) + "</desc>")).text())
        .contains("longer than 65535");
  }

  @Test
  void anIdInUseIsNotAcceptableUntilTheReservationIsReleased() throws Exception {
    result(request(login("alice"), " type='test' id='standup'", null));
    StanzaError e = error(request(login("bob"), " type='test' id='STANDUP'", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    assertThat(e.text()).contains("already in use");
  }

  @Test
  void ofConcurrentRequestsForOneIdExactlyOneWins() throws Exception {
    List<XMPPTCPConnection> users = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      users.add(login("u" + i));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Iq>> replies = new ArrayList<>();
      for (XMPPTCPConnection u : users) {
        replies.add(pool.submit(() -> request(u, " type='test' id='race'", null)));
      }
      int won = 0;
      int refused = 0;
      for (Future<Iq> f : replies) {
        Iq reply = f.get(30, TimeUnit.SECONDS);
        if (reply.type() == Iq.Type.RESULT) {
          won++;
        } else if (reply.error().condition() == StanzaError.Condition.NOT_ACCEPTABLE) {
          refused++;
        }
      }
      assertThat(won).isEqualTo(1);
      assertThat(refused).isEqualTo(7);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void providerFailuresHaveSpecificErrorsAndReleaseTheId() throws Exception {
    XMPPTCPConnection alice = login("alice");
    provider.next(ScriptedProvider.Next.IN_USE);
    assertThat(error(request(alice, " type='test' id='taken-at-provider'", null)).condition())
        .isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
    provider.next(ScriptedProvider.Next.REFUSE);
    StanzaError refused = error(request(alice, " type='test' id='retry-me'", null));
    assertThat(refused.condition()).isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(refused.type()).isEqualTo(StanzaError.Type.WAIT);
    assertThat(refused.text()).contains("HTTP 401");
    provider.next(ScriptedProvider.Next.UNREACHABLE);
    assertThat(error(request(alice, " type='test' id='retry-me'", null)).condition())
        .isEqualTo(StanzaError.Condition.REMOTE_SERVER_NOT_FOUND);
    provider.next(ScriptedProvider.Next.HANG);
    StanzaError timeout = error(request(alice, " type='test' id='retry-me'", null));
    assertThat(timeout.condition()).isEqualTo(StanzaError.Condition.REMOTE_SERVER_TIMEOUT);
    assertThat(timeout.text()).contains("1 s");
    // Each failure released the reservation: the same id works now.
    assertThat(result(request(alice, " type='test' id='retry-me'", null)).initiate().url())
        .contains("retry-me");
  }

  @Test
  void quotaIsResourceConstraintWithARetryStampInUtc() throws Exception {
    XMPPTCPConnection carol = login("carol");
    Instant first = Instant.now();
    for (int i = 0; i < 5; i++) {
      result(request(carol, " type='test'", null));
    }
    Iq reply = request(carol, " type='test'", null);
    StanzaError e = error(reply);
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.RESOURCE_CONSTRAINT);
    assertThat(e.type()).isEqualTo(StanzaError.Type.WAIT);
    Retry retry = e.find(Retry.class).orElseThrow();
    // The first counted request leaves the one-hour window then (stamp rounded up to the second).
    assertThat(retry.stamp())
        .isBetween(
            first.plus(Duration.ofHours(1)).minusSeconds(2),
            Instant.now().plus(Duration.ofHours(1)).plusSeconds(1));
    String wire = Xml.toXml(reply, ParleyCodecs.registry());
    assertThat(wire).containsPattern("stamp='\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ'");
    assertThat(XmppDateTime.format(retry.stamp())).endsWith("Z");
    // Others are not affected by carol's quota.
    result(request(login("bob"), " type='test'", null));
  }

  @Test
  void accessPolicyRefusesOthersWithForbiddenAuth() throws Exception {
    start(Map.of("parley.meetings.access.allow", List.of("alice@localhost")));
    result(request(login("alice"), " type='test'", null));
    StanzaError e = error(request(login("bob"), " type='test'", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.FORBIDDEN);
    assertThat(e.type()).isEqualTo(StanzaError.Type.AUTH);
  }

  @Test
  void discoAdvertisesInitiateAndReachableTypes() throws Exception {
    XMPPTCPConnection alice = login("alice");
    Jid domain = JidCreate.from(DOMAIN);
    DiscoverInfo info = ServiceDiscoveryManager.getInstanceFor(alice).discoverInfo(domain);
    assertThat(info.containsFeature(OnlineMeetings.INITIATE_FEATURE)).isTrue();
    assertThat(info.containsFeature("urn:xmpp:http:online-meetings#test")).isTrue();
    provider.reachable(false);
    DiscoverInfo later = ServiceDiscoveryManager.getInstanceFor(alice).discoverInfo(domain);
    assertThat(later.containsFeature("urn:xmpp:http:online-meetings#test")).isFalse();
    StanzaError e = error(request(alice, " type='test'", null));
    assertThat(e.condition()).isEqualTo(StanzaError.Condition.SERVICE_UNAVAILABLE);
    assertThat(e.type()).isEqualTo(StanzaError.Type.WAIT);
  }

  @Test
  void meetingsAreStoredWithTheirLinks() throws Exception {
    result(request(login("alice"), " type='test' id='stored' ", "<desc>kept</desc>"));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(
            () ->
                database
                    .meetings()
                    .find("test", "stored", Instant.now())
                    .map(m -> m.invite() != null)
                    .orElse(false));
    var m = database.meetings().find("test", "stored", Instant.now()).orElseThrow();
    assertThat(m.requester().toString()).isEqualTo("alice@localhost");
    assertThat(m.description()).isEqualTo("kept");
    assertThat(m.invite().toString()).isEqualTo("https://meet.test/stored");
    assertThat(m.expires()).isAfter(Instant.now().plus(Duration.ofHours(23)));
  }
}
