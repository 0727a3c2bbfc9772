/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static dev.parley.jingle.session.InteropDialogTest.VOICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.testing.Dialog;
import dev.parley.jingle.testing.ManualClock;
import dev.parley.jingle.testing.Stanzas;
import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Xml;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/**
 * A session initiated to a bare JID (a conference room addressed without XEP-0353): XEP-0166 § 7.1
 * wants a full JID as the accept's {@code responder}, and lets the initiator send the session's
 * later IQs "to the responder (whether the responder is considered the 'from' JID or the
 * 'responder' JID)". So the session answers both addresses, and nothing else.
 */
class BareAddressDialogTest {
  static final String INITIATE =
      """
      romeo sends: <iq type='set' id='i1' from='romeo@montague.lit/orchard' to='room@conf.lit'>
                     <jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s1'>
                       %s
                     </jingle>
                   </iq>
      expect reply: <iq type='result' id='i1' from='room@conf.lit' to='romeo@montague.lit/orchard'/>
      expect event: Initiated
      """
          .formatted(VOICE);

  @Test
  void theAcceptNamesTheFocusAndTheSessionAnswersBothAddresses() {
    Dialog d =
        Dialog.as("room@conf.lit")
            .run(
                INITIATE
                    + """
                    # the accept comes from the address romeo used and names a full JID
                    we send: <iq type='set' id='a1' from='room@conf.lit' to='romeo@montague.lit/orchard'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='session-accept' sid='s1'
                                       responder='room@conf.lit/focus'>
                                 %s
                               </jingle>
                             </iq>
                    expect state: ACTIVE
                    romeo sends: <iq type='result' id='a1' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit'/>
                    expect event: Acknowledged: SESSION_ACCEPT

                    # romeo follows the responder attribute…
                    romeo sends: <iq type='set' id='m1' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit/focus'>
                                   <jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s1'>
                                     <mute xmlns='urn:xmpp:jingle:apps:rtp:info:1' creator='initiator'
                                           name='audio'/>
                                   </jingle>
                                 </iq>
                    expect reply: <iq type='result' id='m1' from='room@conf.lit/focus'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Info: Mute
                    # …or keeps the from of the accept
                    romeo sends: <iq type='set' id='m2' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit'>
                                   <jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s1'>
                                     <unmute xmlns='urn:xmpp:jingle:apps:rtp:info:1'
                                             creator='initiator' name='audio'/>
                                   </jingle>
                                 </iq>
                    expect reply: <iq type='result' id='m2' from='room@conf.lit'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Info: Unmute

                    # another resource of the room is not in this session
                    romeo sends: <iq type='set' id='x1' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit/other'>
                                   <jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s1'/>
                                 </iq>
                    expect reply: <iq type='error' id='x1' from='room@conf.lit/other'
                                      to='romeo@montague.lit/orchard'>
                                    <error type='cancel'>
                                      <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                      <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                    </error>
                                  </iq>
                    # nor is another peer that uses the sid, at either address
                    mercutio sends: <iq type='set' id='x2' from='mercutio@montague.lit/street'
                                        to='room@conf.lit/focus'>
                                      <jingle xmlns='urn:xmpp:jingle:1' action='session-terminate'
                                              sid='s1'>
                                        <reason><success/></reason>
                                      </jingle>
                                    </iq>
                    expect reply: <iq type='error' id='x2' from='room@conf.lit/focus'
                                      to='mercutio@montague.lit/street'>
                                    <error type='cancel'>
                                      <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                      <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                    </error>
                                  </iq>
                    expect state: ACTIVE

                    # our own requests keep coming from the address romeo used
                    we send: <iq type='set' id='h1' from='room@conf.lit' to='romeo@montague.lit/orchard'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s1'>
                                 <hold xmlns='urn:xmpp:jingle:apps:rtp:info:1'/>
                               </jingle>
                             </iq>
                    romeo sends: <iq type='result' id='h1' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit'/>
                    expect event: Acknowledged: SESSION_INFO

                    romeo sends: <iq type='set' id='t1' from='romeo@montague.lit/orchard'
                                     to='room@conf.lit/focus'>
                                   <jingle xmlns='urn:xmpp:jingle:1' action='session-terminate'
                                           sid='s1'>
                                     <reason><success/></reason>
                                   </jingle>
                                 </iq>
                    expect reply: <iq type='result' id='t1' from='room@conf.lit/focus'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: Terminated: SUCCESS
                    expect state: ENDED
                    """
                        .formatted(VOICE));
    assertThat(d.history()).hasSize(6);
  }

  @Test
  void beforeTheAcceptOnlyTheAddressedJidIsInTheSession() {
    Dialog.as("room@conf.lit")
        .run(
            INITIATE
                + """
                romeo sends: <iq type='set' id='x1' from='romeo@montague.lit/orchard'
                                 to='room@conf.lit/focus'>
                               <jingle xmlns='urn:xmpp:jingle:1' action='session-info' sid='s1'/>
                             </iq>
                expect reply: <iq type='error' id='x1' from='room@conf.lit/focus'
                                  to='romeo@montague.lit/orchard'>
                                <error type='cancel'>
                                  <item-not-found xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <unknown-session xmlns='urn:xmpp:jingle:errors:1'/>
                                </error>
                              </iq>
                expect state: PENDING
                """);
  }

  @Test
  void anAcceptNeverNamesABareJidOrAnotherAccount() {
    JingleSessions sessions =
        new JingleSessions(IdGenerator.sequence("q"), new ManualClock(Instant.EPOCH));
    Iq initiate =
        (Iq)
            Xml.parse(
                """
                <iq xmlns='jabber:client' type='set' id='i1' from='romeo@montague.lit/orchard'
                    to='room@conf.lit'>
                  <jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' sid='s1'>%s</jingle>
                </iq>
                """
                    .formatted(VOICE),
                ParleyCodecs.registry());
    JingleSession s = sessions.receive(initiate).session();
    assertThat(s).isNotNull();
    var voice = List.of(Stanzas.voice(Creator.INITIATOR, "audio"));
    assertThatThrownBy(() -> s.accept("a1", voice, List.of()))
        .as("a bare responder is what Smack and Dino refuse")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(
            () ->
                s.accept(
                    "a1",
                    JidCreate.entityFullFromOrThrowUnchecked("x@conf.lit/focus"),
                    voice,
                    List.of()))
        .as("XEP-0166 § 14: no redirection to another account")
        .isInstanceOf(IllegalArgumentException.class);
    Sent sent =
        s.accept(
            "a1",
            JidCreate.entityFullFromOrThrowUnchecked("room@conf.lit/focus"),
            voice,
            List.of());
    Jingle accept = (Jingle) sent.request().payload();
    assertThat(accept.responder().toString()).isEqualTo("room@conf.lit/focus");
    assertThat(sent.request().from().toString()).isEqualTo("room@conf.lit");
    assertThat(sent.session().responder().toString()).isEqualTo("room@conf.lit/focus");
  }
}
