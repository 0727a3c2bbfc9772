/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.coin;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.sync.ConferenceInfos;
import org.jspecify.annotations.Nullable;

/**
 * One state of a room's document, shared by every recipient that was last sent it. Recipients refer
 * to the revision they hold; a revision nobody holds any more is garbage.
 *
 * <p>It memoises what every recipient in the same position needs: the full document with explicit
 * states, and the last diff computed from it (towards the room's current revision). In a room of 50
 * where everybody is in step, one join costs one diff and one full document, not 50.
 *
 * <p>{@link ConferenceInfos#diff} compares versions (a partial notification needs exactly +1) but
 * every recipient has its own counter, so the shared documents carry fixed versions ({@code 1} as
 * the previous document, {@code 2} as the next) and {@code sid}-less roots; the publisher puts the
 * recipient's version and session id on the root of what it sends.
 */
final class Revision {
  private static final long AS_PREVIOUS = 1;
  private static final long AS_NEXT = 2;

  /** The normal form ({@link ConferenceInfos#normalize}), version 1, no {@code sid}. */
  private final ConferenceInfo document;

  private @Nullable ConferenceInfo asNext;
  private @Nullable ConferenceInfo full;
  private @Nullable Revision diffTarget;
  private @Nullable ConferenceInfo diff;

  private Revision(ConferenceInfo document) {
    this.document = document;
  }

  /** A revision of {@code fullDocument}, whatever its state, version and sid say. */
  static Revision of(ConferenceInfo fullDocument) {
    ConferenceInfo normal = ConferenceInfos.normalize(fullDocument);
    return new Revision(normal.toBuilder().version(AS_PREVIOUS).sid(null).build());
  }

  /** The normal form, without version or {@code sid}: what a recipient's view should equal. */
  ConferenceInfo document() {
    return document;
  }

  /** Whether the documents mean the same (normal forms are equal exactly then). */
  boolean sameContent(Revision other) {
    return other == this || document.equals(other.document);
  }

  /**
   * The full document as sent, explicit states spelled out (Dino needs them); its root still has
   * the placeholder version, which the caller replaces.
   */
  ConferenceInfo full() {
    ConferenceInfo f = full;
    if (f == null) {
      f = ConferenceInfos.withExplicitStates(document);
      full = f;
    }
    return f;
  }

  /**
   * The notification taking a recipient that holds this revision to {@code next}: a partial
   * document, or {@code next} in full when RFC 4575 cannot say the change partially or the full
   * document is not larger; {@code null} when their content is equal. Memoised for the last {@code
   * next} asked.
   */
  @Nullable ConferenceInfo diffTo(Revision next) {
    if (next == this) {
      return null;
    }
    if (diffTarget != next) {
      diff = ConferenceInfos.diff(document, next.asNext()).orElse(null);
      diffTarget = next;
    }
    return diff;
  }

  private ConferenceInfo asNext() {
    ConferenceInfo n = asNext;
    if (n == null) {
      n = document.withVersion(AS_NEXT);
      asNext = n;
    }
    return n;
  }
}
