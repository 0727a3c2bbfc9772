/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.parley.client.conference.ConferenceModeration;
import dev.parley.client.conference.ModerationException;
import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.jingle.transfer.TransferOutcome;
import dev.parley.jingle.transfer.TransferPolicy;
import dev.parley.jingle.transfer.TransferReasons;
import dev.parley.media.MediaConfig;
import dev.parley.media.MediaEngine;
import dev.parley.media.audio.Recorder;
import dev.parley.media.audio.ToneAnalysis;
import dev.parley.protocol.commands.Note;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Parley;
import dev.parley.server.conference.BridgeFeature;
import dev.parley.server.conference.BridgeSettings;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XEP-0251 with Parley's conference bridge in each role, through a real Prosody with real RTP on
 * loopback, SDK clients as the other parties, each sending its own tone (checked by spectrum
 * analysis): the room as target (unattended and attended), as attendant (the moderator's transfer
 * command), and as transferee (a dial-out leg transferred elsewhere), with the failure paths. Every
 * test ends with no call, session or phone left in the clients, and no port in the bridge once the
 * rooms are empty.
 */
class BridgeTransferIT {
  private static final Logger LOG = LoggerFactory.getLogger(BridgeTransferIT.class);
  private static final String DOMAIN = "parley.localhost";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final double ALICE = 440;
  private static final double BOB = 1000;
  private static final double CAROL = 1800;
  private static final double XAVIER = 650;
  private static final double[] TONES = {ALICE, BOB, CAROL, XAVIER};

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost")
          .component(DOMAIN)
          .accounts("alice", "bob", "carol", "dave", "xavier")
          .build();

  @TempDir static Path data;
  private static Parley parley;
  private static BridgeFeature bridge;
  private static final Map<String, MediaEngine> ENGINES = new HashMap<>();

  /** One SDK client: its connection, its calls, what it hears, its ringing calls. */
  private static final class Party {
    final String name;
    final XMPPTCPConnection connection;
    final Calls calls;
    final Recorder hears = Audio.recorder(Duration.ofMinutes(2));
    final BlockingQueue<IncomingCall> ringing = new LinkedBlockingQueue<>();

    Party(String name, CallOptions options) {
      this.name = name;
      this.connection = PROSODY.get().login(name, "phone-" + System.nanoTime());
      this.calls = Calls.of(connection, ENGINES.get(name), options);
      calls.onIncoming(ringing::add);
    }

    Jid jid() {
      return connection.getUser();
    }

    Jid bare() {
      return connection.getUser().asBareJid();
    }

    IncomingCall nextRinging() throws InterruptedException {
      IncomingCall in = ringing.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
      assertThat(in).as("a call rings at %s", name).isNotNull();
      return in;
    }

    Call call(Jid peer, double tone) throws Exception {
      return get(calls.call(peer, Audio.tone(tone), hears));
    }

    Call accept(double tone) throws Exception {
      return get(nextRinging().accept(Audio.tone(tone), hears));
    }

    List<Double> heard() {
      short[] last = hears.last(4000);
      assertThat(last).hasSize(4000);
      return ToneAnalysis.present(last, 8000, 15, -45, TONES);
    }
  }

