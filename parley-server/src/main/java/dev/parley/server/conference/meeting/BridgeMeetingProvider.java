/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.meeting;

import dev.parley.server.conference.Conferences;
import dev.parley.server.meetings.InvalidMeetingIdException;
import dev.parley.server.meetings.MeetingLinks;
import dev.parley.server.meetings.MeetingProvider;
import dev.parley.server.meetings.MeetingProviderException;
import dev.parley.server.meetings.MeetingRequest;
import dev.parley.server.meetings.provider.MeetingIds;
import java.net.URI;
import java.security.SecureRandom;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.jxmpp.jid.DomainBareJid;
import org.jxmpp.jid.EntityBareJid;
import org.jxmpp.jid.impl.JidCreate;
import org.jxmpp.stringprep.XmppStringprepException;

/**
 * Meetings of type {@code parley}: a room on Parley's own audio bridge. Allocating a meeting
 * reserves the room name {@code id@component} for the meeting's lifetime ({@code
 * parley.meetings.meeting-ttl}), with the requester as the room's creator (its moderator); the room
 * then takes calls from everyone allowed to join rooms ({@code parley.bridge.join.allow}), even
 * users who could not create one.
 *
 * <p><b>The link</b> is the room's XMPP URI with the XEP-0147 style action {@code call}: {@code
 * xmpp:id@component?call}, both for the initiate and the invite link (the room exists once
 * reserved; nothing to open first). XEP-0483 § 4 allows https URLs or a registered handler; {@code
 * xmpp:} is the registered scheme of RFC 5122. XEP-0147's registry has no {@code call} action:
 * clients that do not know it ignore the query and open the contact, which is the room; the call
 * button is then one click away. The meeting id is the room's local part: ids are generated as 128
 * random bits in {@code a–z 2–7}, or requested ids of 1 to 64 characters from the RFC 3986
 * unreserved set, lower-cased (JID local parts compare case-insensitively).
 */
public final class BridgeMeetingProvider implements MeetingProvider {
  /** The meeting type. */
  public static final String TYPE = "parley";

  static final int MAX_ID_LENGTH = 64;

  private final Conferences conferences;
  private final DomainBareJid domain;
  private final MeetingIds ids;

  public BridgeMeetingProvider(Conferences conferences, DomainBareJid domain, SecureRandom random) {
    this.conferences = conferences;
    this.domain = domain;
    this.ids = new MeetingIds(random);
  }

  @Override
  public String type() {
    return TYPE;
  }

  @Override
  public String newId() {
    return ids.random();
  }

  @Override
  public String checkId(String requested) throws InvalidMeetingIdException {
    String id = MeetingIds.checkUnreserved(requested, 1, MAX_ID_LENGTH, "'parley'");
    String lower = id.toLowerCase(Locale.ROOT);
    try {
      room(lower);
    } catch (XmppStringprepException | IllegalArgumentException e) {
      throw new InvalidMeetingIdException("'" + requested + "' cannot be a room name");
    }
    return lower;
  }

  /** Reserves the room; {@code not-acceptable} when it is open or reserved by someone else. */
  @Override
  public CompletableFuture<MeetingLinks> create(MeetingRequest request) {
    EntityBareJid room;
    try {
      room = room(request.id());
    } catch (XmppStringprepException | IllegalArgumentException e) {
      return CompletableFuture.failedFuture(
          new MeetingProviderException(
              MeetingProviderException.Reason.REFUSED, "'" + request.id() + "' is no room name"));
    }
    if (!conferences.reserve(room, request.requester(), request.meetingExpires())) {
      return CompletableFuture.failedFuture(
          new MeetingProviderException(
              MeetingProviderException.Reason.ID_IN_USE, "the room " + room + " is in use"));
    }
    URI link = link(room);
    return CompletableFuture.completedFuture(new MeetingLinks(link, link));
  }

  /** {@code xmpp:room@component?call}. */
  public static URI link(EntityBareJid room) {
    return URI.create("xmpp:" + room + "?call");
  }

  private EntityBareJid room(String id) throws XmppStringprepException {
    return JidCreate.entityBareFrom(id + "@" + domain);
  }
}
