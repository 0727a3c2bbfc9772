/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import org.junit.jupiter.api.Test;

/** The XEP-0166 v1.1.2 example flows, from both sides, with the XEP's own stanzas. */
class Xep0166DialogTest {
  static final String ROMEO = "romeo@montague.lit/orchard";
  static final String JULIET = "juliet@capulet.lit/balcony";

  @Test
  void responderAcksRingsAcceptsAndIsTerminated() {
    Dialog d =
        Dialog.as(JULIET)
            .run(
                """
                # § 6.2: Romeo initiates; § 6.3.1: Juliet acknowledges
                romeo sends: @xep-0166/example-04.xml
                expect reply: <iq type='result' id='ph37a419' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Initiated
                expect state: PENDING

                # XEP-0167 § 12.2: ringing after the acknowledgement
                we send: <iq type='set' id='r1' from='juliet@capulet.lit/balcony'
                             to='romeo@montague.lit/orchard'>
                           <jingle xmlns='urn:xmpp:jingle:1' action='session-info'
                                   sid='a73sjjvkla37jfea'>
                             <ringing xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>
                           </jingle>
                         </iq>
                romeo sends: <iq type='result' id='r1' from='romeo@montague.lit/orchard'
                                 to='juliet@capulet.lit/balcony'/>
                expect event: Acknowledged: SESSION_INFO

                # § 6.5: session-accept, naming the responder
                we send: <iq type='set' id='a1' from='juliet@capulet.lit/balcony'
                             to='romeo@montague.lit/orchard'>
                           <jingle xmlns='urn:xmpp:jingle:1' action='session-accept'
                                   responder='juliet@capulet.lit/balcony' sid='a73sjjvkla37jfea'>
                             <content creator='initiator' name='voice'>
                               <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
                                 <payload-type id='97' name='speex' clockrate='8000'/>
                                 <payload-type id='18' name='G729'/>
                               </description>
                               <transport xmlns='urn:xmpp:jingle:transports:ice-udp:1'>
                                 <candidate component='1' foundation='1' generation='0'
                                            id='or2ii2syr1' ip='192.0.2.1' network='0' port='3478'
                                            priority='2130706431' protocol='udp' type='host'/>
                               </transport>
                             </content>
                           </jingle>
                         </iq>
                expect state: ACTIVE
                romeo sends: <iq type='result' id='a1' from='romeo@montague.lit/orchard'
                                 to='juliet@capulet.lit/balcony'/>
                expect event: Acknowledged: SESSION_ACCEPT

                # XEP-0167 example 54: Romeo hangs up
                romeo sends: @xep-0167/example-54.xml
                expect reply: <iq type='result' id='fl2v387j' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Terminated: SUCCESS
                expect state: ENDED
                expect sessions: 0

                # § 10: the ended session is unknown from now on (the error of example 29)
                romeo sends: <iq type='set' id='late1' from='romeo@montague.lit/orchard'
                                 to='juliet@capulet.lit/balcony'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='session-info'
                                       sid='a73sjjvkla37jfea'/>
                             </iq>
                expect reply: <iq type='error' id='late1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'>
                                <error type='cancel'>
                                  <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                </error>
                              </iq>
                # even a session-initiate re-using the sid does not revive it
                romeo sends: @xep-0166/example-04.xml
                expect reply: <iq type='error' id='ph37a419' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'>
                                <error type='cancel'>
                                  <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                </error>
                              </iq>
                """);
    SessionEvent.Initiated initiated = (SessionEvent.Initiated) d.history().get(0);
    assertThat(initiated.offer()).hasSize(1);
    assertThat(initiated.offer().get(0).description(RtpDescription.class).orElseThrow().media())
        .isEqualTo("audio");
  }