  private final List<Party> parties = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    ParleySmack.install();
    int base = 46900;
    for (String name : List.of("alice", "bob", "carol", "dave", "xavier")) {
      ENGINES.put(name, MediaEngine.start(MediaConfig.defaults().withPorts(base, base + 199)));
      base += 200;
    }
    Map<String, Object> values = new HashMap<>();
    values.put("parley.bridge.enabled", true);
    values.put("parley.bridge.opus-warmup", false); // seconds per start; these calls are G.711
    values.put("parley.bridge.ports.min", 44000);
    values.put("parley.bridge.ports.max", 44999);
    values.put("parley.bridge.idle-grace", "1s");
    values.put("parley.bridge.departed-linger", "2s");
    values.put("parley.bridge.coin.coalesce", "50ms");
    values.put("parley.bridge.coin.full-document-interval", "200ms");
    values.put("parley.admins", List.of("dave@localhost"));
    var config = TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, values);
    bridge = new BridgeFeature(BridgeSettings.from(config), Clock.systemUTC());
    parley = Parley.start(config, List.of(bridge));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() {
    if (parley != null) {
      parley.close();
    }
    ENGINES.values().forEach(MediaEngine::close);
  }

  private Party party(String name) {
    return party(name, CallOptions.DEFAULT);
  }

  private Party party(String name, CallOptions options) {
    Party p = new Party(name, options);
    parties.add(p);
    return p;
  }

  @AfterEach
  void hangUpAndCheckNothingLeaks() throws Exception {
    try {
      for (Party p : parties) {
        for (Call call : get(p.calls.calls())) {
          get(call.hangUp());
        }
      }
      for (Party p : parties) {
        await().atMost(WAIT).until(() -> get(p.calls.sessionCount()) == 0);
        assertThat(get(p.calls.calls())).isEmpty();
      }
      for (MediaEngine e : ENGINES.values()) {
        await().atMost(WAIT).until(() -> e.stats().phones() == 0 && e.stats().portsInUse() == 0);
      }
      MediaEngine room = bridge.engine().orElseThrow();
      await()
          .atMost(WAIT)
          .until(
              () ->
                  room.stats().rooms() == 0
                      && room.stats().portsInUse() == 0
                      && bridge.conferences().openRooms().isEmpty());
    } finally {
      for (Party p : parties) {
        p.calls.close();
        p.connection.disconnect();
      }
    }
  }

  private static <T> T get(java.util.concurrent.Future<T> f) throws Exception {
    return f.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
  }

  private static Jid room(String name) {
    return JidCreate.fromOrThrowUnchecked(name + "@" + DOMAIN);
  }

  /** The endpoint of {@code who} in the conference document {@code call} has. */
  private static Optional<Endpoint> endpoint(Call call, Jid who) {
    for (User u : call.conference().view().users()) {
      for (Endpoint e : u.endpoints()) {
        if (e.entity().equals("xmpp:" + who)) {
          return Optional.of(e);
        }
      }
    }
    return Optional.empty();
  }

  // --- the room as target -----------------------------------------------------------------------

  @Test
  void bobTransfersAliceIntoARoomUnattended() throws Exception {
    Party alice = party("alice");
    Party bob = party("bob");
    Party carol = party("carol");
    Jid room = room("unattended");
    Call carolInRoom = carol.call(room, CAROL);
    var placed = alice.calls.call(bob.bare(), Audio.tone(ALICE), alice.hears);
    Call bobWithAlice = bob.accept(BOB);
    Call aliceWithBob = get(placed);
    await().atMost(WAIT).untilAsserted(() -> assertThat(alice.heard()).containsExactly(BOB));
    var aliceNext = new java.util.concurrent.CompletableFuture<Call>();
    aliceWithBob.onEvent(
        e -> {
          if (e instanceof CallEvent.Transferring t) {
            aliceNext.complete(t.newCall());
          }
        });

    TransferOutcome outcome = get(bobWithAlice.transfer(room));

    assertThat(outcome.kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    assertThat(TransferReasons.isTransferred(get(bobWithAlice.ended()).reason())).isTrue();
    Call aliceInRoom = get(aliceNext);
    get(aliceInRoom.established());
    assertThat(aliceInRoom.isFocus()).isTrue();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(alice.heard()).containsExactly(CAROL);
              assertThat(carol.heard()).containsExactly(ALICE);
            });
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Endpoint a = endpoint(carolInRoom, alice.jid()).orElseThrow();
              assertThat(a.status().xml()).isEqualTo("connected");
              assertThat(a.joiningMethod().xml()).isEqualTo("dialed-in");
              assertThat(a.referred()).isNotNull();
              assertThat(a.referred().by()).isEqualTo("xmpp:" + bob.jid());
              assertThat(a.referred().reason()).contains("unattended");
            });
    assertThat(get(bob.calls.calls())).isEmpty();
  }

  @Test
  void bobsAttendedTransferReplacesHisSessionInTheRoomWithoutAGapForOthers() throws Exception {
    Party alice = party("alice");
    Party bob = party("bob");
    Party carol = party("carol");
    Jid room = room("attended");
    Call carolInRoom = carol.call(room, CAROL);
    var placed = alice.calls.call(bob.bare(), Audio.tone(ALICE), alice.hears);
    Call bobWithAlice = bob.accept(BOB);
    Call aliceWithBob = get(placed);
    Call bobInRoom = bob.call(room, BOB);
    await().atMost(WAIT).untilAsserted(() -> assertThat(carol.heard()).containsExactly(BOB));
    await()
        .atMost(WAIT)
        .until(
            () -> endpoint(carolInRoom, bob.jid()).map(e -> e.status().xml()).orElse(""),
            "connected"::equals);
    var aliceNext = new java.util.concurrent.CompletableFuture<Call>();
    aliceWithBob.onEvent(
        e -> {
          if (e instanceof CallEvent.Transferring t) {
            aliceNext.complete(t.newCall());
          }
        });

    try (StreamWatch watch = StreamWatch.start(carolInRoom)) {
      TransferOutcome outcome = get(bobWithAlice.transferAttended(bobInRoom));
      assertThat(outcome.kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
      CallEnd replaced = get(bobInRoom.ended());
      long atReplacement = watch.packetsSoFar();
      assertThat(replaced.byPeer()).as("the room ended bob's session").isTrue();
      assertThat(TransferReasons.isTransferred(replaced.reason())).isTrue();
      Call aliceInRoom = get(aliceNext);
      get(aliceInRoom.established());
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                assertThat(carol.heard()).containsExactly(ALICE);
                assertThat(alice.heard()).containsExactly(CAROL);
              });
      await()
          .atMost(WAIT)
          .untilAsserted(
              () -> {
                Endpoint b = endpoint(carolInRoom, bob.jid()).orElseThrow();
                assertThat(b.status().xml()).isEqualTo("disconnected");
                assertThat(b.disconnectionMethod().xml()).isEqualTo("departed");
                assertThat(b.disconnectionInfo().reason()).contains("replaced by " + alice.jid());
                Endpoint a = endpoint(carolInRoom, alice.jid()).orElseThrow();
                assertThat(a.status().xml()).isEqualTo("connected");
                assertThat(a.referred().by()).isEqualTo("xmpp:" + bob.jid());
                assertThat(a.referred().reason()).isEqualTo("attended transfer");
              });
      // carol's stream goes on after the replacement (a second of it)
      await().atMost(WAIT).until(() -> watch.packetsSoFar() >= atReplacement + 50);
      StreamWatch.Result r = watch.stop();
      LOG.info(
          "carol during the attended replacement: {} RTP packets, longest inter-arrival gap {} ms;"
              + " conference-info versions {}",
          r.packets(),
          String.format(java.util.Locale.ROOT, "%.1f", r.longestGapMillis()),
          r.versions());
      assertThat(r.versions()).as("versions strictly increase").isSorted().doesNotHaveDuplicates();
      assertThat(r.everStale()).as("no version gap at carol").isFalse();
    }
    assertThat(get(bob.calls.calls())).isEmpty();
  }

  // --- the room as attendant --------------------------------------------------------------------

  @Test
  void aModeratorTransfersAParticipantToAUser() throws Exception {
    Party alice = party("alice");
    Party bob = party("bob");
    Party carol = party("carol");
    Party dave = party("dave");
    Jid room = room("moderated");
    Call aliceInRoom = alice.call(room, ALICE);
    Call carolInRoom = carol.call(room, CAROL);
    await().atMost(WAIT).untilAsserted(() -> assertThat(carol.heard()).containsExactly(ALICE));
    ConferenceModeration moderation = ConferenceModeration.of(dave.connection, room);

    var notes = moderation.transfer(alice.jid(), bob.bare());
    IncomingCall atBob = bob.nextRinging();
    assertThat(atBob.from().toString()).isEqualTo(alice.jid().toString());
    Call bobWithAlice = get(atBob.accept(Audio.tone(BOB), bob.hears));

    assertThat(get(notes))
        .extracting(Note::text)
        .singleElement()
        .asString()
        .contains("accepted the transfer");
    CallEnd left = get(aliceInRoom.ended());
    assertThat(TransferReasons.isTransferred(left.reason())).isTrue();
    assertThat(bobWithAlice.referredBy().map(Jid::toString)).contains(room + "/focus");
    await().atMost(WAIT).untilAsserted(() -> assertThat(bob.heard()).containsExactly(ALICE));
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Endpoint a = endpoint(carolInRoom, alice.jid()).orElseThrow();
              assertThat(a.status().xml()).isEqualTo("disconnected");
              assertThat(a.disconnectionMethod().xml()).isEqualTo("departed");
              assertThat(a.disconnectionInfo().reason()).isEqualTo("transferred to " + bob.bare());
              assertThat(a.disconnectionInfo().by()).isEqualTo("xmpp:dave@localhost");
            });
  }

  @Test
  void aParticipantThatRefusesMakesTheTransferCommandFail() throws Exception {
    Party alice = party("alice", CallOptions.DEFAULT.withTransferPolicy(TransferPolicy.REFUSE));
    Party carol = party("carol");
    Party dave = party("dave");
    Jid room = room("refused");
    Call aliceInRoom = alice.call(room, ALICE);
    Call carolInRoom = carol.call(room, CAROL);
    ConferenceModeration moderation = ConferenceModeration.of(dave.connection, room);

    assertThatThrownBy(() -> get(moderation.transfer(alice.jid(), JidCreate.from("bob@localhost"))))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ModerationException.class,
            e -> {
              assertThat(e.error()).isNotNull();
              assertThat(e.error().condition()).isEqualTo(StanzaError.Condition.NOT_ACCEPTABLE);
              assertThat(e.getMessage()).contains("does not accept the transfer");
            });
    assertThat(aliceInRoom.state()).isEqualTo(CallState.ACTIVE);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(carol.heard()).containsExactly(ALICE);
              assertThat(endpoint(carolInRoom, alice.jid()).orElseThrow().status().xml())
                  .isEqualTo("connected");
            });
  }

  @Test
  void whenTheTargetDeclinesTheParticipantStaysInTheRoom() throws Exception {
    Party alice = party("alice");
    Party bob = party("bob");
    Party carol = party("carol");
    Party dave = party("dave");
    Jid room = room("declined");
    Call aliceInRoom = alice.call(room, ALICE);
    Call carolInRoom = carol.call(room, CAROL);
    ConferenceModeration moderation = ConferenceModeration.of(dave.connection, room);

    var notes = moderation.transfer(alice.jid(), bob.bare());
    get(bob.nextRinging().reject());

    assertThat(get(notes))
        .extracting(Note::text)
        .singleElement()
        .asString()
        .contains("accepted the transfer");
    // alice resumed the room: she is connected again and both hear each other
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(aliceInRoom.state()).isEqualTo(CallState.ACTIVE);
              assertThat(aliceInRoom.isHeld()).isFalse();
              assertThat(endpoint(carolInRoom, alice.jid()).orElseThrow().status().xml())
                  .isEqualTo("connected");
              assertThat(carol.heard()).containsExactly(ALICE);
              assertThat(alice.heard()).containsExactly(CAROL);
            });
  }

  // --- the room as transferee -------------------------------------------------------------------

  @Test
  void aDialledParticipantTransfersTheRoomsCallToSomeoneElse() throws Exception {
    Party bob = party("bob");
    Party carol = party("carol");
    Party dave = party("dave");
    Party xavier = party("xavier");
    Jid room = room("dialled");
    Call carolInRoom = carol.call(room, CAROL);
    get(ConferenceModeration.of(dave.connection, room).dialOut(xavier.bare()));
    Call xavierWithRoom = xavier.accept(XAVIER);
    await().atMost(WAIT).untilAsserted(() -> assertThat(carol.heard()).containsExactly(XAVIER));
    List<String> xavierStatuses = new java.util.concurrent.CopyOnWriteArrayList<>();
    carolInRoom
        .conference()
        .onEvent(
            e ->
                endpoint(carolInRoom, xavier.jid())
                    .ifPresent(x -> xavierStatuses.add(x.status().xml())));

    var outcome = xavierWithRoom.transfer(bob.bare());
    IncomingCall atBob = bob.nextRinging();
    assertThat(atBob.from().asBareJid().toString()).isEqualTo(room.toString());
    // While bob's phone rings, the others see xavier held (XEP-0251 § 2: hold, then call the
    // target). Bob answers only then: answered at once, the hold and xavier's departure can fall
    // in one Coin coalescing window and reach carol as one notification.
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(xavierStatuses)
                    .as("xavier was held while bob was called")
                    .contains("on-hold"));
    Call bobInRoom = get(atBob.accept(Audio.tone(BOB), bob.hears));

    assertThat(get(outcome).kind()).isEqualTo(TransferOutcome.Kind.SUCCEEDED);
    assertThat(TransferReasons.isTransferred(get(xavierWithRoom.ended()).reason())).isTrue();
    assertThat(bobInRoom.referredBy().map(Jid::toString)).contains(xavier.jid().toString());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(carol.heard()).containsExactly(BOB);
              assertThat(bob.heard()).containsExactly(CAROL);
            });
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              Endpoint b = endpoint(carolInRoom, bob.jid()).orElseThrow();
              assertThat(b.joiningMethod().xml()).isEqualTo("dialed-out");
              assertThat(b.referred().by()).isEqualTo("xmpp:" + xavier.jid());
              Endpoint x = endpoint(carolInRoom, xavier.jid()).orElseThrow();
              assertThat(x.disconnectionMethod().xml()).isEqualTo("departed");
              assertThat(x.disconnectionInfo().reason()).isEqualTo("transferred to " + bob.bare());
            });
  }

  @Test
  void theRoomResumesItsCallWhenTheTransferTargetDeclines() throws Exception {
    Party bob = party("bob");
    Party carol = party("carol");
    Party dave = party("dave");
    Party xavier = party("xavier");
    Jid room = room("resumed");
    Call carolInRoom = carol.call(room, CAROL);
    get(ConferenceModeration.of(dave.connection, room).dialOut(xavier.bare()));
    Call xavierWithRoom = xavier.accept(XAVIER);

    var outcome = xavierWithRoom.transfer(bob.bare());
    get(bob.nextRinging().reject());
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              // bob's devices were rung (XEP-0353): his endpoint is his bare JID
              Endpoint b = endpoint(carolInRoom, bob.bare()).orElseThrow();
              assertThat(b.disconnectionMethod()).isNotNull();
              assertThat(b.disconnectionMethod().xml()).isEqualTo("busy");
            });

    TransferOutcome o = get(outcome);
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.FAILED);
    assertThat(o.description()).contains("resumed");
    assertThat(xavierWithRoom.state()).isEqualTo(CallState.ACTIVE);
    await()
        .atMost(WAIT)
        .untilAsserted(
            () -> {
              assertThat(xavierWithRoom.isPeerHeld()).isFalse();
              Endpoint x = endpoint(carolInRoom, xavier.jid()).orElseThrow();
              assertThat(x.status().xml()).isEqualTo("connected");
              assertThat(carol.heard()).containsExactly(XAVIER);
              assertThat(xavier.heard()).containsExactly(CAROL);
            });
  }

  @Test
  void aParticipantThatCalledTheRoomCannotMakeItCallSomeoneElse() throws Exception {
    Party alice = party("alice");
    Jid room = room("dialin");
    Call aliceInRoom = alice.call(room, ALICE);
    TransferOutcome o = get(aliceInRoom.transfer(JidCreate.from("bob@localhost")));
    assertThat(o.kind()).isEqualTo(TransferOutcome.Kind.REFUSED);
    assertThat(o.error()).isNotNull();
    assertThat(TransferReasons.isUnsupported(o.error())).isTrue();
    assertThat(aliceInRoom.state()).isEqualTo(CallState.ACTIVE);
  }
}
