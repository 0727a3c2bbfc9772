/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.dtls.Setup;
import dev.parley.protocol.jingle.rawudp.RawUdpCandidate;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import javax.xml.namespace.QName;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0176 v1.1.1 examples, deployed variants and properties of the ICE-UDP records. */
class Xep0176Test {
  private static final String NS = IceUdpTransport.NAMESPACE;

  private static IceUdpTransport transport(String path) {
    Fixtures.roundTrip(path, Iq.class);
    return Snippets.one(path, NS, "transport", IceUdpTransport.class);
  }

  @Test
  void initiationCarriesCredentialsAndTwoCandidates() {
    IceUdpTransport t = transport("xep-0176/example-01.xml");
    assertThat(t.ufrag()).isEqualTo("8hhy");
    assertThat(t.pwd()).isEqualTo("asd88fgpdd777uzjYhagZg");
    assertThat(t.remoteCandidates()).isEmpty();
    assertThat(t.fingerprint()).isEmpty();
    assertThat(t.ext()).isEqualTo(Extensions.NONE);
    assertThat(t.candidates())
        .containsExactly(
            new IceCandidate(
                1,
                "1",
                0,
                "el0747fg11",
                "10.0.1.1",
                8998,
                2130706431L,
                "udp",
                CandidateType.HOST,
                1,
                null,
                null,
                null,
                Extensions.NONE),
            new IceCandidate(
                1,
                "2",
                0,
                "y3s2b30v3r",
                "192.0.2.3",
                45664,
                1694498815L,
                "udp",
                CandidateType.SRFLX,
                1,
                "10.0.1.1",
                8998,
                null,
                Extensions.NONE));
    // Same transport in the fallback example, in a content named 'voice'.
    assertThat(transport("xep-0176/example-09.xml")).isEqualTo(t);
  }

