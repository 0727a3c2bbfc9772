/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import dev.parley.protocol.conference.ConferenceDescription;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.HostInfo;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.SidebarsByVal;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.UriEntry;
import dev.parley.protocol.conference.Uris;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The inverse of {@link Merge}: the smallest notification that {@code Merge} turns {@code a} into
 * {@code b}. Each function returns {@code null} when nothing differs, an element with {@code
 * state='partial'} carrying only what changed, or {@code b}'s element in full (with explicit
 * states) when the change cannot be said partially or the full element is not larger.
 *
 * <p>A change cannot be said partially, and forces its nearest partial-capable ancestor to full,
 * when: an atomic child or a group of unknown children disappeared (a partial element can only add
 * or replace); a row without state ({@code <media>}, a {@code sidebars-by-ref} entry) disappeared;
 * keys are missing or repeated; or the rows' order changed in a way that appending new rows cannot
 * reproduce.
 */
final class Diff {
  private Diff() {}

  /** The notification taking document {@code a} to {@code b} (both full), or {@code null}. */
  static @Nullable ConferenceInfo root(ConferenceInfo a, ConferenceInfo b) {
    return conference(a, b, true);
  }

  private static @Nullable ConferenceInfo conference(
      ConferenceInfo a, ConferenceInfo b, boolean root) {
    boolean changed =
        !a.entity().equals(b.entity())
            || !Objects.equals(a.sid(), b.sid())
            || (!root && !Objects.equals(a.version(), b.version()))
            || !a.ext().attributes().equals(b.ext().attributes());
    ConferenceInfo.Builder p =
        ConferenceInfo.builder(b.entity()).state(State.PARTIAL).version(b.version()).sid(b.sid());

    ConferenceDescription da = a.description();
    ConferenceDescription db = b.description();
    if (!Objects.equals(da, db)
        && !Objects.equals(Normal.VIEW.description(da), Normal.VIEW.description(db))) {
      if (db == null) {
        return full(b, root);
      }
      p.description(db);
      changed = true;
    }
    HostInfo ha = a.hostInfo();
    HostInfo hb = b.hostInfo();
    if (!Objects.equals(ha, hb)
        && !Objects.equals(Normal.VIEW.hostInfo(ha), Normal.VIEW.hostInfo(hb))) {
      if (hb == null) {
        return full(b, root);
      }
      p.hostInfo(hb);
      changed = true;
    }
    if (!Objects.equals(a.conferenceState(), b.conferenceState())) {
      if (b.conferenceState() == null) {
        return full(b, root);
      }
      p.conferenceState(b.conferenceState());
      changed = true;
    }

    Users ua = live(a.users());
    Users ub = live(b.users());
    if (ub == null) {
      if (ua != null) {
        return full(b, root);
      }
    } else if (ua == null || ua != ub) {
      Users users = ua == null ? Normal.EMIT.users(ub) : users(ua, ub);
      if (users != null) {
        p.users(users);
        changed = true;
      }
    }

    Uris ra = live(a.sidebarsByRef());
    Uris rb = live(b.sidebarsByRef());
    if (rb == null) {
      if (ra != null) {
        return full(b, root);
      }
    } else if (ra == null || ra != rb) {
      Uris byRef = ra == null ? Normal.EMIT.sidebarsByRef(rb) : sidebarsByRef(ra, rb);
      if (byRef != null) {
        p.sidebarsByRef(byRef);
        changed = true;
      }
    }

    SidebarsByVal va = live(a.sidebarsByVal());
    SidebarsByVal vb = live(b.sidebarsByVal());
    if (vb == null) {
      if (va != null) {
        return full(b, root);
      }
    } else if (va == null || va != vb) {
      SidebarsByVal byVal = va == null ? Normal.EMIT.sidebarsByVal(vb) : sidebarsByVal(va, vb);
      if (byVal != null) {
        p.sidebarsByVal(byVal);
        changed = true;
      }
    }

    List<XmlElement> elements = changedElements(a.ext(), b.ext());
    if (elements == null) {
      return full(b, root);
    }
    changed |= !elements.isEmpty();
    if (!changed) {
      return null;
    }
    ConferenceInfo partial = p.ext(Extensions.of(b.ext().attributes(), elements)).build();
    String name = root ? "conference-info" : "entry";
    return SizeEstimate.NOTIFICATION.conference(partial, name)
            < SizeEstimate.FULL.conference(b, name)
        ? partial
        : full(b, root);
  }

  private static ConferenceInfo full(ConferenceInfo b, boolean root) {
    return root ? Normal.EMIT.root(b) : Normal.EMIT.entry(b);
  }

