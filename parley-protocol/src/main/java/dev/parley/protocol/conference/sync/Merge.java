/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.Endpoint;
import dev.parley.protocol.conference.Media;
import dev.parley.protocol.conference.SidebarsByVal;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.UriEntry;
import dev.parley.protocol.conference.Uris;
import dev.parley.protocol.conference.User;
import dev.parley.protocol.conference.Users;
import dev.parley.protocol.xml.Extensions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Steps 1–3 of RFC 4575 § 4.6: merges a partial element into the local (normal, full) one.
 *
 * <p>For each child of a partial element: a {@code full} (or state-less) non-atomic child replaces
 * the local one whole; a {@code deleted} one removes it; a {@code partial} one is merged row by row
 * (a new key adds the row, a known key recurses); an atomic child that is present replaces the
 * local one whole; an absent child leaves the local one unchanged. {@code <media>} and {@code
 * sidebars-by-ref} entries have no {@code state}, so a received one replaces the row with its key.
 *
 * <p>Two things RFC 4575 leaves open are decided here, the same way {@link Diff} assumes:
 *
 * <ul>
 *   <li>The attributes of a partial element (its key, {@code version}, {@code sid}, unknown ones)
 *       are those received: a start tag is always sent whole.
 *   <li>Its unknown child elements are atomic as a group: if any are received they replace the
 *       local ones, otherwise the local ones stay.
 * </ul>
 *
 * <p>A received row without a key cannot be addressed and is ignored; when a full document had
 * several rows with one key (§ 4.5 forbids it), the first is the one addressed.
 */
final class Merge {
  private Merge() {}

  /** A partial root merged into the local document. */
  static ConferenceInfo root(ConferenceInfo local, ConferenceInfo partial) {
    return conference(local, partial, State.FULL);
  }

  private static ConferenceInfo conference(
      ConferenceInfo local, ConferenceInfo partial, @Nullable State resultState) {
    ConferenceInfo.Builder b =
        ConferenceInfo.builder(partial.entity())
            .state(resultState)
            .version(partial.version())
            .sid(partial.sid())
            .ext(ext(local.ext(), partial.ext()));
    b.description(
        partial.description() != null
            ? Normal.VIEW.description(partial.description())
            : local.description());
    b.hostInfo(
        partial.hostInfo() != null ? Normal.VIEW.hostInfo(partial.hostInfo()) : local.hostInfo());
    b.conferenceState(
        partial.conferenceState() != null ? partial.conferenceState() : local.conferenceState());
    b.users(users(local.users(), partial.users()));
    b.sidebarsByRef(sidebarsByRef(local.sidebarsByRef(), partial.sidebarsByRef()));
    b.sidebarsByVal(sidebarsByVal(local.sidebarsByVal(), partial.sidebarsByVal()));
    return b.build();
  }

  private static @Nullable Users users(@Nullable Users local, @Nullable Users received) {
    if (received == null) {
      return local;
    }
    return switch (received.effectiveState()) {
      case FULL -> Normal.VIEW.users(received);
      case DELETED -> null;
      case PARTIAL ->
          local == null
              ? Normal.VIEW.users(received)
              : new Users(
                  null,
                  rows(
                      local.list(),
                      received.list(),
                      User::entity,
                      User::state,
                      Normal.VIEW::user,
                      Merge::user),
                  ext(local.ext(), received.ext()));
    };
  }

  private static User user(User local, User partial) {
    User.Builder b =
        User.builder(partial.entity()).state(null).ext(ext(local.ext(), partial.ext()));
    b.displayText(partial.displayText() != null ? partial.displayText() : local.displayText());
    Uris aors = partial.associatedAors();
    b.associatedAors(aors == null ? local.associatedAors() : Normal.atomicUris(aors));
    b.roles(partial.roles() != null ? partial.roles() : local.roles());
    b.languages(partial.languages().isEmpty() ? local.languages() : partial.languages());
    b.cascadedFocus(
        partial.cascadedFocus() != null ? partial.cascadedFocus() : local.cascadedFocus());
    b.endpoints(
        rows(
            local.endpoints(),
            partial.endpoints(),
            Endpoint::entity,
            Endpoint::state,
            Normal.VIEW::endpoint,
            Merge::endpoint));
    return b.build();
  }

