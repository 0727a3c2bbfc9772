/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import static java.util.Objects.requireNonNull;

/**
 * A change of a conference's roster, computed from two successive views (see {@link Roster}).
 * Events of one notification arrive together, in document order: leaves, then joins and changes.
 */
public sealed interface RosterEvent {
  /** One line for humans: {@code joined bob@example.org/phone}, {@code stale 5 7}… */
  String describe();

  /** A participant appeared (also every participant of the first full document). */
  record Joined(RosterEntry entry) implements RosterEvent {
    public Joined {
      requireNonNull(entry, "entry");
    }

    @Override
    public String describe() {
      return "joined " + entry.address();
    }
  }

  /** A participant disappeared (also every participant when the conference ends). */
  record Left(RosterEntry entry) implements RosterEvent {
    public Left {
      requireNonNull(entry, "entry");
    }

    @Override
    public String describe() {
      return "left " + entry.address();
    }
  }

  /** A participant's endpoint status changed. */
  record StatusChanged(RosterEntry before, RosterEntry after) implements RosterEvent {
    public StatusChanged {
      requireNonNull(before, "before");
      requireNonNull(after, "after");
    }

    @Override
    public String describe() {
      return "status " + after.address() + " " + before.statusText() + "->" + after.statusText();
    }
  }

  /** A participant was muted or unmuted ({@link RosterEntry#muted()}). */
  record MuteChanged(RosterEntry entry, boolean muted) implements RosterEvent {
    public MuteChanged {
      requireNonNull(entry, "entry");
    }

    @Override
    public String describe() {
      return (muted ? "muted " : "unmuted ") + entry.address();
    }
  }

  /** A participant was put on hold or taken off ({@link RosterEntry#held()}). */
  record HoldChanged(RosterEntry entry, boolean held) implements RosterEvent {
    public HoldChanged {
      requireNonNull(entry, "entry");
    }

    @Override
    public String describe() {
      return (held ? "held " : "resumed ") + entry.address();
    }
  }

  /**
   * A partial notification was missed (its version skipped {@code expected}): the roster may be
   * behind until the next full document, which the focus sends on its own (Coin cannot ask).
   */
  record Stale(long expected, long received) implements RosterEvent {
    @Override
    public String describe() {
      return "stale: missed version " + expected + " (got " + received + ")";
    }
  }

  /** A full document arrived after {@link Stale}: the roster is exact again. */
  record Resynced(long version) implements RosterEvent {
    @Override
    public String describe() {
      return "resynced at version " + version;
    }
  }

  /** The focus said the conference ended (a {@code deleted} document). */
  record Ended() implements RosterEvent {
    @Override
    public String describe() {
      return "conference ended";
    }
  }
}
