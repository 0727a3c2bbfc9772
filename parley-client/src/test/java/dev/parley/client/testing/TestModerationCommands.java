/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.testing;

import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.dataform.FormItem;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.dataform.Option;
import dev.parley.protocol.dataform.Reported;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.server.Feature;
import dev.parley.server.FeatureRegistration;
import dev.parley.server.commands.AdHocCommand;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A <b>test double</b> of a Parley room's moderation commands (the real ones belong to the bridge,
 * written separately), on Parley's real XEP-0050 framework: the nodes, forms and errors of the
 * bridge's contract over a fixed participant list, with no conference behind them. Only {@code
 * admin} (a bare JID) may run them; others get {@code forbidden}. An unknown participant is {@code
 * item-not-found}; a missing field is {@code bad-request}. {@link #log()} records what was done.
 */
public final class TestModerationCommands implements Feature {
  /** One participant session of the fake room. */
  public record Session(String jid, String name, String status, boolean muted, boolean held) {}

  private final Jid room;
  private final Jid admin;
  private final List<Session> sessions;
  private final List<String> log = new CopyOnWriteArrayList<>();

  public TestModerationCommands(Jid room, Jid admin, List<Session> sessions) {
    this.room = room;
    this.admin = admin;
    this.sessions = new CopyOnWriteArrayList<>(sessions);
  }

  /** What the commands did, in order: {@code mute alice@localhost/phone}, {@code lock}… */
  public List<String> log() {
    return List.copyOf(log);
  }

  @Override
  public String name() {
    return "test-moderation";
  }

  @Override
  public void register(FeatureRegistration r) {
    r.commands()
        .add(new Simple("parley:conference:participants", "List participants", null))
        .add(new WithParticipant("parley:conference:mute", "Mute a participant", "mute"))
        .add(new WithParticipant("parley:conference:unmute", "Unmute a participant", "unmute"))
        .add(new WithParticipant("parley:conference:kick", "Remove a participant", "kick"))
        .add(new Simple("parley:conference:lock", "Lock the room", "lock"))
        .add(new Simple("parley:conference:unlock", "Unlock the room", "unlock"))
        .add(new DialOut())
        .add(new Simple("parley:conference:end", "End the conference", "end"));
  }

  private abstract class Base implements AdHocCommand {
    private final String node;
    private final String name;

    Base(String node, String name) {
      this.node = node;
      this.name = name;
    }

    @Override
    public String node() {
      return node;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public boolean appliesTo(Jid target) {
      return target.equals(room);
    }

    @Override
    public boolean permits(Jid requester, Jid target) {
      return requester.asBareJid().equals(admin.asBareJid());
    }
  }

  /** Completes at once: the participant list, or an action with a note. */
  private final class Simple extends Base {
    private final @Nullable String action;

    Simple(String node, String name, @Nullable String action) {
      super(node, name);
      this.action = action;
    }

    @Override
    public CommandStage start(Invocation invocation) {
      if (action == null) {
        List<FormItem> items = new ArrayList<>();
        for (Session s : sessions) {
          items.add(
              FormItem.of(
                  List.of(
                      Field.of("jid", null, s.jid()),
                      Field.of("name", null, s.name()),
                      Field.of("status", null, s.status()),
                      Field.of("muted", null, Boolean.toString(s.muted())),
                      Field.of("held", null, Boolean.toString(s.held())))));
        }
        Reported header =
            Reported.of(
                List.of(
                    Field.of("jid", FieldType.JID_SINGLE),
                    Field.of("name", FieldType.TEXT_SINGLE),
                    Field.of("status", FieldType.TEXT_SINGLE),
                    Field.of("muted", FieldType.BOOLEAN),
                    Field.of("held", FieldType.BOOLEAN)));
        return new CommandStage.Completed(
            List.of(), DataForm.of(FormType.RESULT, List.of()).withTable(header, items));
      }
      log.add(action);
      return CommandStage.Completed.withNote("Done: " + action);
    }

    @Override
    public CommandStage submit(
        Invocation invocation, Command.Action a, @Nullable DataForm form, @Nullable Object state)
        throws StanzaException {
      throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "nothing to submit");
    }
  }

  /** A form naming a participant; a bare JID matches all its sessions. */
  private final class WithParticipant extends Base {
    private final String action;

    WithParticipant(String node, String name, String action) {
      super(node, name);
      this.action = action;
    }

    @Override
    public CommandStage start(Invocation invocation) {
      List<Option> options = new ArrayList<>();
      sessions.forEach(s -> options.add(Option.of(s.jid())));
      List<Field> fields = new ArrayList<>();
      fields.add(
          Field.of("participant", FieldType.LIST_SINGLE).withOptions(options).withRequired(true));
      if (action.equals("kick")) {
        fields.add(Field.of("reason", FieldType.TEXT_SINGLE));
      }
      return CommandStage.Executing.complete(DataForm.of(FormType.FORM, fields), null);
    }

    @Override
    public CommandStage submit(
        Invocation invocation, Command.Action a, @Nullable DataForm form, @Nullable Object state)
        throws StanzaException {
      String participant = form == null ? null : form.value("participant");
      if (participant == null || participant.isEmpty()) {
        throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "participant is required");
      }
      List<Session> matched = new ArrayList<>();
      for (Session s : sessions) {
        if (s.jid().equals(participant) || s.jid().startsWith(participant + "/")) {
          matched.add(s);
        }
      }
      if (matched.isEmpty()) {
        throw new StanzaException(
            StanzaError.Condition.ITEM_NOT_FOUND, participant + " is not in the room");
      }
      String reason = form.value("reason");
      for (Session s : matched) {
        log.add(action + " " + s.jid() + (reason == null ? "" : " (" + reason + ")"));
      }
      return CommandStage.Completed.withNote(action + ": " + matched.size() + " session(s)");
    }
  }

  private final class DialOut extends Base {
    DialOut() {
      super("parley:conference:dial-out", "Invite by calling");
    }

    @Override
    public CommandStage start(Invocation invocation) {
      return CommandStage.Executing.complete(
          DataForm.of(FormType.FORM, List.of(Field.of("jid", FieldType.JID_SINGLE))), null);
    }

    @Override
    public CommandStage submit(
        Invocation invocation, Command.Action a, @Nullable DataForm form, @Nullable Object state)
        throws StanzaException {
      String jid = form == null ? null : form.value("jid");
      if (jid == null) {
        throw new StanzaException(StanzaError.Condition.BAD_REQUEST, "jid is required");
      }
      log.add("dial-out " + jid);
      return CommandStage.Completed.withNote("Calling " + jid);
    }
  }
}