  @Test
  void examplePrioritiesFollowTheRfc8445Formula() {
    // Host and server-reflexive candidates with the maximal local preference, component 1.
    assertThat(IceCandidate.priority(126, 65535, 1)).isEqualTo(2130706431L);
    assertThat(IceCandidate.priority(100, 65535, 1)).isEqualTo(1694498815L);
    assertThat(IceCandidate.priority(126, 65535, 2)).isEqualTo(2130706430L);
    assertThat(IceCandidate.priority(0, 0, 256)).isZero();
    assertThat(CandidateType.HOST.recommendedTypePreference()).isEqualTo(126);
    assertThat(CandidateType.PRFLX.recommendedTypePreference()).isEqualTo(110);
    assertThat(CandidateType.SRFLX.recommendedTypePreference()).isEqualTo(100);
    assertThat(CandidateType.RELAY.recommendedTypePreference()).isZero();
    assertThatThrownBy(() -> IceCandidate.priority(127, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IceCandidate.priority(126, 65536, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IceCandidate.priority(126, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);

    IceCandidate host = IceCandidate.host(1, "1", "h1", "192.0.2.10", 10000, 65535);
    assertThat(host.priority()).isEqualTo(2130706431L);
    assertThat(host.type()).isEqualTo(CandidateType.HOST);
    assertThat(host.generation()).isZero();
    assertThat(host.isUdp()).isTrue();
    assertThat(Snippets.write(host))
        .isEqualTo(
            "<candidate xmlns='urn:xmpp:jingle:transports:ice-udp:1' component='1' foundation='1'"
                + " generation='0' id='h1' ip='192.0.2.10' port='10000' priority='2130706431'"
                + " protocol='udp' type='host'/>");
  }

  @Test
  void acceptance() {
    IceUdpTransport t = transport("xep-0176/example-03.xml");
    assertThat(t.ufrag()).isEqualTo("9uB6");
    assertThat(t.pwd()).isEqualTo("YH75Fviy6338Vbrhrlp8Yh");
    IceCandidate c = t.candidates().get(0);
    assertThat(t.candidates()).hasSize(1);
    assertThat(c.id()).isEqualTo("or2ii2syr1");
    assertThat(c.ip()).isEqualTo("192.0.2.1");
    assertThat(c.port()).isEqualTo(3478);
    assertThat(c.network()).isZero();
    assertThat(c.type()).isEqualTo(CandidateType.HOST);
  }

  @Test
  void inUseCandidate() {
    IceUdpTransport t = transport("xep-0176/example-04.xml");
    assertThat(t.candidates()).isEmpty();
    assertThat(t.remoteCandidate()).isEqualTo(RemoteCandidate.of(1, "10.0.1.2", 9001));
    assertThat(t.remoteCandidates()).hasSize(1);
  }

  @Test
  void subsequentIpv6Candidate() {
    IceUdpTransport t = transport("xep-0176/example-05-corrected.xml");
    IceCandidate c = t.candidates().get(0);
    assertThat(c.ip()).isEqualTo("2001:db8::9:1");
    assertThat(c.port()).isEqualTo(9001);
    assertThat(c.priority()).isEqualTo(IceCandidate.priority(126, 4096, 1)).isEqualTo(2114978047L);
  }

  @Test
  void theOriginalPriorityOfExample5IsRefused() {
    // 21149780477 > 2^32 - 1 cannot be sent in a STUN PRIORITY attribute.
    String original =
        "<candidate xmlns='urn:xmpp:jingle:transports:ice-udp:1' component='1' foundation='1'"
            + " generation='0' id='m3110wc4nd' ip='2001:db8::9:1' network='0' port='9001'"
            + " priority='21149780477' protocol='udp' type='host'/>";
    assertThatThrownBy(() -> Snippets.parse(original))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("priority");
  }

  @Test
  void iceRestartHasAHigherGenerationAndNewCredentials() {
    IceUdpTransport first = transport("xep-0176/example-01.xml");
    IceUdpTransport restart = transport("xep-0176/example-07.xml");
    assertThat(restart.ufrag()).isEqualTo("g7qs").isNotEqualTo(first.ufrag());
    assertThat(restart.pwd()).isEqualTo("bv71hdn38hgb39hf6xlk33").isNotEqualTo(first.pwd());
    IceCandidate c = restart.candidates().get(0);
    assertThat(c.generation()).isEqualTo(1);
    assertThat(c.effectiveGeneration()).isEqualTo(1);
    assertThat(c.port()).isEqualTo(45665);
    assertThat(c.type()).isEqualTo(CandidateType.SRFLX);
    assertThat(c.relAddr()).isNull();
  }

  @Test
  void fallbackToRawUdp() {
    for (String path :
        List.of("xep-0176/example-11-corrected.xml", "xep-0176/example-13-corrected.xml")) {
      Fixtures.roundTrip(path, Iq.class);
      RawUdpTransport t =
          Snippets.one(path, RawUdpTransport.NAMESPACE, "transport", RawUdpTransport.class);
      assertThat(t.candidates())
          .containsExactly(RawUdpCandidate.of(1, "a9j3mnbtu1", "10.1.1.104", 13540));
    }
    Fixtures.roundTrip("xep-0176/example-15.xml", Iq.class);
    RawUdpTransport empty =
        Snippets.one(
            "xep-0176/example-15.xml",
            RawUdpTransport.NAMESPACE,
            "transport",
            RawUdpTransport.class);
    assertThat(empty).isEqualTo(RawUdpTransport.of(List.of()));
  }

  @Test
  void conversationsOffersAFingerprintAndTricklesCandidates() {
    String initiate = "interop/conversations-session-initiate.xml";
    IceUdpTransport offer = transport(initiate);
    assertThat(offer.ufrag()).isEqualTo("lV2S");
    assertThat(offer.candidates()).isEmpty();
    assertThat(offer.fingerprint().orElseThrow().setup()).isEqualTo(Setup.ACTPASS);

    IceUdpTransport trickle = transport("interop/conversations-transport-info.xml");
    assertThat(trickle.ufrag()).isEqualTo(offer.ufrag());
    assertThat(trickle.pwd()).isEqualTo(offer.pwd());
    assertThat(trickle.fingerprint()).isEmpty();
    IceCandidate c = trickle.candidates().get(0);
    assertThat(trickle.candidates()).hasSize(1);
    assertThat(c.network()).isNull();
    assertThat(c.id()).isEqualTo("3f0d2b6e-5a7c-4e49-9a8b-1c2d3e4f5a6b");
    assertThat(c.foundation()).isEqualTo("842163049");
    assertThat(c.type()).isEqualTo(CandidateType.SRFLX);
    assertThat(c.relAddr()).isEqualTo("10.0.0.17");
    assertThat(c.relPort()).isEqualTo(46154);
  }

  @Test
  void dinoSendsFingerprintAndCandidatesThenOneCandidatePerTransportInfo() {
    IceUdpTransport offer = transport("interop/dino-session-initiate.xml");
    assertThat(offer.fingerprint().orElseThrow().hash()).isEqualTo(Fingerprint.SHA_256);
    assertThat(offer.candidates())
        .extracting(IceCandidate::type)
        .containsExactly(CandidateType.HOST, CandidateType.SRFLX);
    assertThat(offer.candidates()).allSatisfy(c -> assertThat(c.network()).isZero());

    IceUdpTransport trickle = transport("interop/dino-transport-info.xml");
    assertThat(trickle.fingerprint()).isEmpty();
    assertThat(trickle.candidates())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.type()).isEqualTo(CandidateType.RELAY);
              assertThat(c.relAddr()).isEqualTo("203.0.113.50");
            });
  }

