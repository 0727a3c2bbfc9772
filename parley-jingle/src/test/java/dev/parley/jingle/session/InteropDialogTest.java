/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.coin.CoinFocus;
import dev.parley.protocol.conference.ConferenceInfo;
import dev.parley.protocol.jingle.dtls.Fingerprint;
import dev.parley.protocol.jingle.grouping.Group;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.transfer.Transfer;
import org.junit.jupiter.api.Test;

/**
 * Sessions with the stanzas deployed software sends (fixtures under {@code fixtures/interop/} of
 * parley-protocol): Coin from SylkServer, transfers from Jitsi and Yate, ICE and DTLS from
 * Conversations and Dino.
 */
class InteropDialogTest {
  static final String VOICE =
      """
      <content creator='initiator' name='audio'>
        <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
          <payload-type id='0' name='PCMU' clockrate='8000'/>
        </description>
        <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
          <candidate component='1' generation='0' id='c1' ip='192.0.2.1' port='9000'/>
        </transport>
      </content>
      """;

  @Test
  void callingSylkServerConferenceFocus() {
    Dialog d =
        Dialog.as("juliet@capulet.lit/balcony")
            .run(
                """
                we send: <iq type='set' id='H_16' from='juliet@capulet.lit/balcony'
                             to='conference@sylk.example.com/sylk'>
                           <jingle xmlns='urn:xmpp:jingle:1' action='session-initiate'
                                   initiator='juliet@capulet.lit/balcony' sid='a73sjjvkla37jfea'>
                             %s
                           </jingle>
                         </iq>
                sylk sends: <iq type='result' id='H_16' from='conference@sylk.example.com/sylk'
                                to='juliet@capulet.lit/balcony'/>
                expect event: Acknowledged
                # the focus marker in no namespace (SylkServer) is understood
                sylk sends: @interop/sylkserver-session-accept.xml
                expect reply: <iq type='result' id='H_17' from='juliet@capulet.lit/balcony'
                                  to='conference@sylk.example.com/sylk'/>
                expect event: Accepted
                expect event: FocusChanged: isFocus=true
                # the RFC 4575 document as the sole IQ child with a non-RFC sid
                sylk sends: @interop/sylkserver-coin-iq.xml
                expect reply: <iq type='result' id='H_21' from='juliet@capulet.lit/balcony'
                                  to='conference@sylk.example.com/sylk'/>
                expect event: ConferenceInfoReceived
                """
                    .formatted(VOICE));
    CoinFocus focus =
        d.history().stream()
            .filter(SessionEvent.FocusChanged.class::isInstance)
            .map(e -> ((SessionEvent.FocusChanged) e).marker())
            .findFirst()
            .orElseThrow();
    assertThat(focus.variant()).isEqualTo(CoinFocus.Variant.NONE);
    ConferenceInfo document =
        d.history().stream()
            .filter(SessionEvent.ConferenceInfoReceived.class::isInstance)
            .map(e -> ((SessionEvent.ConferenceInfoReceived) e).document())
            .findFirst()
            .orElseThrow();
    assertThat(document.version()).isEqualTo(4L);
  }

  static final String ATTENDANT_CALLS =
      """
      attendant sends: <iq type='set' id='s1' from='attendant@office.example.com/jitsi-4fa2c1'
                           to='caller@example.net/phone'>
                         <jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='851ba2'>
                           %s
                         </jingle>
                       </iq>
      expect reply: <iq type='result' id='s1' from='caller@example.net/phone'
                        to='attendant@office.example.com/jitsi-4fa2c1'/>
      expect event: Initiated
      """
          .formatted(VOICE);

