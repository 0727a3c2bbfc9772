/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import static java.util.Objects.requireNonNull;

/**
 * What {@link ConferenceInfos#apply} did with a notification, and the resulting view.
 *
 * <pre>{@code
 * ConferenceUpdate u = view.apply(document);
 * view = u.view();
 * if (u instanceof ConferenceUpdate.Gap) { ... the roster may be behind until the next full ... }
 * }</pre>
 */
public sealed interface ConferenceUpdate
    permits ConferenceUpdate.Applied, ConferenceUpdate.Ignored, ConferenceUpdate.Gap {

  /** The view after the notification (the same view when it was ignored). */
  ConferenceView view();

  /**
   * The notification was applied: a full or deleted document replaced the state, or a partial one
   * merged.
   */
  record Applied(ConferenceView view) implements ConferenceUpdate {
    public Applied {
      requireNonNull(view, "view");
    }
  }

  /** The notification was discarded; the view is unchanged. */
  record Ignored(ConferenceView view, Reason reason) implements ConferenceUpdate {
    public Ignored {
      requireNonNull(view, "view");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * A partial notification whose version skips some: it was discarded and the view is now {@link
   * ConferenceView#stale() stale} until the next full document.
   *
   * @param view the unchanged content, marked stale
   * @param expected the version a partial notification needed (local + 1)
   * @param received the version it had
   */
  record Gap(ConferenceView view, long expected, long received) implements ConferenceUpdate {
    public Gap {
      requireNonNull(view, "view");
    }
  }

  /** Why a notification was ignored. */
  enum Reason {
    /**
     * No {@code version} attribute: RFC 4575 § 4.3 requires it, and nothing can be ordered without
     * it.
     */
    NO_VERSION,
    /**
     * A partial or deleted document before the first full one (§ 4.6: start from a full document).
     */
    AWAITING_FULL,
    /**
     * The version is not greater than the local one: a duplicate or an old notification (§ 4.6).
     */
    STALE_VERSION,
    /** A partial document after the conference was deleted: there is nothing left to merge into. */
    CONFERENCE_ENDED
  }
}
