/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jingle.dtls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.testing.Snippets;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.Attribute;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** XEP-0320 v1.0.0 examples, deployed variants, the RFC 5763 role rules and properties. */
class Xep0320Test {
  private static final String OFFER =
      "02:1A:CC:54:27:AB:EB:9C:53:3F:3E:4B:65:2E:7D:46:3F:54:42:CD:54:F1:7A:03:A2:7D:F9:B0:7F:46:19:B2";
  private static final String ANSWER =
      "BD:E8:2C:D3:BD:B6:98:50:45:7D:5B:36:89:53:31:15:52:25:88:82:06:95:88:A3:3D:A5:43:8D:5C:21:21:66";

  private static Fingerprint fingerprint(String path) {
    Fixtures.roundTrip(path, Iq.class);
    Fingerprint f = Snippets.one(path, Fingerprint.NAMESPACE, "fingerprint", Fingerprint.class);
    // The transport finds the same fingerprint among its extension children.
    IceUdpTransport t =
        Snippets.one(path, IceUdpTransport.NAMESPACE, "transport", IceUdpTransport.class);
    assertThat(t.fingerprint()).contains(f);
    assertThat(t.find(Fingerprint.class)).contains(f);
    return f;
  }

  @Test
  void theInitiatorOffersActpass() {
    Fingerprint f = fingerprint("xep-0320/example-01.xml");
    assertThat(f).isEqualTo(Fingerprint.of(Fingerprint.SHA_256, Setup.ACTPASS, OFFER));
  }

  @Test
  void theResponderAnswersActiveInSessionAcceptOrEarlierInTransportInfo() {
    Fingerprint accept = fingerprint("xep-0320/example-02.xml");
    assertThat(accept).isEqualTo(Fingerprint.of(Fingerprint.SHA_256, Setup.ACTIVE, ANSWER));
    // Example 3 indents the value with tabs and newlines: they are not part of it.
    assertThat(fingerprint("xep-0320/example-03.xml")).isEqualTo(accept);
  }

  @Test
  void theValueIsWrittenWithoutWhitespace() {
    Fingerprint f = new Fingerprint("sha-256", Setup.ACTIVE, "\n\t  AA:BB \n", Extensions.NONE);
    assertThat(f.value()).isEqualTo("AA:BB");
    assertThat(Snippets.write(f))
        .isEqualTo(
            "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='active'>"
                + "AA:BB</fingerprint>");
  }

  @Test
  void answerRolesFollowRfc5763() {
    assertThat(Setup.answerTo(Setup.ACTPASS)).isEqualTo(Setup.ACTIVE);
    assertThat(Setup.answerTo(Setup.ACTIVE)).isEqualTo(Setup.PASSIVE);
    assertThat(Setup.answerTo(Setup.PASSIVE)).isEqualTo(Setup.ACTIVE);
    assertThat(Setup.answerTo(Setup.HOLDCONN)).isEqualTo(Setup.HOLDCONN);

    // The answerer that answered 'active' is the DTLS client; the offerer is then the server.
    Setup answer = Setup.answerTo(Setup.ACTPASS);
    assertThat(answer.isDtlsClient()).isTrue();
    assertThat(answer.counterpart()).isEqualTo(Setup.PASSIVE);
    assertThat(answer.counterpart().isDtlsClient()).isFalse();
    assertThat(Setup.PASSIVE.counterpart()).isEqualTo(Setup.ACTIVE);

    // 'actpass' in an answer (dino#1072) is not a role.
    assertThatThrownBy(Setup.ACTPASS::isDtlsClient).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(Setup.ACTPASS::counterpart).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(Setup.HOLDCONN::isDtlsClient).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void deployedClientsOfferActpass() {
    for (String path :
        List.of(
            "interop/conversations-session-initiate.xml", "interop/dino-session-initiate.xml")) {
      Fingerprint f = Snippets.one(path, Fingerprint.NAMESPACE, "fingerprint", Fingerprint.class);
      assertThat(f.setup()).as(path).isEqualTo(Setup.ACTPASS);
      assertThat(f.hash()).as(path).isEqualTo(Fingerprint.SHA_256);
      assertThat(f.value()).as(path).hasSize(95);
    }
  }

  @Test
  void jitsisRequiredAttributeIsKept() {
    List<Fingerprint> all =
        Snippets.of(
            "interop/jitsi-jicofo-session-initiate.xml",
            Fingerprint.NAMESPACE,
            "fingerprint",
            Fingerprint.class);
    assertThat(all).hasSize(2);
    assertThat(all.get(0).setup()).isEqualTo(Setup.ACTPASS);
    assertThat(all.get(0).ext().attributes()).containsExactly(Attribute.of("required", "false"));
  }

  @Test
  void aFingerprintWithoutSetupIsAcceptedAndWrittenWithout() {
    String xml =
        "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-1' required='true'>"
            + "AA:BB</fingerprint>";
    Fingerprint f = (Fingerprint) Fixtures.roundTripSnippet(xml, "fingerprint without setup");
    assertThat(f.setup()).isNull();
    assertThat(Snippets.write(f)).doesNotContain("setup");
  }

  @Test
  void invalidFingerprintsAreRefused() {
    for (String broken :
        List.of(
            "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' setup='active'>AA</fingerprint>",
            "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256'>  </fingerprint>",
            "<fingerprint xmlns='urn:xmpp:jingle:apps:dtls:0' hash='sha-256' setup='Active'>"
                + "AA</fingerprint>")) {
      assertThatThrownBy(() -> Snippets.parse(broken))
          .as(broken)
          .isInstanceOf(ProtocolException.class);
    }
    assertThatThrownBy(
            () ->
                new Fingerprint(
                    "sha-256",
                    null,
                    "AA",
                    Extensions.ofElements(List.of(ForeignElement.empty("urn:x", "y")))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property(tries = 300)
  void fingerprintsRoundTrip(@ForAll("fingerprints") Fingerprint f) {
    RoundTrip.assertIdentity(f);
  }

  @Provide
  Arbitrary<Fingerprint> fingerprints() {
    return DtlsArbitraries.fingerprints();
  }
}
