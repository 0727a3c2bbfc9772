/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.call;

import static java.util.Objects.requireNonNull;

import dev.parley.media.Candidate;
import dev.parley.media.CodecSpec;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.media.pipeline.PipelineStats;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * Media that the application handles itself — another RTP stack, a gateway, a recorder process —
 * for a call whose signalling the SDK does ({@link Calls#call(org.jxmpp.jid.Jid, ExternalMedia,
 * boolean)}).
 *
 * <p>The session-initiate offers exactly {@link #codecs()} with the raw-UDP candidates {@link
 * #rtp()} and {@link #rtcp()} (XEP-0177: literal addresses where the application's media receives).
 * When the peer accepts, {@link #peer()} completes with what it accepted: the payload types (with
 * the offer's ids, XEP-0167 § 5) and the peer's RTP and RTCP candidates (RTCP on RTP port + 1 when
 * the peer gave no component 2, RFC 3550 § 11), which is where the application sends. The SDK sends
 * and receives no RTP for such a call: hold and mute are signalled (XEP-0167 § 7.2, § 7.3) and the
 * application applies them to its media ({@link Call#isHeld()}, {@link Call#isMuted()}, {@link
 * Call#isPeerHeld()}, {@link CallEvent}); {@link Call#stats()} is empty and {@link Call#sendDtmf}
 * is refused. The media is the application's to stop when {@link Call#ended()} completes.
 *
 * <p>Always offered over raw UDP, whatever {@link CallOptions#transport()} says: the SDK cannot run
 * ICE or DTLS for media it does not send. For outgoing calls only: an incoming call is accepted
 * with the SDK's own media.
 */
public final class ExternalMedia {
  private final List<CodecSpec> codecs;
  private final Candidate rtp;
  private final @Nullable Candidate rtcp;
  private final CompletableFuture<MediaAnswer> peer = new CompletableFuture<>();

  private ExternalMedia(List<CodecSpec> codecs, Candidate rtp, @Nullable Candidate rtcp) {
    this.codecs = List.copyOf(codecs);
    this.rtp = requireNonNull(rtp, "rtp");
    this.rtcp = rtcp;
    if (this.codecs.isEmpty()) {
      throw new IllegalArgumentException("offer at least one payload type");
    }
    for (CodecSpec c : this.codecs) {
      if (c.name() == null) {
        throw new IllegalArgumentException("payload type " + c.payloadType() + " needs a name");
      }
    }
  }

  /**
   * Media that receives RTP at {@code rtp} (and RTCP at {@code rtcp}, or {@code null} for RTP port
   * + 1) and takes {@code codecs}, most preferred first (e.g. {@code CodecSpec.pcmu()}).
   */
  public static ExternalMedia of(List<CodecSpec> codecs, Candidate rtp, @Nullable Candidate rtcp) {
    return new ExternalMedia(codecs, rtp, rtcp);
  }

  public List<CodecSpec> codecs() {
    return codecs;
  }

  public Candidate rtp() {
    return rtp;
  }

  public @Nullable Candidate rtcp() {
    return rtcp;
  }

  /**
   * Completes once the peer accepted, with the payload types it accepted and its candidates ({@link
   * MediaAnswer#ssrc()} is 0: raw UDP does not signal it); never completes for a call that is not
   * accepted.
   */
  public CompletableFuture<MediaAnswer> peer() {
    return peer;
  }

  /** This media as the call sees it. */
  CallMedia asCallMedia() {
    return new CallMedia() {
      @Override
      public MediaOffer offer(boolean webrtc) {
        return new MediaOffer(codecs, rtp, rtcp, false); // the application's RTP: raw UDP
      }

      @Override
      public boolean rawUdpOnly() {
        return true;
      }

      @Override
      public void accept(MediaAnswer answer) {
        peer.complete(answer);
      }

      @Override
      public MediaAnswer answer(MediaOffer offer) {
        throw new UnsupportedOperationException("external media is for outgoing calls");
      }

      @Override
      public void hold(boolean held) {
        // the application's media follows the call's state
      }

      @Override
      public void mute(boolean muted) {
        // the application's media follows the call's state
      }

      @Override
      public void sendDtmf(String digits) {
        throw new IllegalStateException("the application sends this call's media");
      }

      @Override
      public Optional<PipelineStats> stats() {
        return Optional.empty();
      }

      @Override
      public void close() {
        // the application stops its media when the call ends
      }
    };
  }
}
