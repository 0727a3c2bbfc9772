/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol;

import dev.parley.protocol.caps.CapsCodecs;
import dev.parley.protocol.coin.CoinCodecs;
import dev.parley.protocol.commands.CommandCodecs;
import dev.parley.protocol.conference.ConferenceCodecs;
import dev.parley.protocol.dataform.DataFormCodecs;
import dev.parley.protocol.delay.DelayCodecs;
import dev.parley.protocol.disco.DiscoCodecs;
import dev.parley.protocol.extdisco.ExtdiscoCodecs;
import dev.parley.protocol.hints.HintCodecs;
import dev.parley.protocol.invite.InviteCodecs;
import dev.parley.protocol.jingle.JingleCodecs;
import dev.parley.protocol.jingle.dtls.DtlsCodecs;
import dev.parley.protocol.jingle.grouping.GroupingCodecs;
import dev.parley.protocol.jingle.hdrext.HeaderExtensionCodecs;
import dev.parley.protocol.jingle.ice.IceUdpCodecs;
import dev.parley.protocol.jingle.rawudp.RawUdpCodecs;
import dev.parley.protocol.jingle.rtcpfb.RtcpFeedbackCodecs;
import dev.parley.protocol.jingle.rtp.RtpCodecs;
import dev.parley.protocol.jingle.ssma.SsmaCodecs;
import dev.parley.protocol.jmi.JmiCodecs;
import dev.parley.protocol.meeting.MeetingCodecs;
import dev.parley.protocol.muji.MujiCodecs;
import dev.parley.protocol.oob.OobCodecs;
import dev.parley.protocol.ping.PingCodec;
import dev.parley.protocol.sid.SidCodecs;
import dev.parley.protocol.stanza.StanzaCodecs;
import dev.parley.protocol.stream.StreamCodecs;
import dev.parley.protocol.transfer.TransferCodecs;
import dev.parley.protocol.version.VersionCodecs;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.ElementCodec;
import java.util.ArrayList;
import java.util.List;

/** Every codec Parley has, in one registry. Each feature package contributes its list here. */
public final class ParleyCodecs {
  private static final CodecRegistry REGISTRY = CodecRegistry.of(all());

  private ParleyCodecs() {}

  /** The shared registry of every codec. */
  public static CodecRegistry registry() {
    return REGISTRY;
  }

  private static List<ElementCodec<?>> all() {
    List<ElementCodec<?>> codecs = new ArrayList<>();
    codecs.addAll(StanzaCodecs.all());
    codecs.addAll(StreamCodecs.all());
    codecs.add(PingCodec.INSTANCE);
    codecs.addAll(JingleCodecs.all());
    codecs.addAll(RtpCodecs.all());
    codecs.addAll(JmiCodecs.all());
    codecs.addAll(IceUdpCodecs.all());
    codecs.addAll(RawUdpCodecs.all());
    codecs.addAll(DtlsCodecs.all());
    codecs.addAll(RtcpFeedbackCodecs.all());
    codecs.addAll(HeaderExtensionCodecs.all());
    codecs.addAll(GroupingCodecs.all());
    codecs.addAll(SsmaCodecs.all());
    codecs.addAll(InviteCodecs.all());
    codecs.addAll(MeetingCodecs.all());
    codecs.addAll(MujiCodecs.all());
    codecs.addAll(TransferCodecs.all());
    codecs.addAll(DataFormCodecs.all());
    codecs.addAll(DiscoCodecs.all());
    codecs.addAll(CapsCodecs.all());
    codecs.addAll(CommandCodecs.all());
    codecs.addAll(VersionCodecs.all());
    codecs.addAll(DelayCodecs.all());
    codecs.addAll(SidCodecs.all());
    codecs.addAll(HintCodecs.all());
    codecs.addAll(OobCodecs.all());
    codecs.addAll(ExtdiscoCodecs.all());
    codecs.addAll(ConferenceCodecs.all());
    codecs.addAll(CoinCodecs.all());
    return codecs;
  }
}
