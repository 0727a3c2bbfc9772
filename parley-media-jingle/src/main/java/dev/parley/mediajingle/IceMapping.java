/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.mediajingle;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.negotiation.IceDtlsOffer;
import dev.parley.media.Candidate;
import dev.parley.media.DtlsParameters;
import dev.parley.media.HeaderExtension;
import dev.parley.media.IceCandidate;
import dev.parley.media.IceParameters;
import dev.parley.media.MediaAnswer;
import dev.parley.media.MediaOffer;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.dtls.Setup;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.hdrext.RtpHeaderExtension;
import dev.parley.protocol.jingle.ice.CandidateType;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.jingle.ssma.Source;
import dev.parley.protocol.jingle.ssma.SourceParameter;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Pure conversions between an ICE-UDP (XEP-0176) transport with a DTLS-SRTP fingerprint (XEP-0320)
 * and the media engine's ICE and DTLS records, in both directions of an offer/answer: what WebRTC
 * clients (Conversations, Dino, Monal, Movim) send, and what a Parley endpoint answers or offers.
 *
 * <p>Accepted leniently: candidates that are not UDP (Jitsi's TCP ones), whose address is not an IP
 * literal (mDNS {@code .local} names: Parley never resolves names found in stanzas) or whose values
 * the media engine refuses are skipped, not fatal: ICE works with the others, or fails with {@code
 * failed-transport} when none is left. Emitted strictly: every candidate with {@code generation},
 * {@code id}, {@code network='0'}, {@code protocol='udp'} and {@code type}, related addresses only
 * for non-host types (XEP-0176 § 5.3).
 */
public final class IceMapping {
  private IceMapping() {}

  /**
   * The media offer of a WebRTC peer: the payload types agreed in Jingle, its ICE credentials and
   * UDP candidates, its fingerprint, RTCP multiplexing, and the header extensions kept in the
   * agreed description (with the offer's ids).
   *
   * @throws IllegalArgumentException if the credentials or fingerprint are unusable (too short an
   *     ufrag or pwd, a malformed fingerprint)
   */
  public static MediaOffer offer(RtpDescription agreed, IceDtlsOffer peer) {
    return new MediaOffer(
        PayloadTypes.specs(agreed.payloadTypes()),
        null,
        null,
        true, // ICE legs multiplex RTCP (RFC 5761): one component
        new IceParameters(peer.ufrag(), peer.pwd(), candidates(peer.candidates())),
        dtls(peer.fingerprint()),
        headerExtensions(agreed),
        List.of());
  }

  /** The usable media candidates among signalled ones (UDP, IP literals, valid values). */
  public static List<IceCandidate> candidates(
      List<dev.parley.protocol.jingle.ice.IceCandidate> signalled) {
    List<IceCandidate> out = new ArrayList<>(signalled.size());
    for (dev.parley.protocol.jingle.ice.IceCandidate c : signalled) {
      IceCandidate m = candidate(c);
      if (m != null) {
        out.add(m);
      }
    }
    return out;
  }

  /** A signalled candidate for the media engine, or null when it cannot be used. */
  static @Nullable IceCandidate candidate(dev.parley.protocol.jingle.ice.IceCandidate c) {
    if (!c.isUdp()) {
      return null;
    }
    CandidateType type = c.type() == null ? CandidateType.HOST : c.type();
    try {
      return new IceCandidate(
          c.foundation(),
          c.component(),
          c.priority(),
          c.ip(),
          c.port(),
          IceCandidate.Type.fromXml(type.xml()),
          c.relAddr(),
          c.relPort() == null ? 0 : c.relPort(),
          c.generation() == null ? 0 : c.generation());
    } catch (IllegalArgumentException e) {
      return null; // a name (mDNS), port 0 or another value no ICE check can use
    }
  }

  /** A media candidate as XEP-0176 signals it, with a fresh {@code id}. */
  public static dev.parley.protocol.jingle.ice.IceCandidate signalled(
      IceCandidate c, IdGenerator ids) {
    boolean related = c.type() != IceCandidate.Type.HOST && c.relatedIp() != null;
    return new dev.parley.protocol.jingle.ice.IceCandidate(
        c.component(),
        c.foundation(),
        c.generation(),
        ids.next(),
        c.ip(),
        c.port(),
        c.priority(),
        dev.parley.protocol.jingle.ice.IceCandidate.UDP,
        CandidateType.fromXml(c.type().xml()).orElseThrow(),
        0,
        related ? c.relatedIp() : null,
        related ? c.relatedPort() : null,
        null,
        Extensions.NONE);
  }

  /**
   * Our ICE credentials and candidates (and fingerprint with its role) as an XEP-0176 transport.
   */
  public static IceUdpTransport transport(
      IceParameters ice, @Nullable DtlsParameters dtls, IdGenerator ids) {
    List<dev.parley.protocol.jingle.ice.IceCandidate> candidates = new ArrayList<>();
    for (IceCandidate c : ice.candidates()) {
      candidates.add(signalled(c, ids));
    }
    IceUdpTransport t = IceUdpTransport.of(ice.ufrag(), ice.pwd(), candidates);
    return dtls == null
        ? t
        : t.withFingerprint(
            Fingerprint.of(
                dtls.hash(), Setup.fromXml(dtls.setup().xml()).orElseThrow(), dtls.fingerprint()));
  }

  /**
   * The content answering a WebRTC peer's {@code offered} content: exactly the payload types the
   * media engine took (the Jingle agreement may hold a telephone-event at another clock rate, which
   * RFC 4733 § 2.1 does not allow beside the chosen codec), the kept header extensions, rtcp-mux,
   * the SSRC we send with described by XEP-0339 (with the engine's CNAME), and an ICE-UDP transport
   * with our credentials, host candidates and fingerprint (the media engine answers {@code
   * setup='active'}: RFC 5763 § 5).
   */
  public static Content answer(
      Content offered, RtpDescription agreed, MediaAnswer media, String cname, IdGenerator ids) {
    Set<Integer> taken = new HashSet<>();
    media.codecs().forEach(c -> taken.add(c.payloadType()));
    List<PayloadType> pts = new ArrayList<>();
    for (PayloadType pt : agreed.payloadTypes()) {
      if (taken.contains(pt.id())) {
        pts.add(pt);
      }
    }
    List<XmlElement> ext = new ArrayList<>(agreed.ext().elements());
    ext.add(Source.of(media.ssrc(), List.of(SourceParameter.of(SourceParameter.CNAME, cname))));
    RtpDescription ours =
        new RtpDescription(agreed.media(), null, pts, true, null, null, Extensions.ofElements(ext));
    IceParameters ice = media.ice();
    if (ice == null) {
      throw new IllegalArgumentException("not an ICE answer");
    }
    return new Content(
        offered.creator() == null ? Creator.INITIATOR : offered.creator(),
        offered.name(),
        offered.disposition(),
        offered.senders(),
        ours,
        transport(ice, media.dtls(), ids),
        null,
        Extensions.NONE);
  }

  /**
   * The content of our session-initiate to a WebRTC peer: the offer's payload types, rtcp-mux and
   * header extensions, and an ICE-UDP transport with our credentials, host candidates and
   * fingerprint (the media engine offers {@code setup='actpass'}, RFC 5763 § 5).
   */
  public static Content offer(String name, MediaOffer offer, IdGenerator ids) {
    IceParameters ice = offer.ice();
    if (ice == null) {
      throw new IllegalArgumentException("not an ICE offer");
    }
    List<XmlElement> ext = new ArrayList<>();
    for (HeaderExtension h : offer.headerExtensions()) {
      ext.add(RtpHeaderExtension.of(h.id(), h.uri()));
    }
    RtpDescription d =
        new RtpDescription(
            "audio",
            null,
            PayloadTypes.payloadTypes(offer.codecs()),
            true,
            null,
            null,
            Extensions.ofElements(ext));
    return new Content(
        Creator.INITIATOR,
        name,
        null,
        null,
        d,
        transport(ice, offer.dtls(), ids),
        null,
        Extensions.NONE);
  }

  /**
   * A WebRTC peer's answer to our offer, for the media engine: the answered payload types, its ICE
   * credentials and UDP candidates, its fingerprint and role, and the header extensions it kept.
   * {@code local} fills the raw-UDP fields, which ICE does not use.
   *
   * @throws IllegalArgumentException if the answer's credentials or fingerprint are unusable
   */
  public static MediaAnswer answer(RtpDescription answered, IceDtlsOffer peer, Candidate local) {
    return new MediaAnswer(
        PayloadTypes.specs(answered.payloadTypes()),
        local,
        local,
        true,
        answered.ssrc() == null ? 0 : answered.ssrc(),
        new IceParameters(peer.ufrag(), peer.pwd(), candidates(peer.candidates())),
        dtls(peer.fingerprint()),
        headerExtensions(answered));
  }

  /**
   * A {@code transport-info} content carrying our candidates (trickle) or our new credentials (an
   * ICE restart), for the content the call uses.
   */
  public static Content transportInfo(
      Creator creator, String contentName, IceUdpTransport transport) {
    return new Content(creator, contentName, null, null, null, transport, null, Extensions.NONE);
  }

  /**
   * The answer's BUNDLE group (XEP-0338; RFC 9143 § 7.3.1: the answerer keeps the offered group
   * with the contents it accepts): our one content, when the offer bundled it.
   */
  public static Optional<Group> bundle(Optional<Group> offered, String contentName) {
    return offered
        .filter(g -> Group.BUNDLE.equals(g.semantics()) && g.contains(contentName))
        .map(g -> Group.bundle(List.of(contentName)));
  }

  /** The header extensions of a description with ids the media engine takes (RFC 8285: 1–255). */
  private static List<HeaderExtension> headerExtensions(RtpDescription d) {
    List<HeaderExtension> extensions = new ArrayList<>();
    for (XmlElement e : d.ext().elements()) {
      if (e instanceof RtpHeaderExtension h && h.id() >= 1 && h.id() <= 255) {
        extensions.add(new HeaderExtension(h.id(), h.uri()));
      }
    }
    return extensions;
  }

  private static @Nullable DtlsParameters dtls(@Nullable Fingerprint f) {
    return f == null ? null : new DtlsParameters(f.hash(), f.value(), setup(f.setup()));
  }

  private static DtlsParameters.Setup setup(@Nullable Setup s) {
    // An offer without a role (older Jitsi) is taken as actpass: RFC 5763 § 5 makes that the
    // offerer's only valid value. (An answer without one is taken as active: the media engine
    // treats an answer's actpass so.)
    return s == null ? DtlsParameters.Setup.ACTPASS : DtlsParameters.Setup.valueOf(s.name());
  }
}
