/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.client.smack.ParleySmack;
import dev.parley.client.testing.TestConfigs;
import dev.parley.client.testing.TestModerationCommands;
import dev.parley.protocol.commands.Note;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Parley;
import dev.parley.testkit.ProsodyExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * The moderation client against Parley's real XEP-0050 framework through a real Prosody, with
 * {@link TestModerationCommands} standing in for the bridge's room commands: request and answer
 * shapes of each command, and the errors mapped to {@link ModerationException}s.
 */
class ConferenceModerationIT {
  private static final String DOMAIN = "parley.localhost";

  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").component(DOMAIN).accounts("alice", "mallory").build();

  @TempDir static Path data;
  private static Parley parley;
  private static TestModerationCommands commands;
  private static ConferenceModeration asAlice;
  private static ConferenceModeration asMallory;

  @BeforeAll
  static void start() throws Exception {
    ParleySmack.install();
    Jid room = JidCreate.from("standup@" + DOMAIN);
    commands =
        new TestModerationCommands(
            room,
            JidCreate.from("alice@localhost"),
            List.of(
                new TestModerationCommands.Session(
                    "alice@localhost/phone", "Alice", "connected", false, false),
                new TestModerationCommands.Session(
                    "bob@localhost/desk", "Bob", "muted-via-focus", true, false),
                new TestModerationCommands.Session(
                    "bob@localhost/mobile", "Bob", "on-hold", false, true)));
    parley =
        Parley.start(
            TestConfigs.forProsody(PROSODY.get(), DOMAIN, data, Map.of()), List.of(commands));
    parley.firstConnections().get(20, TimeUnit.SECONDS);
    asAlice = ConferenceModeration.of(PROSODY.get().login("alice", "mod"), room);
    asMallory = ConferenceModeration.of(PROSODY.get().login("mallory", "mod"), room);
  }

  @AfterAll
  static void stop() {
    if (parley != null) {
      parley.close();
    }
  }

  private static <T> T get(CompletableFuture<T> f) throws Exception {
    return f.get(20, TimeUnit.SECONDS);
  }

  private static ModerationException failure(CompletableFuture<?> f) {
    ExecutionException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            ExecutionException.class, () -> f.get(20, TimeUnit.SECONDS));
    assertThat(e.getCause()).isInstanceOf(ModerationException.class);
    return (ModerationException) e.getCause();
  }

  @Test
  void listsTheParticipantSessions() throws Exception {
    List<ParticipantRecord> records = get(asAlice.participants());
    assertThat(records)
        .extracting(r -> r.jid().toString())
        .containsExactly("alice@localhost/phone", "bob@localhost/desk", "bob@localhost/mobile");
    ParticipantRecord desk = records.get(1);
    assertThat(desk.name()).isEqualTo("Bob");
    assertThat(desk.status()).isEqualTo("muted-via-focus");
    assertThat(desk.muted()).isTrue();
    assertThat(desk.held()).isFalse();
    assertThat(records.get(2).held()).isTrue();
  }

  @Test
  void muteKickAndDialOutSubmitTheirForms() throws Exception {
    List<Note> muted = get(asAlice.mute(JidCreate.from("bob@localhost")));
    assertThat(muted).extracting(Note::text).containsExactly("mute: 2 session(s)");
    get(asAlice.unmute(JidCreate.from("bob@localhost/desk")));
    get(asAlice.kick(JidCreate.from("alice@localhost/phone"), "testing"));
    List<Note> calling = get(asAlice.dialOut(JidCreate.from("carol@localhost")));
    assertThat(calling).extracting(Note::text).containsExactly("Calling carol@localhost");
    get(asAlice.lock());
    get(asAlice.unlock());
    get(asAlice.end());
    assertThat(commands.log())
        .containsSubsequence(
            "mute bob@localhost/desk",
            "mute bob@localhost/mobile",
            "unmute bob@localhost/desk",
            "kick alice@localhost/phone (testing)",
            "dial-out carol@localhost",
            "lock",
            "unlock",
            "end");
  }

  @Test
  void errorsBecomeModerationExceptions() throws Exception {
    ModerationException forbidden = failure(asMallory.lock());
    assertThat(forbidden.reason()).isEqualTo(ModerationException.Reason.FORBIDDEN);
    assertThat(forbidden.getMessage()).contains("may not moderate standup@parley.localhost");
    assertThat(forbidden.error()).isNotNull();
    assertThat(forbidden.error().condition()).isEqualTo(StanzaError.Condition.FORBIDDEN);

    ModerationException unknown = failure(asAlice.mute(JidCreate.from("zoe@localhost")));
    assertThat(unknown.reason()).isEqualTo(ModerationException.Reason.UNKNOWN_PARTICIPANT);
    assertThat(unknown.getMessage()).contains("zoe@localhost is not in the room");

    ModerationException noRoom =
        failure(
            ConferenceModeration.of(
                    PROSODY.get().login("alice", "mod2"), JidCreate.from("nowhere@" + DOMAIN))
                .lock());
    assertThat(noRoom.reason()).isEqualTo(ModerationException.Reason.UNKNOWN_COMMAND);
  }
}
