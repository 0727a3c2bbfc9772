/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jxmpp.jid.BareJid;
import org.jxmpp.jid.Jid;

/**
 * One conference's participants and settings, as an immutable value: members in the order they came
 * (the order of the conference document), and whether the room is locked.
 *
 * @param room the room's bare JID ({@code room@component})
 * @param members every participation not yet dropped, in arrival order: present ones, and departed
 *     ones that linger in the document as {@code disconnected}
 * @param locked whether new sessions are refused (existing ones stay)
 */
public record RoomState(BareJid room, List<Member> members, boolean locked) {
  public RoomState {
    requireNonNull(room, "room");
    members = List.copyOf(members);
  }

  /** A room nobody has joined. */
  public static RoomState empty(BareJid room) {
    return new RoomState(room, List.of(), false);
  }

  /** The RFC 4575 conference entity: {@code xmpp:room@component}. */
  public String entity() {
    return "xmpp:" + room;
  }

  public Optional<Member> member(MemberId id) {
    for (Member m : members) {
      if (m.id().equals(id)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** This member added at the end, or replacing the one with its id in place. */
  public RoomState with(Member member) {
    List<Member> next = new ArrayList<>(members.size() + 1);
    boolean replaced = false;
    for (Member m : members) {
      if (m.id().equals(member.id())) {
        next.add(member);
        replaced = true;
      } else {
        next.add(m);
      }
    }
    if (!replaced) {
      next.add(member);
    }
    return new RoomState(room, next, locked);
  }

  /** The room without this member (after its departure lingered). */
  public RoomState without(MemberId id) {
    List<Member> next = new ArrayList<>(members.size());
    for (Member m : members) {
      if (!m.id().equals(id)) {
        next.add(m);
      }
    }
    return new RoomState(room, next, locked);
  }

  public RoomState withLocked(boolean lock) {
    return new RoomState(room, members, lock);
  }

  /** Members that have not left. */
  public List<Member> present() {
    return members.stream().filter(Member::present).toList();
  }

  /** Members in the call. */
  public List<Member> connected() {
    return members.stream().filter(Member::connected).toList();
  }

  /**
   * The present members a moderator's JID designates: the device with this full JID, or every
   * device of this bare JID (BRIDGE-CONTRACTS: "a submitted bare JID matches all its sessions").
   */
  public List<Member> designated(Jid jid) {
    List<Member> found = new ArrayList<>(1);
    for (Member m : members) {
      if (!m.present()) {
        continue;
      }
      if (jid.hasResource() ? m.endpoint().equals(jid) : m.id().user().equals(jid.asBareJid())) {
        found.add(m);
      }
    }
    return found;
  }

  /** Whether nobody takes part or is being called. */
  public boolean deserted() {
    return members.stream().noneMatch(Member::present);
  }
}
