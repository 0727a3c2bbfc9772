/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Senders;
import org.junit.jupiter.api.Test;

/** The XEP-0167 v1.2.3 scenarios (§ 11), with the XEP's own stanzas. */
class Xep0167DialogTest {
  /** § 11.2 up to the accept: Romeo (us) initiates, Juliet rings and accepts. */
  static final String ROMEO_CALLS_JULIET =
      """
      we send: @xep-0167/example-37.xml
      juliet sends: <iq type='result' id='sf93gv76' from='juliet@capulet.lit/balcony'
                        to='romeo@montague.lit/orchard'/>
      expect event: Acknowledged: SESSION_INITIATE
      juliet sends: @xep-0167/example-39.xml
      expect reply: <iq type='result' id='nf91g647' from='romeo@montague.lit/orchard'
                        to='juliet@capulet.lit/balcony'/>
      expect event: Info: Ringing
      juliet sends: @xep-0167/example-41.xml
      expect reply: <iq type='result' id='pr93b5ga' from='romeo@montague.lit/orchard'
                        to='juliet@capulet.lit/balcony'/>
      expect event: Accepted
      expect state: ACTIVE
      """;

  @Test
  void addingVideoModifyingItAndSendingParameters() {
    Dialog d =
        Dialog.as("romeo@montague.lit/orchard")
            .run(
                ROMEO_CALLS_JULIET
                    + """
                    # § 11.4: Romeo adds video (example 43 without its initiator attribute, which
                    # XEP-0166 § 7.1 reserves for session-initiate); Juliet accepts it
                    we send: <iq from='romeo@montague.lit/orchard' id='ij6s4198'
                                 to='juliet@capulet.lit/balcony' type='set'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='content-add'
                                       sid='a73sjjvkla37jfea'>
                                 <content creator='initiator' name='webcam'>
                                   <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                                     <payload-type id='98' name='theora' clockrate='90000'>
                                       <parameter name='height' value='600'/>
                                       <parameter name='width' value='800'/>
                                       <parameter name='delivery-method' value='inline'/>
                                       <parameter name='configuration' value='somebase16string'/>
                                       <parameter name='sampling' value='YCbCr-4:2:2'/>
                                     </payload-type>
                                     <payload-type id='28' name='nv' clockrate='90000'/>
                                     <payload-type id='25' name='CelB' clockrate='90000'/>
                                     <payload-type id='32' name='MPV' clockrate='90000'/>
                                     <bandwidth type='AS'>128</bandwidth>
                                   </description>
                                   <transport xmlns='urn:xmpp:jingle:transports:ice-udp:0'/>
                                 </content>
                               </jingle>
                             </iq>
                    juliet sends: <iq type='result' id='ij6s4198'
                                      from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Acknowledged: CONTENT_ADD
                    juliet sends: @xep-0167/example-48.xml
                    expect reply: <iq type='result' id='ih481v7s'
                                      from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: ContentAccepted

                    # Juliet only receives video for now, then sends it too: never content-accept
                    juliet sends: @xep-0167/example-45.xml
                    expect reply: <iq type='result' id='rh49l1k4'
                                      from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: ContentModified: senders=INITIATOR
                    juliet sends: @xep-0167/example-50.xml
                    expect reply: <iq type='result' id='di492bf8'
                                      from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: ContentModified: senders=BOTH

                    # § 9: Romeo sends new video parameters (example 52, without initiator)
                    we send: <iq from='romeo@montague.lit/orchard' id='xu3bg810'
                                 to='juliet@capulet.lit/balcony' type='set'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='description-info'
                                       sid='a73sjjvkla37jfea'>
                                 <content creator='initiator' name='webcam'>
                                   <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                                     <payload-type id='98' name='theora' clockrate='90000'>
                                       <parameter name='height' value='768'/>
                                       <parameter name='width' value='1024'/>
                                       <parameter name='delivery-method' value='inline'/>
                                       <parameter name='configuration' value='somebase16string'/>
                                       <parameter name='sampling' value='YCbCr-4:2:2'/>
                                     </payload-type>
                                     <bandwidth type='AS'>128</bandwidth>
                                   </description>
                                 </content>
                               </jingle>
                             </iq>
                    juliet sends: <iq type='result' id='xu3bg810'
                                      from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Acknowledged: DESCRIPTION_INFO

                    # Example 47 comes from juliet@montague.lit, a slip of the XEP: not the peer
                    juliet sends: @xep-0167/example-47.xml
                    expect reply: <iq type='error' id='vx2s91a6' from='romeo@montague.lit/orchard'
                                      to='juliet@montague.lit/balcony'>
                                    <error type='cancel'>
                                      <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                      <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                    </error>
                                  </iq>

                    # Juliet's hang-up (§ 11.2, example 27 is hers)
                    juliet sends: @xep-0167/example-27.xml
                    expect reply: <iq type='result' id='wps8b597' from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: Terminated
                    """);
    SessionEvent.ContentModified last =
        (SessionEvent.ContentModified)
            d.history().stream()
                .filter(SessionEvent.ContentModified.class::isInstance)
                .reduce((a, b) -> b)
                .orElseThrow();
    assertThat(last.creator()).isEqualTo(Creator.INITIATOR);
    assertThat(last.senders()).isEqualTo(Senders.BOTH);
  }

