/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.commands;

import java.util.ArrayList;
import java.util.List;

/** The ad-hoc commands features contribute, filled during registration. */
public final class CommandRegistry {
  private final List<AdHocCommand> commands = new ArrayList<>();

  public CommandRegistry add(AdHocCommand command) {
    for (AdHocCommand c : commands) {
      if (c.node().equals(command.node())) {
        throw new IllegalStateException("two commands with node " + command.node());
      }
    }
    commands.add(command);
    return this;
  }

  public List<AdHocCommand> commands() {
    return List.copyOf(commands);
  }
}