  private static Endpoint endpoint(Endpoint local, Endpoint partial) {
    return Endpoint.builder(partial.entity())
        .state(null)
        .displayText(either(partial.displayText(), local.displayText()))
        .referred(either(partial.referred(), local.referred()))
        .status(either(partial.status(), local.status()))
        .joiningMethod(either(partial.joiningMethod(), local.joiningMethod()))
        .joiningInfo(either(partial.joiningInfo(), local.joiningInfo()))
        .disconnectionMethod(either(partial.disconnectionMethod(), local.disconnectionMethod()))
        .disconnectionInfo(either(partial.disconnectionInfo(), local.disconnectionInfo()))
        .media(rows(local.media(), partial.media(), Media::id, m -> null, m -> m, (l, r) -> r))
        .callInfo(either(partial.callInfo(), local.callInfo()))
        .ext(ext(local.ext(), partial.ext()))
        .build();
  }

  private static @Nullable Uris sidebarsByRef(@Nullable Uris local, @Nullable Uris received) {
    if (received == null) {
      return local;
    }
    return switch (received.effectiveState()) {
      case FULL -> Normal.VIEW.sidebarsByRef(received);
      case DELETED -> null;
      case PARTIAL ->
          local == null
              ? Normal.VIEW.sidebarsByRef(received)
              : new Uris(
                  null,
                  rows(
                      local.entries(),
                      received.entries(),
                      UriEntry::uri,
                      e -> null,
                      e -> e,
                      (l, r) -> r),
                  ext(local.ext(), received.ext()));
    };
  }

  private static @Nullable SidebarsByVal sidebarsByVal(
      @Nullable SidebarsByVal local, @Nullable SidebarsByVal received) {
    if (received == null) {
      return local;
    }
    return switch (received.effectiveState()) {
      case FULL -> Normal.VIEW.sidebarsByVal(received);
      case DELETED -> null;
      case PARTIAL ->
          local == null
              ? Normal.VIEW.sidebarsByVal(received)
              : new SidebarsByVal(
                  null,
                  rows(
                      local.entries(),
                      received.entries(),
                      ConferenceInfo::entity,
                      ConferenceInfo::state,
                      Normal.VIEW::entry,
                      (l, r) -> conference(l, r, null)),
                  ext(local.ext(), received.ext()));
    };
  }

  /**
   * Step 3.1: merges received rows into a local keyed table. A {@code deleted} row removes the
   * local row with its key; a {@code full} (or state-less) one replaces it or is appended; a {@code
   * partial} one is merged into it, or appended as received when the key is new.
   */
  private static <T> List<T> rows(
      List<T> local,
      List<T> received,
      Function<T, @Nullable String> key,
      Function<T, @Nullable State> state,
      UnaryOperator<T> normal,
      BinaryOperator<T> merge) {
    if (received.isEmpty()) {
      return local;
    }
    List<T> out = new ArrayList<>(local.size() + received.size()); // null marks a removed row
    Map<String, Integer> index = new HashMap<>(local.size() * 2);
    for (int i = 0; i < local.size(); i++) {
      T row = local.get(i);
      out.add(row);
      String k = key.apply(row);
      if (k != null) {
        index.putIfAbsent(k, i);
      }
    }
    boolean removed = false;
    for (T row : received) {
      String k = key.apply(row);
      if (k == null) {
        continue;
      }
      Integer at = index.get(k);
      T current = at == null ? null : out.get(at);
      State s = State.effective(state.apply(row));
      T next;
      if (s == State.DELETED) {
        next = null;
        removed |= current != null;
      } else if (s == State.PARTIAL && current != null) {
        next = merge.apply(current, row);
      } else {
        next = normal.apply(row);
      }
      if (at != null) {
        out.set(at, next);
      } else if (next != null) {
        index.put(k, out.size());
        out.add(next);
      }
    }
    if (removed) {
      out.removeIf(r -> r == null);
    }
    return out;
  }

  /** Attributes as received; child elements replaced only when some were received. */
  private static Extensions ext(Extensions local, Extensions received) {
    if (received.elements().isEmpty() && !local.elements().isEmpty()) {
      return Extensions.of(received.attributes(), local.elements());
    }
    return received;
  }

  private static <V> @Nullable V either(@Nullable V received, @Nullable V local) {
    return received != null ? received : local;
  }
}
