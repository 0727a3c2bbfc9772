/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference.sync;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.conference.State;
import dev.parley.protocol.xml.Extensions;
import java.util.List;
import java.util.Optional;

/**
 * The two sides of RFC 4575 notifications, shared by Parley's conference bridge (which sends) and
 * its client SDK (which receives). Pure functions on immutable records.
 *
 * <h2>Receiving: {@link #apply}</h2>
 *
 * RFC 4575 § 4.6, step by step:
 *
 * <ol>
 *   <li>A notification without {@code version} is {@linkplain ConferenceUpdate.Reason#NO_VERSION
 *       ignored}.
 *   <li>Until the first {@code full} document, everything else is {@linkplain
 *       ConferenceUpdate.Reason#AWAITING_FULL ignored}.
 *   <li>A version not greater than the local one is {@linkplain
 *       ConferenceUpdate.Reason#STALE_VERSION ignored} (so applying anything twice is harmless).
 *   <li>A {@code full} or {@code deleted} root replaces everything and sets the local version, and
 *       clears {@linkplain ConferenceView#stale() staleness}. A deleted root means the conference
 *       ended; its children are ignored (§ 4.4), and later partial documents are {@linkplain
 *       ConferenceUpdate.Reason#CONFERENCE_ENDED ignored}.
 *   <li>A {@code partial} root whose version is the local one plus one is merged: a full child
 *       replaces, a deleted one removes, a partial one recurses into keyed rows ({@code
 *       user@entity}, {@code endpoint@entity}, {@code sidebars-by-val entry@entity}), {@code
 *       <media>} by {@code id} and {@code sidebars-by-ref} entries by {@code uri} replace their row
 *       whole, and atomic elements replace whole. Any other version is a {@linkplain
 *       ConferenceUpdate.Gap gap}: the notification is dropped and the view marked stale until the
 *       next full document, because Coin, unlike SIP, cannot ask for one.
 * </ol>
 *
 * <p>{@code conference-description} is atomic (§ 4.4), so its {@code available-media} entries are
 * never merged by label: a received description replaces the local one. Which conference a
 * notification belongs to (the Jingle {@code sid}, the peer) is the caller's business; {@code
 * apply} does not compare entities.
 *
 * <h2>Sending: {@link #diff}</h2>
 *
 * The smallest notification that takes a receiver from one full document to the next, and that
 * {@link #apply} turns into exactly the next (as {@link #normalize} spells it): nothing when the
 * content is equal; otherwise a partial document in which unchanged users are omitted, removed
 * users are {@code <user entity state='deleted'/>}, new users are full and changed users are
 * partial with only the children that changed (likewise for endpoints and sidebars). When RFC 4575
 * cannot say a change partially (an atomic child disappeared, a {@code <media>} was removed, rows
 * were reordered, keys are missing or repeated) the nearest element that can carry {@code
 * state='full'} is sent whole. {@code state} is always explicit on the root, {@code users}, each
 * {@code user} and each {@code endpoint}, because Dino drops documents without it.
 *
 * <p>Only send partial documents to peers that merge them (Jitsi does). Dino parses every document
 * as if it were the first and replaces its participant list with it, so a peer not known to merge
 * should get {@link #withExplicitStates withExplicitStates(next)} instead (Dino: {@code
 * xmpp-vala/src/module/xep/0298_coin.vala}, which also needs the explicit states).
 *
 * <p>A partial document is chosen only when its estimated size is smaller than the full document's,
 * and likewise for each user and endpoint. The estimate adds up tag, attribute and text lengths
 * from the records without writing anything (it ignores escaping and indentation), so the choice
 * costs one walk over the next document: a diff of two 1,000-user documents stays well under a
 * millisecond.
 *
 * <p>What RFC 4575 leaves open is decided once, identically on both sides: the attributes of a
 * partial element are the ones received (a start tag is always sent whole); its unknown child
 * elements are replaced as a group when any are received and kept otherwise; a received row without
 * a key is ignored.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-4.6">RFC 4575 § 4.6</a>
 */
public final class ConferenceInfos {
  private ConferenceInfos() {}

