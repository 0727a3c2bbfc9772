/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.commands.AdHocCommand.Invocation;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/** The command stages against a recording fake of the room. */
class RoomCommandsTest {
  static Jid jid(String s) {
    return JidCreate.fromOrThrowUnchecked(s);
  }

  static final Jid ROOM = jid("standup@parley.example.org");
  static final Jid DAVE = jid("dave@example.org/desk");
  static final Invocation AS_DAVE = new Invocation(DAVE, ROOM, null);

  /** A room with alice and bob; records what the commands do. */
  static final class FakeRoom implements RoomControl {
    final List<String> calls = new ArrayList<>();
    final CompletableFuture<String> pendingTransfer = new CompletableFuture<>();

    @Override
    public boolean mayModerate(BareJid requester, BareJid room) {
      return requester.toString().equals("dave@example.org");
    }

    @Override
    public List<ParticipantView> participants(BareJid room) {
      return List.of(
          new ParticipantView(
              jid("alice@example.org/phone"), "alice", "connected", false, false, 100, 1, 2.5),
          new ParticipantView(
              jid("bob@example.org/desk"), "bob", "muted-via-focus", true, false, 50, 0, 0));
    }

    @Override
    public int mute(BareJid room, Jid who, boolean mute) {
      calls.add((mute ? "mute " : "unmute ") + who);
      return who.toString().startsWith("alice") || who.toString().startsWith("bob") ? 1 : 0;
    }

    @Override
    public int kick(BareJid room, Jid who, @Nullable String reason, BareJid by) {
      calls.add("kick " + who + " " + reason + " by " + by);
      return who.toString().startsWith("alice") ? 1 : 0;
    }

    @Override
    public void lock(BareJid room, boolean locked, BareJid by) {
      calls.add(locked ? "lock" : "unlock");
    }

    @Override
    public void dialOut(BareJid room, Jid callee, BareJid by) {
      calls.add("dial " + callee);
    }

    @Override
    public CompletionStage<String> transfer(BareJid room, Jid who, Jid target, BareJid by)
        throws StanzaException {
      calls.add("transfer " + who + " to " + target + " by " + by);
      if (!who.toString().startsWith("alice")) {
        throw new StanzaException(StanzaError.Condition.ITEM_NOT_FOUND, who + " is not here");
      }
      return pendingTransfer;
    }

    @Override
    public boolean end(BareJid room, BareJid by) {
      calls.add("end");
      return true;
    }
  }

  final FakeRoom room = new FakeRoom();

  static DataForm submit(String var, String value) {
    return DataForm.submit("urn:parley:conference", List.of(Field.of(var, null, value)));
  }

  @Test
  void participantsIsOneResultTable() {
    CommandStage stage = new ParticipantsCommand(room).start(AS_DAVE);
    DataForm table = ((CommandStage.Completed) stage).result();
    assertThat(table.reported().fields())
        .extracting(Field::var)
        .containsExactly(
            "jid",
            "name",
            "status",
            "muted",
            "held",
            "packets-received",
            "packets-lost",
            "jitter-ms");
    assertThat(table.items()).hasSize(2);
    assertThat(table.items().get(1).fields())
        .extracting(Field::value)
        .startsWith("bob@example.org/desk", "bob", "muted-via-focus", "true", "false");
  }

  @Test
  void muteShowsTheParticipantsThenApplies() throws Exception {
    ParticipantCommand mute = new ParticipantCommand(ParticipantCommand.Kind.MUTE, room);
    CommandStage.Executing form = (CommandStage.Executing) mute.start(AS_DAVE);
    Field participant = form.form().field("participant");
    assertThat(participant.type()).isEqualTo(FieldType.LIST_SINGLE);
    assertThat(participant.options())
        .extracting(o -> o.value())
        .containsExactly("alice@example.org/phone", "bob@example.org/desk");
    assertThat(form.allowed()).containsExactly(Command.Action.COMPLETE);
    CommandStage done =
        mute.submit(
            AS_DAVE, Command.Action.COMPLETE, submit("participant", "bob@example.org"), null);
    assertThat(done).isInstanceOf(CommandStage.Completed.class);
    assertThat(room.calls).containsExactly("mute bob@example.org");
  }

  @Test
  void kickTakesAnOptionalReason() throws Exception {
    ParticipantCommand kick = new ParticipantCommand(ParticipantCommand.Kind.KICK, room);
    CommandStage.Executing form = (CommandStage.Executing) kick.start(AS_DAVE);
    assertThat(form.form().field("reason")).isNotNull();
    kick.submit(
        AS_DAVE,
        Command.Action.COMPLETE,
        DataForm.submit(
            "urn:parley:conference",
            List.of(
                Field.of("participant", null, "alice@example.org/phone"),
                Field.of("reason", null, " too loud "))),
        null);
    assertThat(room.calls)
        .containsExactly("kick alice@example.org/phone too loud by dave@example.org");
  }

