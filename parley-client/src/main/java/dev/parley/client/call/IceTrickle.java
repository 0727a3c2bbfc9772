/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.session.SessionKey;
import dev.parley.media.IceCandidate;
import dev.parley.media.MediaException;
import dev.parley.protocol.jingle.Content;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The transport-info exchange of one WebRTC call (XEP-0176): the shell over its {@link CallIce},
 * which sends our late candidates and our answer to the peer's ICE restart on the session. A
 * raw-UDP call has no {@code CallIce}, and nothing to follow. On the session's serial executor,
 * except {@link #isWebRtc}.
 */
final class IceTrickle {
  private static final Logger LOG = LoggerFactory.getLogger(IceTrickle.class);

  private final Call call;
  private final Switchboard board;
  private final CallMedia media;
  private @Nullable CallIce ice; // serial executor; WebRTC calls only

  IceTrickle(Call call, Switchboard board, CallMedia media) {
    this.call = call;
    this.board = board;
    this.media = media;
  }

  /** The call's media is WebRTC: its ICE signalling, known once offered or answered. */
  void use(CallIce signalling) {
    ice = signalling;
  }

  @Nullable CallIce ice() {
    return ice;
  }

  boolean isWebRtc() {
    return ice != null;
  }

  /**
   * The peer's transport-info on session {@code key}: its candidates go to the media; a restart
   * restarts ours, and our new credentials go back in a transport-info.
   *
   * @throws MediaException TRANSPORT when our agent cannot restart
   */
  void received(SessionKey key, List<Content> contents) throws MediaException {
    CallIce i = ice;
    if (i == null) {
      return;
    }
    Content reply = i.received(contents, media, board.ids());
    if (reply != null) {
      LOG.info("{}: the peer restarted ICE; ours restarts too", call);
      board.command(key, (s, id) -> s.transportInfo(id, List.of(reply)));
    }
  }

  /**
   * Our ICE agent found a candidate after the offer or answer: trickle it on session {@code key}.
   */
  void trickle(SessionKey key, IceCandidate candidate) {
    CallIce i = ice;
    if (i != null) {
      Content c = i.trickle(candidate, board.ids());
      board.command(key, (s, id) -> s.transportInfo(id, List.of(c)));
    }
  }
}