  @Test
  void initiatorIsAcceptedPingedRungAndTerminated() {
    Dialog d =
        Dialog.as(ROMEO)
            .run(
                """
                # § 6.2, sent as the XEP shows it (the id comes from the script)
                we send: @xep-0166/example-04.xml
                expect state: PENDING
                juliet sends: <iq type='result' id='ph37a419' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Acknowledged: SESSION_INITIATE

                # § 6.8: ringing, in the erratum namespace of example 30, is understood
                juliet sends: @xep-0166/example-30.xml
                expect reply: <iq type='result' id='hq7rg186' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Info: Ringing

                # § 6.5: accepted; the example's transport carries no credentials, which is legal
                juliet sends: @xep-0166/example-06.xml
                expect reply: <iq type='result' id='yd71f495' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Accepted
                expect state: ACTIVE

                # § 6.8: an empty session-info is a ping
                juliet sends: @xep-0166/example-32.xml
                expect reply: <iq type='result' id='ug37vb25' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Ping

                # § 6.7: Juliet leaves with a reason and text
                juliet sends: @xep-0166/example-08.xml
                expect reply: <iq type='result' id='vua614d9' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Terminated: Sorry, gotta go!
                expect state: ENDED
                """);
    SessionEvent.Accepted accepted =
        d.history().stream()
            .filter(SessionEvent.Accepted.class::isInstance)
            .map(SessionEvent.Accepted.class::cast)
            .findFirst()
            .orElseThrow();
    assertThat(accepted.contents().get(0).transport(IceUdpTransport.class).orElseThrow().ufrag())
        .isNull();
  }

  @Test
  void declinedAfterAcknowledgement() {
    // § 6.3.1 and examples 19–27: any reason ends a pending session
    for (String example : new String[] {"20", "21", "22", "23", "24", "25", "26", "27"}) {
      Dialog.as(ROMEO)
          .run(
              """
              we send: @xep-0166/example-10.xml
              juliet sends: <iq type='result' id='xs51r0k4' from='juliet@capulet.lit/balcony'
                                to='romeo@montague.lit/orchard'/>
              expect event: Acknowledged
              juliet sends: @xep-0166/example-%s.xml
              expect reply: <iq type='result' from='romeo@montague.lit/orchard'
                                to='juliet@capulet.lit/balcony' id='%s'/>
              expect event: Terminated
              expect state: ENDED
              """
                  .formatted(example, idOf(example)));
    }
  }

  private static String idOf(String example) {
    return switch (example) {
      case "20" -> "hr81fs63";
      case "21" -> "ky47g295";
      case "22" -> "ay3r2b86";
      case "23" -> "h82bs51g";
      case "24" -> "pe81ga88";
      case "25" -> "yd62vd67";
      case "26" -> "kd82vs71";
      case "27" -> "hb3m59s7";
      default -> throw new IllegalArgumentException(example);
    };
  }

  @Test
  void unsupportedInfoAndSecurityInfo() {
    Dialog.as(JULIET)
        .run(
            """
            romeo sends: @xep-0166/example-35.xml
            expect reply: <iq type='result' id='tiw51bv9' from='juliet@capulet.lit/balcony'
                              to='romeo@montague.lit/orchard'/>
            expect event: Initiated

            # § 6.8: a payload nobody here understands gets unsupported-info, type cancel
            romeo sends: <iq type='set' id='i1' from='romeo@montague.lit/orchard'
                             to='juliet@capulet.lit/balcony'>
                           <jingle xmlns='urn:xmpp:jingle:1' action='session-info'
                                   sid='a73sjjvkla37jfea'>
                             <fancy xmlns='urn:example:unknown'/>
                           </jingle>
                         </iq>
            expect reply: <iq type='error' id='i1' from='juliet@capulet.lit/balcony'
                              to='romeo@montague.lit/orchard'>
                            <error type='cancel'>
                              <feature-not-implemented xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                              <unsupported-info xmlns='urn:xmpp:jingle:errors:1'/>
                            </error>
                          </iq>

            # § 7.2.7: security-info for a content of the session
            romeo sends: <iq type='set' id='s1' from='romeo@montague.lit/orchard'
                             to='juliet@capulet.lit/balcony'>
                           <jingle xmlns='urn:xmpp:jingle:1' action='security-info'
                                   sid='a73sjjvkla37jfea'>
                             <content creator='initiator' name='this-is-a-stub'>
                               <security xmlns='urn:xmpp:jingle:security:stub:0'/>
                             </content>
                           </jingle>
                         </iq>
            expect reply: <iq type='result' id='s1' from='juliet@capulet.lit/balcony'
                              to='romeo@montague.lit/orchard'/>
            expect event: SecurityInfo
            """);
  }
}
