/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.conference.User;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a participant knows about a conference: the coherent state built from the notifications
 * received so far (RFC 4575 § 4.6). Immutable; {@link #apply} returns the next view.
 *
 * <p>The document is in the normal form of {@link ConferenceInfos#normalize}: the root says {@code
 * state='full'} and carries the local version, and no element below it has a {@code state}
 * attribute, since everything in a view is full. After a {@code deleted} root the document is that
 * root alone ({@link #ended()}).
 *
 * <p>A view is <b>stale</b> after a {@linkplain ConferenceUpdate.Gap gap}: a partial notification
 * was lost, so the content may be behind. Coin has no way to ask the mixer for a full document (RFC
 * 4575 would re-SUBSCRIBE), so the view stays stale until the next full document arrives;
 * consecutive partial notifications are still applied meanwhile.
 *
 * @param document the current document, or {@code null} before the first full one
 * @param stale whether notifications were lost since the last full document
 */
public record ConferenceView(@Nullable ConferenceInfo document, boolean stale) {

  /** The view before any notification. */
  public static final ConferenceView EMPTY = new ConferenceView(null, false);

  public ConferenceView {
    if (document != null) {
      if (document.version() == null) {
        throw new IllegalArgumentException("a view's document has a version");
      }
      if (document.effectiveState() == State.PARTIAL) {
        throw new IllegalArgumentException("a view's document is full or deleted");
      }
    }
  }

  /** Applies a notification: {@code ConferenceInfos.apply(this, notification)}. */
  public ConferenceUpdate apply(ConferenceInfo notification) {
    return ConferenceInfos.apply(this, notification);
  }

  /** Whether a full document has been received. */
  public boolean hasDocument() {
    return document != null;
  }

  /** The local version, or -1 before the first full document. */
  public long version() {
    return document == null ? -1 : document.version();
  }

  /** Whether the last document said the conference was deleted (it has ended). */
  public boolean ended() {
    return document != null && document.state() == State.DELETED;
  }

  /** The participants, in document order (empty before the first document or after the end). */
  public List<User> users() {
    return document == null ? List.of() : document.userList();
  }

  ConferenceView withStale() {
    return stale ? this : new ConferenceView(document, true);
  }
}
