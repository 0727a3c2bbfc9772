/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.invite.CallMethod;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jxmpp.jid.Jid;

/**
 * A meeting a service created (XEP-0483 § 4): the link to open first, and the invite to send to the
 * others.
 *
 * @param service the service that answered
 * @param request what was asked
 * @param result what the service answered, as received
 */
public record MeetingLink(Jid service, MeetingQuery request, MeetingResult result) {
  public MeetingLink {
    requireNonNull(service, "service");
    requireNonNull(request, "request");
    requireNonNull(result, "result");
  }

  /** The meeting type: that of {@code <initiate>}, else of the invite's meeting, else asked. */
  public String type() {
    Initiate initiate = result.initiate();
    if (initiate != null) {
      return initiate.type();
    }
    Meeting meeting = result.invite() == null ? null : result.invite().method(Meeting.class);
    return meeting != null ? meeting.type() : request.type();
  }

  /**
   * The URL the requester opens first, to create the meeting or become its moderator; {@code null}
   * when the service created the meeting itself and sent none. Not for others: it may carry the
   * requester's credentials.
   */
  public @Nullable String initiateUrl() {
    return result.initiate() == null ? null : result.initiate().url();
  }

  /** The URL for the invitees: the first {@code <external>} of the service's invite, or null. */
  public @Nullable String inviteUri() {
    if (result.invite() == null) {
      return null;
    }
    List<External> externals = result.invite().externals();
    return externals.isEmpty() ? null : externals.get(0).uri();
  }

  /**
   * The meeting's description: echoed by the service in {@code <initiate>} or on the invite's
   * {@code <meeting>}, else the one asked for (services are only asked to echo it), else null.
   */
  public @Nullable String desc() {
    if (result.initiate() != null && result.initiate().desc() != null) {
      return result.initiate().desc();
    }
    Meeting meeting = result.invite() == null ? null : result.invite().method(Meeting.class);
    if (meeting != null && meeting.desc() != null) {
      return meeting.desc();
    }
    return request.desc();
  }

  /**
   * The XEP-0482 invite to send: the service's, with {@code audio} and {@code video} stated (true
   * unless the service said otherwise: XEP-0483 wants both to default to true, XEP-0482's own
   * default for video is false) and a {@code <meeting type desc>} added when the service sent none
   * (Openfire's plugins send none). {@code null} when the service returned no invite.
   */
  public @Nullable Invite invitation() {
    Invite invite = result.invite();
    if (invite == null) {
      return null;
    }
    List<CallMethod> methods = new ArrayList<>(invite.methods());
    if (invite.method(Meeting.class) == null) {
      methods.add(Meeting.of(type(), desc()));
    }
    return new Invite(
        Invite.Variant.INVITE,
        null,
        invite.audio() == null ? Boolean.TRUE : invite.audio(),
        invite.video() == null ? Boolean.TRUE : invite.video(),
        invite.multi(),
        methods,
        invite.ext());
  }
}
