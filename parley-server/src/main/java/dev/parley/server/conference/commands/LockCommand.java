/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.commands;

import dev.parley.server.commands.CommandStage;

/**
 * {@code parley:conference:lock} and {@code …:unlock}: complete at once. A locked room refuses new
 * sessions (session-terminate {@code decline}, JMI {@code reject}) except its moderators'; existing
 * sessions stay. The document's {@code conference-state/locked} follows.
 */
public final class LockCommand extends RoomCommand {
  public static final String LOCK = "parley:conference:lock";
  public static final String UNLOCK = "parley:conference:unlock";

  private final boolean lock;

  public LockCommand(boolean lock, RoomControl control) {
    super(lock ? LOCK : UNLOCK, lock ? "Lock the room" : "Unlock the room", control);
    this.lock = lock;
  }

  @Override
  public CommandStage start(Invocation invocation) {
    control.lock(room(invocation), lock, requester(invocation));
    return CommandStage.Completed.withNote(room(invocation) + (lock ? " locked" : " unlocked"));
  }
}