  @Test
  void jitsiAddsRtcpMuxToTheTransportAndHexIdsStartingWithADigit() {
    String path = "interop/jitsi-jicofo-session-initiate.xml";
    Fixtures.roundTrip(path, Iq.class);
    List<IceUdpTransport> transports = Snippets.of(path, NS, "transport", IceUdpTransport.class);
    assertThat(transports).hasSize(2);
    IceUdpTransport audio = transports.get(0);
    assertThat(audio.ext().elements()).first().isEqualTo(ForeignElement.empty(NS, "rtcp-mux"));
    assertThat(audio.fingerprint().orElseThrow().setup()).isEqualTo(Setup.ACTPASS);
    assertThat(audio.candidates().get(1).id()).isEqualTo("138213895448cdc80100d026d");
    assertThat(audio.candidates().get(1).relPort()).isEqualTo(10000);
  }

  @Test
  void omittedGenerationAndTypeAreAcceptedAndNotInvented() {
    String xml =
        "<candidate xmlns='urn:xmpp:jingle:transports:ice-udp:1' component='1'"
            + " foundation='0' id='c0' ip='10.0.0.5' port='56543' priority='2122252543'"
            + " protocol='UDP'/>";
    IceCandidate c = (IceCandidate) Fixtures.roundTripSnippet(xml, "bare candidate");
    assertThat(c.generation()).isNull();
    assertThat(c.effectiveGeneration()).isZero();
    assertThat(c.type()).isNull();
    assertThat(c.isUdp()).isTrue();
    assertThat(Snippets.write(c)).doesNotContain("generation").doesNotContain("type");
  }

  @Test
  void tcpCandidatesKeepTheirTcptypeAndUnknownAttributes() {
    String xml =
        "<candidate xmlns='urn:xmpp:jingle:transports:ice-udp:1' component='1' foundation='3'"
            + " generation='0' id='t1' ip='192.0.2.7' port='9' priority='1518280447'"
            + " protocol='tcp' type='host' tcptype='active' network-cost='10'/>";
    IceCandidate c = (IceCandidate) Fixtures.roundTripSnippet(xml, "tcp candidate");
    assertThat(c.tcptype()).isEqualTo("active");
    assertThat(c.isUdp()).isFalse();
    assertThat(c.ext().attributes()).containsExactly(Attribute.of("network-cost", "10"));
  }