  /** Applies a received notification to a view (RFC 4575 § 4.6); see the class comment. */
  public static ConferenceUpdate apply(ConferenceView view, ConferenceInfo notification) {
    requireNonNull(view, "view");
    Long version = notification.version();
    if (version == null) {
      return new ConferenceUpdate.Ignored(view, ConferenceUpdate.Reason.NO_VERSION);
    }
    State state = notification.effectiveState();
    if (!view.hasDocument()) {
      return state == State.FULL
          ? new ConferenceUpdate.Applied(new ConferenceView(normalize(notification), false))
          : new ConferenceUpdate.Ignored(view, ConferenceUpdate.Reason.AWAITING_FULL);
    }
    if (version <= view.version()) {
      return new ConferenceUpdate.Ignored(view, ConferenceUpdate.Reason.STALE_VERSION);
    }
    return switch (state) {
      case FULL -> new ConferenceUpdate.Applied(new ConferenceView(normalize(notification), false));
      case DELETED -> new ConferenceUpdate.Applied(new ConferenceView(ended(notification), false));
      case PARTIAL -> {
        if (view.ended()) {
          yield new ConferenceUpdate.Ignored(view, ConferenceUpdate.Reason.CONFERENCE_ENDED);
        }
        if (version != view.version() + 1) {
          yield new ConferenceUpdate.Gap(view.withStale(), view.version() + 1, version);
        }
        yield new ConferenceUpdate.Applied(
            new ConferenceView(Merge.root(view.document(), notification), view.stale()));
      }
    };
  }

  /**
   * The notification that takes a receiver holding {@code previous} to {@code next}, carrying
   * {@code next}'s version; empty when their content is equal (versions aside). See the class
   * comment.
   *
   * <p>A partial document is only possible when {@code next}'s version is {@code previous}'s plus
   * one (§ 4.3); with a larger step the result is {@code next} in full.
   *
   * @param previous the last document the receiver was sent (full, with a version), as the sender
   *     keeps it: in full even when a partial notification was sent
   * @param next the current document (full, with a version)
   * @throws IllegalArgumentException if either is not a full document with a version, or their
   *     content differs and {@code next}'s version is not greater
   */
  public static Optional<ConferenceInfo> diff(ConferenceInfo previous, ConferenceInfo next) {
    long from = requireFull(previous, "previous");
    long to = requireFull(next, "next");
    ConferenceInfo notification = Diff.root(previous, next);
    if (notification == null) {
      return Optional.empty();
    }
    if (to <= from) {
      throw new IllegalArgumentException(
          "the content changed but the version did not increase (" + from + " → " + to + ")");
    }
    if (notification.state() == State.PARTIAL && to != from + 1) {
      notification = withExplicitStates(next);
    }
    return Optional.of(notification);
  }

  /**
   * The normal form of a full document, the one a {@link ConferenceView} holds: the root says
   * {@code state='full'}; nothing below it has a {@code state}; rows and containers marked {@code
   * deleted} (which a full document cannot contain) are dropped. Two full documents that mean the
   * same have equal normal forms.
   */
  public static ConferenceInfo normalize(ConferenceInfo fullDocument) {
    return Normal.VIEW.root(fullDocument);
  }

  /**
   * A full document as Parley sends it: {@code state='full'} spelled out on the root, {@code
   * users}, every {@code user} and {@code endpoint}, and the sidebar containers and entries (Dino
   * refuses a full document whose users lack it); otherwise as {@link #normalize}.
   */
  public static ConferenceInfo withExplicitStates(ConferenceInfo fullDocument) {
    return Normal.EMIT.root(fullDocument);
  }

  private static long requireFull(ConferenceInfo document, String what) {
    requireNonNull(document, what);
    if (document.effectiveState() != State.FULL || document.version() == null) {
      throw new IllegalArgumentException(what + " must be a full document with a version");
    }
    return document.version();
  }

  /** A deleted root without its children (§ 4.4: they MUST be ignored). */
  private static ConferenceInfo ended(ConferenceInfo deleted) {
    return ConferenceInfo.builder(deleted.entity())
        .state(State.DELETED)
        .version(deleted.version())
        .sid(deleted.sid())
        .ext(Extensions.of(deleted.ext().attributes(), List.of()))
        .build();
  }
}