  @Test
  void jitsiTransferRequestIsUnsupportedUnlessEnabled() {
    // XEP-0251 § 2 and XEP-0166 § 6.8: a peer that does not transfer MUST say unsupported-info
    Dialog.as("caller@example.net/phone")
        .run(
            ATTENDANT_CALLS
                + """
                attendant sends: @interop/jitsi-transfer-unattended.xml
                expect reply: <iq type='error' id='Jh7kq-41' from='caller@example.net/phone'
                                  to='attendant@office.example.com/jitsi-4fa2c1'>
                                <error type='cancel'>
                                  <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <unsupported-info xmlns='urn:xmpp:jingle:errors:1'/>
                                </error>
                              </iq>
                """);
    Dialog d =
        Dialog.as("caller@example.net/phone")
            .with(SessionOptions.DEFAULT.withTransfer())
            .run(
                ATTENDANT_CALLS
                    + """
                    attendant sends: @interop/jitsi-transfer-unattended.xml
                    expect reply: <iq type='result' id='Jh7kq-41' from='caller@example.net/phone'
                                      to='attendant@office.example.com/jitsi-4fa2c1'/>
                    expect event: TransferRequested: boss@execs.example.com/phone
                    """);
    Transfer t = ((SessionEvent.TransferRequested) d.history().get(1)).transfer();
    assertThat(t.isAttended()).isFalse();
    assertThat((Object) t.from()).isNull();
  }

  @Test
  void yateTransferredCallArrivesAsAnInitiateNamingTheAttendant() {
    Dialog d =
        Dialog.as("boss@execs.example.com/phone")
            .run(
                """
                caller sends: @interop/yate-transfer-initiate.xml
                expect reply: <iq type='result' id='yate-initiate-17'
                                  from='boss@execs.example.com/phone' to='caller@example.net/yate'/>
                expect event: Initiated
                """);
    SessionEvent.Initiated initiated = (SessionEvent.Initiated) d.history().get(0);
    assertThat(initiated.find(Transfer.class).orElseThrow().from().toString())
        .isEqualTo("attendant@office.example.com/desk");
  }

  @Test
  void conversationsOfferWithBundleAndDtlsThenTrickle() {
    Dialog d =
        Dialog.as("romeo@montague.lit/orchard")
            .run(
                """
                juliet sends: @interop/conversations-session-initiate.xml
                expect reply: <iq type='result' id='cN2ddtsY3Zx4' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/Conversations.x7Yq'/>
                expect event: Initiated
                juliet sends: @interop/conversations-transport-info.xml
                expect reply: <iq type='result' id='pLAdRBb8IW3s' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/Conversations.x7Yq'/>
                expect event: TransportInfo
                """);
    SessionEvent.Initiated initiated = (SessionEvent.Initiated) d.history().get(0);
    assertThat(initiated.find(Group.class).orElseThrow().contentNames()).containsExactly("0");
    IceUdpTransport transport =
        initiated.offer().get(0).transport(IceUdpTransport.class).orElseThrow();
    assertThat(transport.fingerprint().map(Fingerprint::hash)).contains("sha-256");
    SessionEvent.TransportInfo trickle = (SessionEvent.TransportInfo) d.history().get(1);
    assertThat(trickle.iceCandidates()).hasSize(1);
    assertThat(trickle.iceCandidates().get(0).ip()).isEqualTo("198.51.100.7");
  }

  @Test
  void dinoOfferThenTrickle() {
    Dialog d =
        Dialog.as("juliet@capulet.lit/balcony")
            .run(
                """
                romeo sends: @interop/dino-session-initiate.xml
                expect reply: <iq type='result' id='bec4f0c2-8c3e-4e7e-a1f6-0d3b1d6b2a55'
                                  from='juliet@capulet.lit/balcony' to='romeo@montague.lit/dino.3c1f'/>
                expect event: Initiated
                romeo sends: @interop/dino-transport-info.xml
                expect reply: <iq type='result' id='0c7e5d1a-2b3f-4a6c-9d8e-7f6a5b4c3d2e'
                                  from='juliet@capulet.lit/balcony' to='romeo@montague.lit/dino.3c1f'/>
                expect event: TransportInfo: RELAY
                """);
    assertThat(d.last().established()).hasSize(1);
  }

  @Test
  void jicofoOfferIsAcceptedAsWellFormed() {
    Dialog.as("room@conference.meet.jitsi/66e3ea10")
        .run(
            """
            focus sends: @interop/jitsi-jicofo-session-initiate.xml
            expect reply: <iq type='result' id='jicofo-7Gx2' from='room@conference.meet.jitsi/66e3ea10'
                              to='focus@auth.meet.jitsi/focus'/>
            expect event: Initiated
            """);
  }
}