  @Test
  void unknownParticipantsAndMissingFieldsAreErrors() {
    ParticipantCommand kick = new ParticipantCommand(ParticipantCommand.Kind.KICK, room);
    assertThatThrownBy(
            () ->
                kick.submit(
                    AS_DAVE,
                    Command.Action.COMPLETE,
                    submit("participant", "zed@example.org"),
                    null))
        .isInstanceOfSatisfying(
            StanzaException.class,
            e -> assertThat(e.error().condition()).isEqualTo(StanzaError.Condition.ITEM_NOT_FOUND));
    assertThatThrownBy(
            () -> kick.submit(AS_DAVE, Command.Action.COMPLETE, submit("reason", "x"), null))
        .isInstanceOfSatisfying(
            StanzaException.class,
            e -> {
              assertThat(e.error().condition()).isEqualTo(StanzaError.Condition.BAD_REQUEST);
              assertThat(e.error().text()).contains("participant");
            });
    DialOutCommand dial = new DialOutCommand(room);
    assertThatThrownBy(
            () -> dial.submit(AS_DAVE, Command.Action.COMPLETE, submit("jid", "example.org"), null))
        .isInstanceOf(StanzaException.class);
  }

  @Test
  void lockUnlockDialOutAndEnd() throws Exception {
    new LockCommand(true, room).start(AS_DAVE);
    new LockCommand(false, room).start(AS_DAVE);
    new DialOutCommand(room)
        .submit(AS_DAVE, Command.Action.COMPLETE, submit("jid", "erin@example.org"), null);
    new EndCommand(room).start(AS_DAVE);
    assertThat(room.calls).containsExactly("lock", "unlock", "dial erin@example.org", "end");
  }

  @Test
  void transferAsksTheRoomAndAnswersWhenTheParticipantDid() throws Exception {
    TransferCommand transfer = new TransferCommand(room);
    assertThat(transfer.node()).isEqualTo("parley:conference:transfer");
    CommandStage.Executing form = (CommandStage.Executing) transfer.start(AS_DAVE);
    assertThat(form.form().field("participant").type()).isEqualTo(FieldType.LIST_SINGLE);
    assertThat(form.form().field("participant").options())
        .extracting(o -> o.value())
        .containsExactly("alice@example.org/phone", "bob@example.org/desk");
    assertThat(form.form().field("target").type()).isEqualTo(FieldType.JID_SINGLE);
    CommandStage stage =
        transfer.submit(
            AS_DAVE,
            Command.Action.COMPLETE,
            DataForm.submit(
                "urn:parley:conference",
                List.of(
                    Field.of("participant", null, "alice@example.org/phone"),
                    Field.of("target", null, "other@parley.example.org"))),
            null);
    assertThat(room.calls)
        .containsExactly(
            "transfer alice@example.org/phone to other@parley.example.org by dave@example.org");
    CompletionStage<CommandStage> next = ((CommandStage.Pending) stage).next();
    assertThat(next.toCompletableFuture()).isNotDone();
    room.pendingTransfer.complete("alice accepted");
    assertThat(((CommandStage.Completed) next.toCompletableFuture().get()).notes())
        .extracting(n -> n.text())
        .containsExactly("alice accepted");
  }

  @Test
  void transferNeedsAParticipantAndATarget() {
    TransferCommand transfer = new TransferCommand(room);
    assertThatThrownBy(
            () ->
                transfer.submit(
                    AS_DAVE,
                    Command.Action.COMPLETE,
                    submit("participant", "alice@example.org/phone"),
                    null))
        .isInstanceOfSatisfying(
            StanzaException.class, e -> assertThat(e.error().text()).contains("target"));
    assertThatThrownBy(
            () ->
                transfer.submit(
                    AS_DAVE,
                    Command.Action.COMPLETE,
                    DataForm.submit(
                        "urn:parley:conference",
                        List.of(
                            Field.of("participant", null, "zed@example.org"),
                            Field.of("target", null, "carol@example.org"))),
                    null))
        .isInstanceOfSatisfying(
            StanzaException.class,
            e -> assertThat(e.error().condition()).isEqualTo(StanzaError.Condition.ITEM_NOT_FOUND));
  }

  @Test
  void onlyModeratorsAndOnlyOnRooms() {
    EndCommand end = new EndCommand(room);
    assertThat(end.permits(DAVE, ROOM)).isTrue();
    assertThat(end.permits(jid("alice@example.org/phone"), ROOM)).isFalse();
    assertThat(end.appliesTo(ROOM)).isTrue();
    assertThat(end.appliesTo(jid("parley.example.org"))).isFalse();
    assertThat(end.appliesTo(jid("standup@parley.example.org/focus"))).isFalse();
    assertThat(end.node()).isEqualTo("parley:conference:end");
  }
}
