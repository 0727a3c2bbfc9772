/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.cli;

import dev.parley.client.conference.ConferenceTracker;
import dev.parley.client.conference.RosterEntry;
import dev.parley.client.conference.RosterEvent;
import java.io.PrintStream;
import java.util.List;

/**
 * Prints the roster a conference focus describes (XEP-0298) as plain lines, for terminals and logs:
 * each event, then the whole roster after it.
 */
final class RosterPrinter {
  private final PrintStream out;

  RosterPrinter(PrintStream out) {
    this.out = out;
  }

  /** Prints the roster as it stands. */
  void print(ConferenceTracker conference) {
    out.print(roster(conference));
    out.flush();
  }

  /** Prints the event and the whole roster after it. */
  void render(RosterEvent event, ConferenceTracker conference) {
    out.print("* " + event.describe() + "\n" + roster(conference));
    out.flush();
  }

  /** The roster as plain lines. */
  private static String roster(ConferenceTracker conference) {
    StringBuilder b = new StringBuilder();
    List<RosterEntry> roster = conference.roster();
    b.append("Roster")
        .append(conference.stale() ? " (may be behind: waiting for a full update)" : "")
        .append(": ")
        .append(roster.size())
        .append(roster.size() == 1 ? " participant" : " participants")
        .append('\n');
    for (RosterEntry e : roster) {
      b.append("  ").append(e.address());
      if (e.displayText() != null) {
        b.append(" (").append(e.displayText()).append(')');
      }
      if (!e.statusText().isEmpty()) {
        b.append("  ").append(e.statusText());
      }
      if (e.muted()) {
        b.append("  [muted]");
      }
      if (e.held()) {
        b.append("  [on hold]");
      }
      b.append('\n');
    }
    return b.toString();
  }
}
