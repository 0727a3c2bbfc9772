/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ICE-UDP transport of a Jingle content (XEP-0176 § 5).
 *
 * <pre>
 * &lt;transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag='8hhy' pwd='asd88fgpdd777uzjYhagZg'&gt;
 *   &lt;fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='actpass'&gt;…&lt;/fingerprint&gt;
 *   &lt;candidate component='1' foundation='1' … type='host'/&gt;
 *   &lt;remote-candidate component='1' ip='10.0.1.2' port='9001'/&gt;
 * &lt;/transport&gt;
 * </pre>
 *
 * <p>The fingerprint (XEP-0320) is an extension child; there are zero or more candidates, and
 * usually no remote candidate (one per component, sent by the initiator once ICE has completed).
 *
 * <p><b>Roles and credentials.</b> Both parties are full ICE agents, and the Jingle initiator takes
 * the <em>controlling</em> role, the responder the controlled one (XEP-0176 § 5.6): the initiator
 * nominates (USE-CANDIDATE). Connectivity checks use STUN short-term credentials: the username is
 * {@code <peer's ufrag>:<own ufrag>} and the password is the peer's {@code pwd}. An ICE restart
 * sends candidates of a higher generation with a new ufrag and pwd (XEP-0176 § 5.9).
 *
 * <p><b>Trickle.</b> Candidates may be sent with session-initiate and session-accept or trickled
 * one per transport-info (XEP-0176 § 5.5); both {@code ufrag} and {@code pwd} MUST be present
 * whenever candidates are, but are optional here since a transport may carry none (a session-accept
 * whose candidates follow in transport-info).
 *
 * <p><b>Lenient reading.</b> The schema makes candidates and {@code <remote-candidate/>} mutually
 * exclusive and allows a single remote candidate. Both are accepted together, and remote candidates
 * are a list: SDP's {@code a=remote-candidates} names one per component, so a session whose RTCP is
 * not multiplexed needs two ({@link #remoteCandidate()} gives the first). Other children — the DTLS
 * fingerprint, Jitsi's {@code <rtcp-mux/>} and {@code <web-socket/>} — are in {@link #ext()}, typed
 * when a codec knows them: see {@link #find(Class)} and {@link #fingerprint()}.
 *
 * @param ufrag the ICE username fragment, or {@code null}; RFC 8839 § 5.4 gives it 4 to 256
 *     ice-chars (not checked on input)
 * @param pwd the ICE password, or {@code null}; 22 to 256 ice-chars (not checked on input)
 * @param candidates the candidates, in document order
 * @param remoteCandidates the selected remote candidates (at most one per component), usually none
 * @param ext unknown attributes and the other children (fingerprint first, as received)
 * @see <a href="https://xmpp.org/extensions/xep-0176.html">XEP-0176</a>
 */
public record IceUdpTransport(
    @Nullable String ufrag,
    @Nullable String pwd,
    List<IceCandidate> candidates,
    List<RemoteCandidate> remoteCandidates,
    Extensions ext)
    implements XmlElement {
  public static final String NAMESPACE = "urn:xmpp:jingle:transports:ice-udp:1";

  /**
   * The disco feature of a party that wants all its candidates at once (a gateway to SIP, XEP-0176
   * § 7.2).
   */
  public static final String FEATURE_SDP_OFFER_ANSWER = "urn:ietf:rfc:3264";

  public IceUdpTransport {
    candidates = List.copyOf(candidates);
    remoteCandidates = List.copyOf(remoteCandidates);
    requireNonNull(ext, "ext");
  }

  /** A transport with credentials and candidates (possibly none, to trickle them later). */
  public static IceUdpTransport of(String ufrag, String pwd, List<IceCandidate> candidates) {
    return new IceUdpTransport(ufrag, pwd, candidates, List.of(), Extensions.NONE);
  }

  /** The first remote candidate (XEP-0176 allows only one), or {@code null}. */
  public @Nullable RemoteCandidate remoteCandidate() {
    return remoteCandidates.isEmpty() ? null : remoteCandidates.get(0);
  }

  /** The first extension element of this type, for example the DTLS {@link Fingerprint}. */
  public <T extends XmlElement> Optional<T> find(Class<T> type) {
    return Optional.ofNullable(ext.element(type));
  }

  /** The XEP-0320 DTLS fingerprint, if the transport carries one. */
  public Optional<Fingerprint> fingerprint() {
    return find(Fingerprint.class);
  }

  /** This transport with its DTLS fingerprint replaced (or added when it had none). */
  public IceUdpTransport withFingerprint(Fingerprint fingerprint) {
    List<XmlElement> elements = new ArrayList<>(ext.elements().size() + 1);
    elements.add(fingerprint);
    for (XmlElement e : ext.elements()) {
      if (!(e instanceof Fingerprint)) {
        elements.add(e);
      }
    }
    return new IceUdpTransport(
        ufrag, pwd, candidates, remoteCandidates, Extensions.of(ext.attributes(), elements));
  }

  /** This transport with other candidates (the rest unchanged). */
  public IceUdpTransport withCandidates(List<IceCandidate> newCandidates) {
    return new IceUdpTransport(ufrag, pwd, newCandidates, remoteCandidates, ext);
  }
}