  private static @Nullable Users users(Users a, Users b) {
    List<XmlElement> elements = changedElements(a.ext(), b.ext());
    List<User> rows =
        elements == null
            ? null
            : rows(
                liveRows(a.list(), User::state),
                liveRows(b.list(), User::state),
                User::entity,
                Diff::user,
                User::deleted,
                Normal.EMIT::user);
    if (rows == null) {
      return Normal.EMIT.users(b);
    }
    if (rows.isEmpty() && elements.isEmpty() && a.ext().attributes().equals(b.ext().attributes())) {
      return null;
    }
    return new Users(State.PARTIAL, rows, Extensions.of(b.ext().attributes(), elements));
  }

  private static @Nullable User user(User a, User b) {
    if (a.equals(b) || Normal.VIEW.user(a).equals(Normal.VIEW.user(b))) {
      return null;
    }
    User.Builder p = User.builder(b.entity()).state(State.PARTIAL);
    boolean expressible =
        atomic(a.displayText(), b.displayText(), p::displayText)
            && atomic(
                Normal.atomicUris(a.associatedAors()),
                Normal.atomicUris(b.associatedAors()),
                p::associatedAors)
            && atomic(a.roles(), b.roles(), p::roles)
            && atomicList(a.languages(), b.languages(), p::languages)
            && atomic(a.cascadedFocus(), b.cascadedFocus(), p::cascadedFocus);
    List<Endpoint> endpoints =
        expressible
            ? rows(
                liveRows(a.endpoints(), Endpoint::state),
                liveRows(b.endpoints(), Endpoint::state),
                Endpoint::entity,
                Diff::endpoint,
                Endpoint::deleted,
                Normal.EMIT::endpoint)
            : null;
    List<XmlElement> elements = endpoints == null ? null : changedElements(a.ext(), b.ext());
    if (elements == null) {
      return Normal.EMIT.user(b);
    }
    User partial =
        p.endpoints(endpoints).ext(Extensions.of(b.ext().attributes(), elements)).build();
    return SizeEstimate.NOTIFICATION.user(partial) < SizeEstimate.FULL.user(b)
        ? partial
        : Normal.EMIT.user(b);
  }

  private static @Nullable Endpoint endpoint(Endpoint a, Endpoint b) {
    if (a.equals(b) || a.withState(null).equals(b.withState(null))) {
      return null;
    }
    Endpoint.Builder p = Endpoint.builder(b.entity()).state(State.PARTIAL);
    boolean expressible =
        atomic(a.displayText(), b.displayText(), p::displayText)
            && atomic(a.referred(), b.referred(), p::referred)
            && atomic(a.status(), b.status(), p::status)
            && atomic(a.joiningMethod(), b.joiningMethod(), p::joiningMethod)
            && atomic(a.joiningInfo(), b.joiningInfo(), p::joiningInfo)
            && atomic(a.disconnectionMethod(), b.disconnectionMethod(), p::disconnectionMethod)
            && atomic(a.disconnectionInfo(), b.disconnectionInfo(), p::disconnectionInfo)
            && atomic(a.callInfo(), b.callInfo(), p::callInfo);
    List<Media> media =
        expressible
            ? rows(
                a.media(),
                b.media(),
                Media::id,
                Diff::changedOrNull,
                null,
                UnaryOperator.identity())
            : null;
    List<XmlElement> elements = media == null ? null : changedElements(a.ext(), b.ext());
    if (elements == null) {
      return Normal.EMIT.endpoint(b);
    }
    Endpoint partial = p.media(media).ext(Extensions.of(b.ext().attributes(), elements)).build();
    return SizeEstimate.NOTIFICATION.endpoint(partial) < SizeEstimate.FULL.endpoint(b)
        ? partial
        : Normal.EMIT.endpoint(b);
  }

  private static @Nullable Uris sidebarsByRef(Uris a, Uris b) {
    List<XmlElement> elements = changedElements(a.ext(), b.ext());
    List<UriEntry> rows =
        elements == null
            ? null
            : rows(
                a.entries(),
                b.entries(),
                UriEntry::uri,
                Diff::changedOrNull,
                null,
                UnaryOperator.identity());
    if (rows == null) {
      return Normal.EMIT.sidebarsByRef(b);
    }
    if (rows.isEmpty() && elements.isEmpty() && a.ext().attributes().equals(b.ext().attributes())) {
      return null;
    }
    return new Uris(State.PARTIAL, rows, Extensions.of(b.ext().attributes(), elements));
  }

