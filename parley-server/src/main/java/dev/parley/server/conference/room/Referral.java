/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * Who transferred a participant into the conference (XEP-0251), for RFC 4575's endpoint {@code
 * <referred>} (§ 5.6.2: "the user who referred the endpoint to the conference", with {@code when},
 * {@code reason} and {@code by}). In an unattended transfer {@code by} is what the transferee's
 * {@code <transfer from>} says, which nobody can verify (XEP-0251 § 5); in an attended one it is
 * the participant whose session was replaced.
 *
 * @param by the attendant (transferor)
 * @param when when the transferred session arrived
 * @param reason a human-readable text: {@code attended transfer} or {@code unattended transfer}
 */
public record Referral(Jid by, Instant when, @Nullable String reason) {
  public Referral {
    requireNonNull(by, "by");
    requireNonNull(when, "when");
  }
}
