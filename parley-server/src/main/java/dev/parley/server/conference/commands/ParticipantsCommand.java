/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.protocol.dataform.FormItem;
import dev.parley.protocol.dataform.FormType;
import dev.parley.protocol.dataform.Reported;
import dev.parley.server.commands.CommandStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code parley:conference:participants}: completes at once with a result form whose {@code
 * <reported>} has the fields {@code jid}, {@code name}, {@code status}, {@code muted}, {@code held}
 * (BRIDGE-CONTRACTS.md), then the media statistics {@code packets-received}, {@code packets-lost}
 * and {@code jitter-ms}; one {@code <item>} per participant session.
 */
public final class ParticipantsCommand extends RoomCommand {
  public static final String NODE = "parley:conference:participants";

  public ParticipantsCommand(RoomControl control) {
    super(NODE, "List participants", control);
  }

  @Override
  public CommandStage start(Invocation invocation) {
    List<FormItem> items = new ArrayList<>();
    for (ParticipantView p : control.participants(room(invocation))) {
      items.add(
          FormItem.of(
              List.of(
                  Field.of("jid", null, p.jid().toString()),
                  Field.of("name", null, p.name()),
                  Field.of("status", null, p.status()),
                  Field.of("muted", null, Boolean.toString(p.muted())),
                  Field.of("held", null, Boolean.toString(p.held())),
                  Field.of("packets-received", null, Long.toString(p.packetsReceived())),
                  Field.of("packets-lost", null, Long.toString(p.packetsLost())),
                  Field.of(
                      "jitter-ms", null, String.format(Locale.ROOT, "%.1f", p.jitterMillis())))));
    }
    Reported reported =
        Reported.of(
            List.of(
                column("jid", "Participant", FieldType.JID_SINGLE),
                column("name", "Name", FieldType.TEXT_SINGLE),
                column("status", "Status", FieldType.TEXT_SINGLE),
                column("muted", "Muted", FieldType.BOOLEAN),
                column("held", "On hold", FieldType.BOOLEAN),
                column("packets-received", "Packets received", FieldType.TEXT_SINGLE),
                column("packets-lost", "Packets lost", FieldType.TEXT_SINGLE),
                column("jitter-ms", "Jitter (ms)", FieldType.TEXT_SINGLE)));
    DataForm result =
        DataForm.of(FormType.RESULT, List.of())
            .withTitle("Participants of " + room(invocation))
            .withTable(reported, items);
    return new CommandStage.Completed(List.of(), result);
  }

  private static Field column(String var, String label, FieldType type) {
    return Field.of(var, type, List.of()).withLabel(label);
  }
}
