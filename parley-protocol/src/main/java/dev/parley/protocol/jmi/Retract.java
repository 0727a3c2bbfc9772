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
 * The caller withdraws its proposal (XEP-0353 § 3.3), sent to the callee's bare JID. The reason
 * SHOULD be {@code cancel} (the default when absent). In a tie-break (§ 4.1) the receiver of the
 * lower proposal id retracts its own, higher proposal with {@code <tie-break/>} and reason {@code
 * expired}; the schema does not list {@code <tie-break/>} under retract, but § 4.1 requires it.
 * After a MAM catch-up, a propose with neither retract nor finish is still ringing. Conversations
 * puts an empty {@code <description xmlns='urn:xmpp:jingle:apps:rtp:1'/>} in its retract and reject
 * messages; it is kept in {@code ext}.
 *
 * <pre>
 * &lt;retract xmlns='urn:xmpp:jingle-message:0' id='…'&gt;
 *   &lt;reason xmlns='urn:xmpp:jingle:1'&gt;&lt;cancel/&gt;&lt;/reason&gt;   optional
 *   &lt;tie-break/&gt;                                    only in tie-breaks
 * &lt;/retract&gt;
 * </pre>
 *
 * @param id the proposal id
 * @param reason the XEP-0166 reason, or {@code null}
 * @param tieBreak whether {@code <tie-break/>} is present
 * @param ext unknown attributes and other children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#retract">XEP-0353 § 3.3</a>
 */
public record Retract(String id, @Nullable Reason reason, boolean tieBreak, Extensions ext)
    implements JmiMessage {
  /** The condition an absent reason stands for. */
  public static final ReasonCondition DEFAULT_CONDITION = ReasonCondition.CANCEL;

  public Retract {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Retract of(String id) {
    return of(id, null);
  }

  public static Retract of(String id, @Nullable Reason reason) {
    return new Retract(id, reason, false, Extensions.NONE);
  }

  /** The tie-break message of XEP-0353 § 4.1: reason {@code expired} and {@code <tie-break/>}. */
  public static Retract tieBreak(String id) {
    return new Retract(id, Reason.of(ReasonCondition.EXPIRED), true, Extensions.NONE);
  }

  /** The reason's condition, or {@link #DEFAULT_CONDITION} when there is no reason. */
  public ReasonCondition effectiveCondition() {
    return reason == null ? DEFAULT_CONDITION : reason.condition();
  }
}
