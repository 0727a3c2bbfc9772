/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.xml.Extensions;
import org.jspecify.annotations.Nullable;

/**
 * The session has ended (XEP-0353 § 3.7): each party sends it to the other's full JID, so that
 * every device and the archives know. The reason SHOULD be {@code success} (the default when
 * absent) or {@code expired}, possibly {@code connectivity-error}. When a new proposal from the
 * same bare JID orphans a running session (§ 4.2), the old one is finished with {@code expired} and
 * {@code <migrated to='new id'/>}. Without any finish, consider a session over after about 24 hours
 * (§ 5).
 *
 * <pre>
 * &lt;finish xmlns='urn:xmpp:jingle-message:0' id='…'&gt;
 *   &lt;reason xmlns='urn:xmpp:jingle:1'&gt;&lt;success/&gt;&lt;/reason&gt;   optional
 *   &lt;tie-break/&gt;                                     optional
 *   &lt;migrated to='989a46a6-…'/&gt;                   optional
 * &lt;/finish&gt;
 * </pre>
 *
 * @param id the proposal id
 * @param reason the XEP-0166 reason, or {@code null}
 * @param tieBreak whether {@code <tie-break/>} is present
 * @param migratedTo the {@code to} of {@code <migrated/>}: the id of the session that replaces this
 *     one, or {@code null}
 * @param ext unknown attributes and other children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#finish">XEP-0353 § 3.7</a>
 */
public record Finish(
    String id,
    @Nullable Reason reason,
    boolean tieBreak,
    @Nullable String migratedTo,
    Extensions ext)
    implements JmiMessage {
  /** The condition an absent reason stands for. */
  public static final ReasonCondition DEFAULT_CONDITION = ReasonCondition.SUCCESS;

  public Finish {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Finish of(String id) {
    return of(id, null);
  }

  /** Finishes a session orphaned by a new proposal {@code newId} (XEP-0353 § 4.2). */
  public static Finish migrated(String id, String newId) {
    return new Finish(
        id,
        Reason.of(ReasonCondition.EXPIRED),
        false,
        requireNonNull(newId, "newId"),
        Extensions.NONE);
  }

  public static Finish of(String id, @Nullable Reason reason) {
    return new Finish(id, reason, false, null, Extensions.NONE);
  }

  /** The reason's condition, or {@link #DEFAULT_CONDITION} when there is no reason. */
  public ReasonCondition effectiveCondition() {
    return reason == null ? DEFAULT_CONDITION : reason.condition();
  }
}
