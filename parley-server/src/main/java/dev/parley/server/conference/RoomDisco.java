/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.protocol.caps.Caps;
import dev.parley.protocol.coin.Coin;
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.disco.DiscoInfo;
import dev.parley.protocol.disco.DiscoItems;
import dev.parley.protocol.disco.Identity;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.ping.Ping;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.version.SoftwareVersion;
import dev.parley.server.disco.DiscoRegistry;
import java.util.List;

/**
 * What a room says about itself in service discovery, the same on its bare JID and on its focus
 * {@code room@component/focus}, and in its XEP-0115 caps.
 *
 * <p><b>Identity {@code client/pc}</b>, not {@code conference/…}: a room is called like any
 * contact, and clients decide whether they can call a contact from its resource's features (Dino,
 * Conversations), whereas a {@code conference} identity makes clients (Gajim, Converse) treat the
 * JID as a multi-user chat and try to join it; and the XEP-0030 registry has no {@code
 * conference/audio} type. XEP-0298 prescribes no identity.
 *
 * <p><b>Features</b>: Jingle, RTP audio, raw UDP, ICE-UDP with DTLS-SRTP (Conversations, Dino and
 * Monal offer calls only to contacts that advertise both), BUNDLE grouping and RTP header
 * extensions (what the WebRTC answer carries), JMI, Coin in both spellings ({@code urn:xmpp:coin:1}
 * and Jitsi's and SylkServer's {@code urn:xmpp:coin}), XEP-0251 transfer ({@code
 * urn:xmpp:jingle:transfer:0}, which the XEP makes mandatory to advertise and which attendants such
 * as Jitsi and Parley's SDK check before an attended transfer into the room), ad-hoc commands (the
 * moderation commands), caps, ping and version.
 */
public final class RoomDisco {
  private static final DiscoInfo INFO =
      DiscoInfo.of(
          List.of(Identity.of("client", "pc", "Parley conference")),
          List.of(
              DiscoInfo.NAMESPACE,
              DiscoItems.NAMESPACE,
              Caps.NAMESPACE,
              Jingle.NAMESPACE,
              RtpDescription.NAMESPACE,
              RtpDescription.AUDIO_FEATURE,
              RawUdpTransport.NAMESPACE,
              IceUdpTransport.NAMESPACE,
              Fingerprint.NAMESPACE,
              Group.NAMESPACE,
              RtpHeaderExtension.NAMESPACE,
              JmiMessage.NAMESPACE,
              Coin.FEATURE,
              Coin.FEATURE_LEGACY,
              Transfer.FEATURE,
              Command.NAMESPACE,
              Ping.NAMESPACE,
              SoftwareVersion.NAMESPACE));

  private static final Caps CAPS = DiscoRegistry.capsOf(INFO);

  private RoomDisco() {}

  /** A room's disco#info (bare and full JID, and its caps node). */
  public static DiscoInfo info() {
    return INFO;
  }

  /** The caps in a room's presence. */
  public static Caps caps() {
    return CAPS;
  }
}
