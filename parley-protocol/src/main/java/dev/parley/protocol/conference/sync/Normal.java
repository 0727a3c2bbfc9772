/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.HostInfo;
import dev.parley.protocol.conference.SidebarsByVal;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.Uris;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Rewrites the {@code state} attributes of a full document. Everything below a full root is full (§
 * 4.4), so those attributes carry no information; what remains is a choice of spelling:
 *
 * <ul>
 *   <li>{@link #VIEW} removes them (the form a {@link ConferenceView} holds and equality is checked
 *       in);
 *   <li>{@link #EMIT} writes {@code state='full'} on every element § 4.4 lets be partial, because
 *       Dino refuses a full document whose users lack it.
 * </ul>
 *
 * <p>Both set {@code state='full'} on the root, drop rows and containers marked {@code deleted} (a
 * full parent cannot have them, so they are read as absent), and remove the {@code state} of {@code
 * uris-type} elements other than {@code sidebars-by-ref}, which § 4.4 makes atomic. Parts that need
 * no change are returned as they are, so normalising a normal document allocates nothing.
 */
final class Normal {
  static final Normal VIEW = new Normal(null);
  static final Normal EMIT = new Normal(State.FULL);

  /** The state written on elements that § 4.4 lets be partial. */
  private final @Nullable State full;

  private Normal(@Nullable State full) {
    this.full = full;
  }

  /** A whole document: the root says {@code full}. */
  ConferenceInfo root(ConferenceInfo c) {
    return conference(c, State.FULL);
  }

  /** A {@code sidebars-by-val} entry. */
  ConferenceInfo entry(ConferenceInfo c) {
    return conference(c, full);
  }

  private ConferenceInfo conference(ConferenceInfo c, @Nullable State state) {
    ConferenceDescription description = description(c.description());
    HostInfo hostInfo = hostInfo(c.hostInfo());
    Users users = users(c.users());
    Uris byRef = sidebarsByRef(c.sidebarsByRef());
    SidebarsByVal byVal = sidebarsByVal(c.sidebarsByVal());
    if (c.state() == state
        && description == c.description()
        && hostInfo == c.hostInfo()
        && users == c.users()
        && byRef == c.sidebarsByRef()
        && byVal == c.sidebarsByVal()) {
      return c;
    }
    return c.toBuilder()
        .state(state)
        .description(description)
        .hostInfo(hostInfo)
        .users(users)
        .sidebarsByRef(byRef)
        .sidebarsByVal(byVal)
        .build();
  }

  @Nullable ConferenceDescription description(@Nullable ConferenceDescription d) {
    if (d == null) {
      return null;
    }
    Uris conf = atomicUris(d.confUris());
    Uris service = atomicUris(d.serviceUris());
    if (conf == d.confUris() && service == d.serviceUris()) {
      return d;
    }
    return d.toBuilder().confUris(conf).serviceUris(service).build();
  }

  @Nullable HostInfo hostInfo(@Nullable HostInfo h) {
    if (h == null) {
      return null;
    }
    Uris uris = atomicUris(h.uris());
    return uris == h.uris() ? h : new HostInfo(h.displayText(), h.webPage(), uris, h.ext());
  }

  @Nullable Users users(@Nullable Users u) {
    if (u == null || u.state() == State.DELETED) {
      return null;
    }
    List<User> list = rows(u.list(), User::state, this::user);
    return u.state() == full && list == u.list() ? u : new Users(full, list, u.ext());
  }

  User user(User u) {
    Uris aors = atomicUris(u.associatedAors());
    List<Endpoint> endpoints = rows(u.endpoints(), Endpoint::state, this::endpoint);
    if (u.state() == full && aors == u.associatedAors() && endpoints == u.endpoints()) {
      return u;
    }
    return u.toBuilder().state(full).associatedAors(aors).endpoints(endpoints).build();
  }

  Endpoint endpoint(Endpoint e) {
    return e.withState(full);
  }

  @Nullable Uris sidebarsByRef(@Nullable Uris u) {
    if (u == null || u.state() == State.DELETED) {
      return null;
    }
    return u.state() == full ? u : new Uris(full, u.entries(), u.ext());
  }

  @Nullable SidebarsByVal sidebarsByVal(@Nullable SidebarsByVal s) {
    if (s == null || s.state() == State.DELETED) {
      return null;
    }
    List<ConferenceInfo> entries = rows(s.entries(), ConferenceInfo::state, this::entry);
    return s.state() == full && entries == s.entries()
        ? s
        : new SidebarsByVal(full, entries, s.ext());
  }

  /** A {@code uris-type} element that § 4.4 makes atomic: no state; deleted means absent. */
  static @Nullable Uris atomicUris(@Nullable Uris u) {
    if (u == null || u.state() == State.DELETED) {
      return null;
    }
    return u.state() == null ? u : new Uris(null, u.entries(), u.ext());
  }

  /**
   * Rows with deleted ones dropped and the others rewritten; the same list when nothing changes.
   */
  static <T> List<T> rows(List<T> list, Function<T, @Nullable State> state, UnaryOperator<T> f) {
    List<T> out = null;
    for (int i = 0; i < list.size(); i++) {
      T row = list.get(i);
      T normal = state.apply(row) == State.DELETED ? null : f.apply(row);
      if (normal != row && out == null) {
        out = new ArrayList<>(list.size());
        out.addAll(list.subList(0, i));
      }
      if (out != null && normal != null) {
        out.add(normal);
      }
    }
    return out == null ? list : out;
  }
}
