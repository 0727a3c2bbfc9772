/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.dataform.Option;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;
import java.util.ArrayList;
import java.util.List;
import org.jxmpp.jid.Jid;

/**
 * {@code parley:conference:mute}, {@code …:unmute} and {@code …:kick}: {@code execute} shows a form
 * with {@code participant} (list-single of the current participants' full JIDs; a submitted bare
 * JID designates all its sessions) and, for kick, an optional {@code reason}; {@code complete}
 * applies it and completes with a note.
 */
public final class ParticipantCommand extends RoomCommand {
  public static final String MUTE = "parley:conference:mute";
  public static final String UNMUTE = "parley:conference:unmute";
  public static final String KICK = "parley:conference:kick";

  /** What the command does. */
  public enum Kind {
    MUTE,
    UNMUTE,
    KICK
  }

  private final Kind kind;

  public ParticipantCommand(Kind kind, RoomControl control) {
    super(node(kind), name(kind), control);
    this.kind = kind;
  }

  private static String node(Kind kind) {
    return switch (kind) {
      case MUTE -> MUTE;
      case UNMUTE -> UNMUTE;
      case KICK -> KICK;
    };
  }

  private static String name(Kind kind) {
    return switch (kind) {
      case MUTE -> "Mute a participant";
      case UNMUTE -> "Unmute a participant";
      case KICK -> "Remove a participant";
    };
  }

  @Override
  public CommandStage start(Invocation invocation) {
    List<Option> options = new ArrayList<>();
    for (ParticipantView p : control.participants(room(invocation))) {
      options.add(Option.of(p.name() + " (" + p.jid() + ")", p.jid().toString()));
    }
    List<Field> fields = new ArrayList<>();
    fields.add(
        Field.of("participant", FieldType.LIST_SINGLE, List.of())
            .withLabel("Participant")
            .withRequired(true)
            .withOptions(options));
    if (kind == Kind.KICK) {
      fields.add(Field.of("reason", FieldType.TEXT_SINGLE, List.of()).withLabel("Reason"));
    }
    return CommandStage.Executing.complete(form(name(), fields), null);
  }

  @Override
  CommandStage complete(Invocation invocation, DataForm form) throws StanzaException {
    Jid who = jid(form, "participant");
    int n =
        switch (kind) {
          case MUTE -> control.mute(room(invocation), who, true);
          case UNMUTE -> control.mute(room(invocation), who, false);
          case KICK -> {
            String reason = form.value("reason");
            yield control.kick(
                room(invocation),
                who,
                reason == null || reason.isBlank() ? null : reason.strip(),
                requester(invocation));
          }
        };
    if (n == 0) {
      throw notFound(who + " is not in " + room(invocation));
    }
    String done =
        switch (kind) {
          case MUTE -> "muted";
          case UNMUTE -> "unmuted";
          case KICK -> "removed";
        };
    return CommandStage.Completed.withNote(
        who + " " + done + (n > 1 ? " (" + n + " sessions)" : ""));
  }
}
