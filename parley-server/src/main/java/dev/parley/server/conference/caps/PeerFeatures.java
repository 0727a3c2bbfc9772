/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference.caps;

import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.ice.IceUdpTransport;

/**
 * What the bridge needs to know of a participant's device.
 *
 * @param coin it advertises XEP-0298 ({@code urn:xmpp:coin:1}, or {@code urn:xmpp:coin} as Jitsi
 *     and SylkServer do), so it merges partial RFC 4575 notifications
 * @param webrtc it advertises ICE-UDP (XEP-0176) and DTLS-SRTP (XEP-0320), so the room calls it the
 *     way Conversations, Dino and Monal call (they refuse raw UDP and plain RTP)
 */
public record PeerFeatures(boolean coin, boolean webrtc) {
  /** What is assumed of a device that has not said (or would not say): neither. */
  public static final PeerFeatures NONE = new PeerFeatures(false, false);

  /** The features of a disco#info answer. */
  public static PeerFeatures of(DiscoInfo info) {
    return new PeerFeatures(
        info.featureVars().stream().anyMatch(Coin::isCoinFeature),
        info.featureVars().contains(IceUdpTransport.NAMESPACE)
            && info.featureVars().contains(Fingerprint.NAMESPACE));
  }
}
