/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.dataform.FieldType;
import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;
import java.util.List;
import org.jxmpp.jid.Jid;

/**
 * {@code parley:conference:dial-out}: the form's {@code jid} (jid-single, bare or full) is called
 * by the room: an XEP-0353 proposal from its focus, then a session with the device that proceeds.
 * The callee appears in the document as {@code dialing-out}, {@code alerting}, then {@code
 * connected} with joining-method {@code dialed-out}.
 */
public final class DialOutCommand extends RoomCommand {
  public static final String NODE = "parley:conference:dial-out";

  public DialOutCommand(RoomControl control) {
    super(NODE, "Invite by calling", control);
  }

  @Override
  public CommandStage start(Invocation invocation) {
    return CommandStage.Executing.complete(
        form(
            "Invite by calling",
            List.of(
                Field.of("jid", FieldType.JID_SINGLE, List.of())
                    .withLabel("Who to call")
                    .withRequired(true))),
        null);
  }

  @Override
  CommandStage complete(Invocation invocation, DataForm form) throws StanzaException {
    Jid callee = jid(form, "jid");
    if (!callee.hasLocalpart()) {
      throw badRequest("'" + callee + "' is not a user's JID");
    }
    control.dialOut(room(invocation), callee, requester(invocation));
    return CommandStage.Completed.withNote("calling " + callee);
  }
}