  @Test
  void contentRejectAndRemove() {
    Dialog d =
        Dialog.as("romeo@montague.lit/orchard")
            .run(
                ROMEO_CALLS_JULIET
                    + """
                    # example 43 again
                    we send: <iq from='romeo@montague.lit/orchard' id='ij6s4198'
                                 to='juliet@capulet.lit/balcony' type='set'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='content-add'
                                       sid='a73sjjvkla37jfea'>
                                 <content creator='initiator' name='webcam'>
                                   <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='video'>
                                     <payload-type id='98' name='theora' clockrate='90000'>
                                       <parameter name='height' value='600'/>
                                       <parameter name='width' value='800'/>
                                       <parameter name='delivery-method' value='inline'/>
                                       <parameter name='configuration' value='somebase16string'/>
                                       <parameter name='sampling' value='YCbCr-4:2:2'/>
                                     </payload-type>
                                     <payload-type id='28' name='nv' clockrate='90000'/>
                                     <payload-type id='25' name='CelB' clockrate='90000'/>
                                     <payload-type id='32' name='MPV' clockrate='90000'/>
                                     <bandwidth type='AS'>128</bandwidth>
                                   </description>
                                   <transport xmlns='urn:xmpp:jingle:transports:ice-udp:0'/>
                                 </content>
                               </jingle>
                             </iq>
                    juliet sends: <iq type='result' id='ij6s4198'
                                      from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Acknowledged
                    # example 47 from the right JID: the add is rejected, the webcam is gone
                    juliet sends: <iq from='juliet@capulet.lit/balcony' id='vx2s91a6'
                                      to='romeo@montague.lit/orchard' type='set'>
                                    <jingle xmlns='urn:xmpp:jingle:1' action='content-reject'
                                            sid='a73sjjvkla37jfea'>
                                      <content creator='initiator' name='webcam'/>
                                      <reason><failed-application/></reason>
                                    </jingle>
                                  </iq>
                    expect reply: <iq type='result' id='vx2s91a6' from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: ContentRejected: FAILED_APPLICATION
                    # a content-accept for it now is out of order
                    juliet sends: @xep-0167/example-48.xml
                    expect reply: <iq type='error' id='ih481v7s' from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'>
                                    <error type='wait'>
                                      <unexpected-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                      <out-of-order xmlns='urn:xmpp:jingle:errors:1'/>
                                      <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>content-accept without a content-add of initiator:webcam</text>
                                    </error>
                                  </iq>
                    # § 7.2.5: removing the last content leaves a void session
                    juliet sends: <iq from='juliet@capulet.lit/balcony' id='rm1'
                                      to='romeo@montague.lit/orchard' type='set'>
                                    <jingle xmlns='urn:xmpp:jingle:1' action='content-remove'
                                            sid='a73sjjvkla37jfea'>
                                      <content creator='initiator' name='voice'/>
                                    </jingle>
                                  </iq>
                    expect reply: <iq type='result' id='rm1' from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    expect event: ContentRemoved
                    # removing it again (both sides may remove at once) is harmless
                    juliet sends: <iq from='juliet@capulet.lit/balcony' id='rm2'
                                      to='romeo@montague.lit/orchard' type='set'>
                                    <jingle xmlns='urn:xmpp:jingle:1' action='content-remove'
                                            sid='a73sjjvkla37jfea'>
                                      <content creator='initiator' name='voice'/>
                                    </jingle>
                                  </iq>
                    expect reply: <iq type='result' id='rm2' from='romeo@montague.lit/orchard'
                                      to='juliet@capulet.lit/balcony'/>
                    """);
    assertThat(d.last().isVoid()).isTrue();
    assertThat(d.last().isLive()).isTrue();
  }

  @Test
  void busyAndSecurityErrorsEndTheSession() {
    Dialog.as("romeo@montague.lit/orchard")
        .run(
            """
            # § 11.1: responder is busy
            we send: @xep-0167/example-17.xml
            juliet sends: @xep-0167/example-19.xml
            expect reply: <iq type='result' id='ch3vs61d' from='romeo@montague.lit/orchard'
                              to='juliet@capulet.lit/balcony'/>
            expect event: Terminated: BUSY
            expect state: ENDED
            # the late acknowledgement of the initiate concerns no live session
            juliet sends: <iq type='result' id='rg6s5134' from='juliet@capulet.lit/balcony'
                              to='romeo@montague.lit/orchard'/>
            """);
    Dialog.as("romeo@montague.lit/orchard")
        .run(
            """
            # § 7: Juliet requires SRTP
            we send: @xep-0167/example-29.xml
            juliet sends: @xep-0167/example-06.xml
            expect reply: <iq type='result' id='nv71c396' from='romeo@montague.lit/orchard'
                              to='juliet@capulet.lit/balcony'/>
            expect event: Terminated: CRYPTO_REQUIRED
            """);
  }
}
