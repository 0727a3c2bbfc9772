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
 * The callee declines on one device and tells the others to stop ringing (XEP-0353 § 3.5), sent to
 * the caller's full JID. The reason SHOULD be {@code busy} (the default when absent); other
 * conditions may leak information the user did not mean to share (§ 6). In a tie-break (§ 4.1) the
 * receiver of the higher proposal id rejects it with {@code <tie-break/>} and reason {@code
 * expired}.
 *
 * <pre>
 * &lt;reject xmlns='urn:xmpp:jingle-message:0' id='…'&gt;
 *   &lt;reason xmlns='urn:xmpp:jingle:1'&gt;&lt;busy/&gt;&lt;/reason&gt;   optional
 *   &lt;tie-break/&gt;                                  only in tie-breaks
 * &lt;/reject&gt;
 * </pre>
 *
 * @param id the proposal id
 * @param reason the XEP-0166 reason, or {@code null}
 * @param tieBreak whether {@code <tie-break/>} is present
 * @param ext unknown attributes and other children
 * @see <a href="https://xmpp.org/extensions/xep-0353.html#reject">XEP-0353 § 3.5</a>
 */
public record Reject(String id, @Nullable Reason reason, boolean tieBreak, Extensions ext)
    implements JmiMessage {
  /** The condition an absent reason stands for. */
  public static final ReasonCondition DEFAULT_CONDITION = ReasonCondition.BUSY;

  public Reject {
    requireNonNull(id, "id");
    requireNonNull(ext, "ext");
  }

  public static Reject of(String id) {
    return of(id, null);
  }

  public static Reject of(String id, @Nullable Reason reason) {
    return new Reject(id, reason, false, Extensions.NONE);
  }

  /** The tie-break message of XEP-0353 § 4.1: reason {@code expired} and {@code <tie-break/>}. */
  public static Reject tieBreak(String id) {
    return new Reject(id, Reason.of(ReasonCondition.EXPIRED), true, Extensions.NONE);
  }

  /** The reason's condition, or {@link #DEFAULT_CONDITION} when there is no reason. */
  public ReasonCondition effectiveCondition() {
    return reason == null ? DEFAULT_CONDITION : reason.condition();
  }
}
