/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import dev.parley.jingle.IdGenerator;
import dev.parley.media.Candidate;
import dev.parley.media.DtlsParameters;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaException;
import dev.parley.mediajingle.IceMapping;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The ICE-UDP signalling of one WebRTC call (XEP-0176, with the XEP-0320 fingerprint), on the
 * session's serial executor:
 *
 * <ul>
 *   <li><b>Trickle in</b>: candidates in the peer's {@code transport-info} go to the phone's ICE
 *       agent (which keeps those that arrive before the peer's credentials).
 *   <li><b>ICE restart</b> (RFC 8445 § 9): a {@code transport-info} with another ufrag and pwd than
 *       the peer's current ones (what Conversations sends when its network changes) restarts our
 *       agent; we answer with our new credentials, candidates and fingerprint in a {@code
 *       transport-info}. Media goes on over the previous pair until the new checks succeed.
 *   <li><b>Trickle out</b>: candidates our agent finds after the offer or answer (server-reflexive
 *       ones, from STUN) go out in a {@code transport-info} with our current credentials.
 * </ul>
 */
final class CallIce {
  private final Creator creator;
  private final String content;
  private final @Nullable DtlsParameters dtls;
  private final Candidate local;
  private IceParameters ours;
  private @Nullable String remoteUfrag;

  /**
   * @param creator and {@code content} name the call's content in transport-info
   * @param ours our ICE description as offered or answered
   * @param dtls our fingerprint and role, repeated in a restart's transport-info
   * @param local the phone's socket, which fills the raw-UDP fields of the media answer
   * @param remoteUfrag the peer's ufrag, when we answered its offer (else learnt from its accept)
   */
  CallIce(
      Creator creator,
      String content,
      IceParameters ours,
      @Nullable DtlsParameters dtls,
      Candidate local,
      @Nullable String remoteUfrag) {
    this.creator = creator;
    this.content = content;
    this.ours = ours;
    this.dtls = dtls;
    this.local = local;
    this.remoteUfrag = remoteUfrag;
  }

  Candidate local() {
    return local;
  }

  /** The peer's credentials in its session-accept. */
  void accepted(String ufrag) {
    remoteUfrag = ufrag;
  }

  /**
   * The peer's transport-info: its candidates go to the media; a restart returns the content to
   * answer it with, else null.
   *
   * @throws MediaException TRANSPORT when our agent cannot restart
   */
  @Nullable Content received(List<Content> contents, CallMedia media, IdGenerator ids)
      throws MediaException {
    Content reply = null;
    for (Content c : contents) {
      IceUdpTransport t = c.transport(IceUdpTransport.class).orElse(null);
      if (t == null) {
        continue;
      }
      String ufrag = t.ufrag();
      String pwd = t.pwd();
      if (ufrag != null && pwd != null && remoteUfrag != null && !ufrag.equals(remoteUfrag)) {
        IceParameters remote;
        try {
          remote = new IceParameters(ufrag, pwd, IceMapping.candidates(t.candidates()));
        } catch (IllegalArgumentException e) {
          throw new MediaException(MediaException.Reason.TRANSPORT, e.getMessage());
        }
        ours = media.restartIce(remote);
        remoteUfrag = ufrag;
        reply = IceMapping.transportInfo(creator, content, IceMapping.transport(ours, dtls, ids));
      } else {
        media.addRemoteCandidates(IceMapping.candidates(t.candidates()));
      }
    }
    return reply;
  }

  /** A candidate our agent found late, as a transport-info content with our credentials. */
  Content trickle(IceCandidate candidate, IdGenerator ids) {
    IceParameters one = new IceParameters(ours.ufrag(), ours.pwd(), List.of(candidate));
    return IceMapping.transportInfo(creator, content, IceMapping.transport(one, null, ids));
  }
}