  private static @Nullable SidebarsByVal sidebarsByVal(SidebarsByVal a, SidebarsByVal b) {
    List<XmlElement> elements = changedElements(a.ext(), b.ext());
    List<ConferenceInfo> rows =
        elements == null
            ? null
            : rows(
                liveRows(a.entries(), ConferenceInfo::state),
                liveRows(b.entries(), ConferenceInfo::state),
                ConferenceInfo::entity,
                (x, y) -> conference(x, y, false),
                entity -> ConferenceInfo.builder(entity).state(State.DELETED).build(),
                Normal.EMIT::entry);
    if (rows == null) {
      return Normal.EMIT.sidebarsByVal(b);
    }
    if (rows.isEmpty() && elements.isEmpty() && a.ext().attributes().equals(b.ext().attributes())) {
      return null;
    }
    return new SidebarsByVal(State.PARTIAL, rows, Extensions.of(b.ext().attributes(), elements));
  }

  /**
   * The rows of a partial container taking {@code a} to {@code b}: a deleted stub for each removed
   * key, {@code b}'s row in full for each new key, and the {@code change} of each row that differs,
   * with removals first. Empty when nothing changed; {@code null} when it cannot be said: a key is
   * missing or repeated, a row was removed and rows have no state ({@code deleted} is {@code
   * null}), or {@code b}'s order is not the surviving rows of {@code a} in their order followed by
   * the new ones, which is the order {@link Merge} produces.
   */
  private static <T> @Nullable List<T> rows(
      List<T> a,
      List<T> b,
      Function<T, @Nullable String> key,
      BiFunction<T, T, @Nullable T> change,
      @Nullable Function<String, T> deleted,
      UnaryOperator<T> full) {
    if (a == b) {
      return List.of();
    }
    Map<String, T> inA = index(a, key);
    Map<String, T> inB = inA == null ? null : index(b, key);
    if (inB == null) {
      return null;
    }
    List<T> out = new ArrayList<>();
    int next = 0; // position in b of the next surviving row of a
    for (int i = 0; i < a.size(); i++) {
      String k = key.apply(a.get(i));
      if (!inB.containsKey(k)) {
        if (deleted == null) {
          return null;
        }
        out.add(deleted.apply(k));
      } else if (next < b.size() && k.equals(key.apply(b.get(next)))) {
        next++;
      } else {
        return null; // reordered
      }
    }
    for (int i = next; i < b.size(); i++) {
      if (inA.containsKey(key.apply(b.get(i)))) {
        return null; // a surviving row after a new one
      }
    }
    for (int i = 0; i < b.size(); i++) {
      T rowB = b.get(i);
      T rowA = inA.get(key.apply(rowB));
      T row = rowA == null ? full.apply(rowB) : change.apply(rowA, rowB);
      if (row != null) {
        out.add(row);
      }
    }
    return out;
  }

  /** Rows by key, or {@code null} when a key is missing or repeated. */
  private static <T> @Nullable Map<String, T> index(
      List<T> rows, Function<T, @Nullable String> key) {
    Map<String, T> map = new HashMap<>(rows.size() * 2);
    for (int i = 0; i < rows.size(); i++) {
      T row = rows.get(i);
      String k = key.apply(row);
      if (k == null || map.putIfAbsent(k, row) != null) {
        return null;
      }
    }
    return map;
  }

  /**
   * The unknown child elements a partial element must carry: none when they are unchanged, {@code
   * b}'s when they changed, {@code null} when they all disappeared (which only a full element can
   * say, see {@link Merge}).
   */
  private static @Nullable List<XmlElement> changedElements(Extensions a, Extensions b) {
    if (a.elements().equals(b.elements())) {
      return List.of();
    }
    return b.elements().isEmpty() ? null : b.elements();
  }

  /** Sets {@code b} when it differs; {@code false} when an atomic child disappeared. */
  private static <V> boolean atomic(@Nullable V a, @Nullable V b, Consumer<V> set) {
    if (Objects.equals(a, b)) {
      return true;
    }
    if (b == null) {
      return false;
    }
    set.accept(b);
    return true;
  }

  /** Like {@link #atomic} for a list where empty means absent. */
  private static <V> boolean atomicList(List<V> a, List<V> b, Consumer<List<V>> set) {
    if (a.equals(b)) {
      return true;
    }
    if (b.isEmpty()) {
      return false;
    }
    set.accept(b);
    return true;
  }

  private static <T> @Nullable T changedOrNull(T a, T b) {
    return a.equals(b) ? null : b;
  }

  private static <T> List<T> liveRows(List<T> rows, Function<T, @Nullable State> state) {
    return Normal.rows(rows, state, UnaryOperator.identity());
  }

  private static @Nullable Users live(@Nullable Users u) {
    return u == null || u.state() == State.DELETED ? null : u;
  }

  private static @Nullable Uris live(@Nullable Uris u) {
    return u == null || u.state() == State.DELETED ? null : u;
  }

  private static @Nullable SidebarsByVal live(@Nullable SidebarsByVal s) {
    return s == null || s.state() == State.DELETED ? null : s;
  }
}