  @Test
  void requiredAttributesAndRangesAreEnforced() {
    String base =
        "<candidate xmlns='urn:xmpp:jingle:transports:ice-udp:1' component='1' foundation='1'"
            + " generation='0' id='a' ip='192.0.2.1' port='1' priority='1' protocol='udp'"
            + " type='host'/>";
    Snippets.parse(base);
    for (String broken :
        List.of(
            base.replace(" foundation='1'", ""),
            base.replace(" ip='192.0.2.1'", ""),
            base.replace(" port='1'", ""),
            base.replace(" priority='1'", ""),
            base.replace(" protocol='udp'", ""),
            base.replace(" id='a'", ""),
            base.replace("component='1'", "component='0'"),
            base.replace("port='1'", "port='65536'"),
            base.replace("priority='1'", "priority='-1'"),
            base.replace("type='host'", "type='turn'"))) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
    assertThatThrownBy(
            () -> Snippets.parse("<remote-candidate xmlns='" + NS + "' component='1' ip='x'/>"))
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("port");
  }

  @Test
  void candidatesAndSeveralRemoteCandidatesAreAcceptedTogether() {
    String xml =
        "<transport xmlns='urn:xmpp:jingle:transports:ice-udp:1' ufrag='u' pwd='p'>"
            + "<remote-candidate component='1' ip='10.0.1.2' port='9001'/>"
            + "<remote-candidate component='2' ip='10.0.1.2' port='9002'/>"
            + "<candidate component='1' foundation='1' generation='0' id='a' ip='192.0.2.1'"
            + " port='1' priority='1' protocol='udp' type='host'/>"
            + "</transport>";
    IceUdpTransport t = (IceUdpTransport) Fixtures.roundTripSnippet(xml, "lenient transport");
    assertThat(t.candidates()).hasSize(1);
    assertThat(t.remoteCandidates())
        .containsExactly(
            RemoteCandidate.of(1, "10.0.1.2", 9001), RemoteCandidate.of(2, "10.0.1.2", 9002));
  }

  @Test
  void theFingerprintIsWrittenBeforeTheCandidatesAndCanBeReplaced() {
    Fingerprint offer = Fingerprint.of(Fingerprint.SHA_256, Setup.ACTPASS, "AB:CD");
    IceUdpTransport t =
        IceUdpTransport.of("u", "p", List.of(IceCandidate.host(1, "1", "a", "192.0.2.1", 1, 65535)))
            .withFingerprint(offer);
    String xml = Snippets.write(t);
    assertThat(xml.indexOf("<fingerprint")).isPositive().isLessThan(xml.indexOf("<candidate"));
    assertThat(RoundTrip.assertIdentity(t).fingerprint()).contains(offer);

    Fingerprint answer = offer.withSetup(Setup.answerTo(offer.setup()));
    IceUdpTransport replaced = t.withFingerprint(answer);
    assertThat(replaced.fingerprint()).contains(answer);
    assertThat(replaced.ext().elements()).containsExactly(answer);
    assertThat(replaced.find(RemoteCandidate.class)).isEmpty();
    assertThat(replaced.withCandidates(List.of()).candidates()).isEmpty();
  }

  @Test
  void unknownChildrenOfTheTransportAreKept() {
    IceUdpTransport t =
        new IceUdpTransport(
            null,
            null,
            List.of(),
            List.of(),
            Extensions.of(
                List.of(Attribute.of("x-y", "z")),
                List.of(
                    new ForeignElement(
                        new QName("http://jitsi.org/protocol/colibri", "web-socket"),
                        List.of(Attribute.of("url", "wss://example")),
                        List.of()))));
    assertThat(RoundTrip.assertIdentity(t)).isEqualTo(t);
  }

  @Property(tries = 200)
  void candidatesRoundTrip(@ForAll("candidates") IceCandidate c) {
    RoundTrip.assertIdentity(c);
  }

  @Property(tries = 100)
  void remoteCandidatesRoundTrip(@ForAll("remoteCandidates") RemoteCandidate r) {
    RoundTrip.assertIdentity(r);
  }

  @Property(tries = 200)
  void transportsRoundTrip(@ForAll("transports") IceUdpTransport t) {
    RoundTrip.assertIdentity(t);
  }

  @Provide
  Arbitrary<IceCandidate> candidates() {
    return IceArbitraries.candidates();
  }

  @Provide
  Arbitrary<RemoteCandidate> remoteCandidates() {
    return IceArbitraries.remoteCandidates();
  }

  @Provide
  Arbitrary<IceUdpTransport> transports() {
    return IceArbitraries.transports();
  }
}
