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
 * {@code parley:conference:transfer}: the room, as XEP-0251 attendant, asks one participant to
 * transfer its call to {@code target} (jid-single: a user's JID, a device's full JID, or another
 * room) — a session-info {@code <transfer to='target'/>} on the participant's session (§ 2). The
 * form's {@code participant} is a list-single of the connected sessions like mute and kick; a bare
 * JID must designate exactly one session.
 *
 * <p>The command answers once the participant answered the request (the IQ waits, within {@code
 * parley.router.deadline}): completed with a note when it acknowledged — it is now calling the
 * target, and its departure shows in the conference information as {@code departed} with the reason
 * {@code transferred to …} once it hangs up with {@code <transferred/>} — or an error when it
 * refused ({@code not-acceptable}, the participant's error in the text) or did not answer ({@code
 * remote-server-timeout}).
 */
public final class TransferCommand extends RoomCommand {
  public static final String NODE = "parley:conference:transfer";

  public TransferCommand(RoomControl control) {
    super(NODE, "Transfer a participant", control);
  }

  @Override
  public CommandStage start(Invocation invocation) {
    List<Option> options = new ArrayList<>();
    for (ParticipantView p : control.participants(room(invocation))) {
      options.add(Option.of(p.name() + " (" + p.jid() + ")", p.jid().toString()));
    }
    return CommandStage.Executing.complete(
        form(
            name(),
            List.of(
                Field.of("participant", FieldType.LIST_SINGLE, List.of())
                    .withLabel("Participant")
                    .withRequired(true)
                    .withOptions(options),
                Field.of("target", FieldType.JID_SINGLE, List.of())
                    .withLabel("Transfer to (a JID or another room)")
                    .withRequired(true))),
        null);
  }

  @Override
  CommandStage complete(Invocation invocation, DataForm form) throws StanzaException {
    Jid who = jid(form, "participant");
    Jid target = jid(form, "target");
    if (!target.hasLocalpart()) {
      throw badRequest("'" + target + "' is not a user's or a room's JID");
    }
    return new CommandStage.Pending(
        control
            .transfer(room(invocation), who, target, requester(invocation))
            .thenApply(CommandStage.Completed::withNote));
  }
}
