/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.conference;

import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.EndpointStatus;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.MediaStatus;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.sync.ConferenceUpdate;
import dev.parley.protocol.conference.sync.ConferenceView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The roster of a conference view, and the events between two views: pure functions, so that what
 * the tracker reports is a function of the notifications alone.
 *
 * <p>Entries follow document order. Users without {@code entity} cannot be told apart from one
 * notification to the next and are left out; so are endpoints without {@code entity} of a user that
 * has other endpoints.
 */
public final class Roster {
  private Roster() {}

  /** The participants of a view (none before the first full document and after the end). */
  public static List<RosterEntry> of(ConferenceView view) {
    List<RosterEntry> entries = new ArrayList<>();
    for (User u : view.users()) {
      String user = u.entity();
      if (user == null) {
        continue;
      }
      List<Endpoint> endpoints = new ArrayList<>();
      for (Endpoint e : u.endpoints()) {
        if (e.entity() != null) {
          endpoints.add(e);
        }
      }
      if (endpoints.isEmpty()) {
        entries.add(new RosterEntry(user, null, u.displayText(), null, false, false, null));
      }
      for (Endpoint e : endpoints) {
        entries.add(entry(u, e));
      }
    }
    return entries;
  }

  private static RosterEntry entry(User u, Endpoint e) {
    EndpointStatus status = e.status();
    boolean muted = status == EndpointStatus.MUTED_VIA_FOCUS;
    String ssrc = null;
    for (Media m : e.media()) {
      if (m.type() == null || "audio".equals(m.type())) {
        muted |= m.status() == MediaStatus.RECVONLY;
        if (ssrc == null) {
          ssrc = m.srcId();
        }
      }
    }
    return new RosterEntry(
        u.entity(),
        e.entity(),
        e.displayText() != null ? e.displayText() : u.displayText(),
        status,
        muted,
        status == EndpointStatus.ON_HOLD,
        ssrc);
  }

  /**
   * The events a notification caused: what changed between the roster of {@code before} and that of
   * the update's view, plus {@link RosterEvent.Stale} on a gap that made a coherent view stale,
   * {@link RosterEvent.Resynced} when a full document ended staleness, and {@link
   * RosterEvent.Ended} when the conference was deleted. An ignored notification causes nothing.
   */
  public static List<RosterEvent> events(ConferenceView before, ConferenceUpdate update) {
    List<RosterEvent> events = new ArrayList<>();
    ConferenceView after = update.view();
    if (update instanceof ConferenceUpdate.Gap gap) {
      if (!before.stale()) {
        events.add(new RosterEvent.Stale(gap.expected(), gap.received()));
      }
      return events;
    }
    if (!(update instanceof ConferenceUpdate.Applied)) {
      return events;
    }
    events.addAll(changes(of(before), of(after)));
    if (before.stale() && !after.stale()) {
      events.add(new RosterEvent.Resynced(after.version()));
    }
    if (after.ended() && !before.ended()) {
      events.add(new RosterEvent.Ended());
    }
    return events;
  }

  /** Leaves (in the old order), then joins and changes (in the new order). */
  static List<RosterEvent> changes(List<RosterEntry> before, List<RosterEntry> after) {
    Map<String, RosterEntry> old = index(before);
    Map<String, RosterEntry> now = index(after);
    List<RosterEvent> events = new ArrayList<>();
    for (RosterEntry e : old.values()) {
      if (!now.containsKey(e.key())) {
        events.add(new RosterEvent.Left(e));
      }
    }
    for (RosterEntry e : now.values()) {
      RosterEntry was = old.get(e.key());
      if (was == null) {
        events.add(new RosterEvent.Joined(e));
        continue;
      }
      if (!Objects.equals(was.status(), e.status())) {
        events.add(new RosterEvent.StatusChanged(was, e));
      }
      if (was.muted() != e.muted()) {
        events.add(new RosterEvent.MuteChanged(e, e.muted()));
      }
      if (was.held() != e.held()) {
        events.add(new RosterEvent.HoldChanged(e, e.held()));
      }
    }
    return events;
  }

  private static Map<String, RosterEntry> index(List<RosterEntry> entries) {
    Map<String, RosterEntry> map = new LinkedHashMap<>();
    for (RosterEntry e : entries) {
      map.putIfAbsent(e.key(), e);
    }
    return map;
  }
}
