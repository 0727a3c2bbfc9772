/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.room;

import static java.util.Objects.requireNonNull;

import org.jxmpp.jid.BareJid;

/**
 * Identifies one participation: the user and the call's id. The id is the Jingle sid, which for a
 * call set up with XEP-0353 is the proposal id — so a dial-out has its id before the callee's
 * device is known. A user may take part from several devices at once: each is its own member (an
 * RFC 4575 endpoint under the same user).
 *
 * @param user the participant's bare JID
 * @param sid the Jingle session id (the XEP-0353 proposal id for calls set up with it)
 */
public record MemberId(BareJid user, String sid) {
  public MemberId {
    requireNonNull(user, "user");
    requireNonNull(sid, "sid");
  }

  @Override
  public String toString() {
    return user + "#" + sid;
  }
}
