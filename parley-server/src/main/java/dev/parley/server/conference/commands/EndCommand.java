/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.server.commands.CommandStage;
import dev.parley.server.routing.StanzaException;

/**
 * {@code parley:conference:end}: a {@code deleted} conference document to every participant, every
 * session terminated with {@code success}, the room removed. {@code item-not-found} when the room
 * is not open.
 */
public final class EndCommand extends RoomCommand {
  public static final String NODE = "parley:conference:end";

  public EndCommand(RoomControl control) {
    super(NODE, "End the conference", control);
  }

  @Override
  public CommandStage start(Invocation invocation) throws StanzaException {
    if (!control.end(room(invocation), requester(invocation))) {
      throw notFound("no conference in " + room(invocation));
    }
    return CommandStage.Completed.withNote("the conference in " + room(invocation) + " ended");
  }
}
