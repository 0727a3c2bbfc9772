/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.jmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.jingle.testing.Dialog;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0353 v0.8.0 flows for both roles, with the XEP's examples where they fit. */
class JmiDialogTest {
  static final String ID = "ca3cf894-5325-482f-a412-a6e9f832298d";

  @Test
  void calleeRingsProceedsGetsTheSessionAndIsFinished() {
    Dialog d =
        Dialog.as("juliet@capulet.example/phone")
            .run(
                """
                romeo sends: @xep-0353/example-01.xml
                expect event: Proposed
                expect call: %1$s PROPOSED
                we send: @xep-0353/example-03.xml
                we send: @xep-0353/example-05.xml
                expect call: %1$s PROCEEDED
                """
                    .formatted(ID));
    assertThat(d.jmi().expectsSession(Dialog.jid("romeo@montague.example/orchard"), ID)).isTrue();
    assertThat(d.jmi().expectsSession(Dialog.jid("romeo@montague.example/other"), ID)).isFalse();
    assertThat(d.jmi().call(ID).orElseThrow().ringing()).isTrue();
    d.run(
        """
        # § 3.6: the session-initiate, sid = proposal id, from the device we proceeded to
        romeo sends: @xep-0353/example-08.xml
        expect reply: <iq type='result' id='ih28sx61' from='juliet@capulet.example/phone'
                          to='romeo@montague.example/orchard'/>
        expect event: Initiated
        romeo sends: @xep-0353/example-09.xml
        expect event: Finished: SUCCESS
        expect call: %1$s gone
        # a replay of the proposal (MAM catch-up) does not ring again
        romeo sends: @xep-0353/example-01.xml
        """
            .formatted(ID));
  }

  @Test
  void callerIsRungProceededInitiatesAndFinishes() {
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: @xep-0353/example-01.xml
            expect call: %1$s PROPOSED
            juliet sends: @xep-0353/example-03.xml
            expect event: Ringing: juliet@capulet.example/phone
            juliet sends: @xep-0353/example-05.xml
            expect event: Proceeded: juliet@capulet.example/phone
            expect call: %1$s PROCEEDED
            # the session goes to the full JID that proceeded, with sid = proposal id
            we send: @xep-0353/example-08.xml
            juliet sends: <iq type='result' id='ih28sx61' from='juliet@capulet.example/phone'
                              to='romeo@montague.example/orchard'/>
            expect event: Acknowledged
            # a second proceed (another device, too late) is ignored: the first answer won
            juliet sends: <message from='juliet@capulet.example/tablet'
                                   to='romeo@montague.example/orchard' type='chat'>
                            <proceed xmlns='urn:xmpp:jingle-message:0' id='%1$s'/>
                          </message>
            we send: @xep-0353/example-09.xml
            expect call: %1$s gone
            """
                .formatted(ID));
  }

  @Test
  void aProceedToOurBareJidIsAcceptedToo() {
    // what XEP-0353 said before v0.8.0, and what older clients still send
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: @xep-0353/example-01.xml
            juliet sends: <message from='juliet@capulet.example/phone' to='romeo@montague.example'
                                   type='chat'>
                            <proceed xmlns='urn:xmpp:jingle-message:0' id='%s'/>
                          </message>
            expect event: Proceeded
            """
                .formatted(ID));
  }

  @Test
  void aProposalIdWeChooseSkipsIdsInUse() {
    Jmi jmi = new Jmi(Dialog.jid("juliet@capulet.example/phone"), () -> ID, JmiOptions.DEFAULT);
    Instant now = Instant.parse("2026-03-01T12:00:00Z");
    jmi.propose(Dialog.jid("romeo@montague.example").asBareJid(), List.of(), now);
    assertThatThrownBy(
            () -> jmi.propose(Dialog.jid("romeo@montague.example").asBareJid(), List.of(), now))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void callerIsRejectedOrRetracts() {
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: @xep-0353/example-01.xml
            juliet sends: @xep-0353/example-07.xml
            expect event: Rejected: BUSY
            expect call: %1$s gone
            """
                .formatted(ID));
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: @xep-0353/example-01.xml
            # § 3.3: to the bare JID, so that every device stops ringing
            we send: @xep-0353/example-04.xml
            expect call: %1$s gone
            # a proceed after the retract is ignored
            juliet sends: @xep-0353/example-05.xml
            """
                .formatted(ID));
  }

  @Test
  void calleeSeesTheRetract() {
    Dialog.as("juliet@capulet.example/phone")
        .run(
            """
            romeo sends: @xep-0353/example-01.xml
            expect event: Proposed
            romeo sends: @xep-0353/example-04.xml
            expect event: Retracted: CANCEL
            expect call: %1$s gone
            """
                .formatted(ID));
  }

  static final String CONVERSATIONS_ID = "m2Y/Ojp+XBbNNEq3eLbLqA";

  @Test
  void conversationsAnsweredOnAnotherDeviceOfOurs() {
    // Conversations' <accept/> to its own bare JID, seen by our device of the same account
    Dialog.as("juliet@capulet.example/laptop")
        .run(
            """
            romeo sends: @interop/conversations-jmi-propose.xml
            expect event: Proposed
            we send: <message from='juliet@capulet.example/laptop'
                              to='romeo@montague.example/Conversations.Xa7q' type='chat'>
                       <ringing xmlns='urn:xmpp:jingle-message:0' id='%1$s'/>
                       <store xmlns='urn:xmpp:hints'/>
                     </message>
            juliet sends: @interop/conversations-jmi-accept.xml
            expect event: AnsweredElsewhere: accepted=true
            expect call: %1$s gone
            # the carbon of the proceed that follows changes nothing more
            juliet sends: @interop/conversations-jmi-proceed.xml
            """
                .formatted(CONVERSATIONS_ID));
    // without <accept/>, the Carbons copy of the proceed is enough
    Dialog.as("juliet@capulet.example/laptop")
        .run(
            """
            romeo sends: @interop/conversations-jmi-propose.xml
            expect event: Proposed
            juliet sends: @interop/conversations-jmi-proceed.xml
            expect event: AnsweredElsewhere: accepted=true
            """);
    // and Conversations' retract, with its empty description, is understood
    Dialog.as("juliet@capulet.example/laptop")
        .run(
            """
            romeo sends: @interop/conversations-jmi-propose.xml
            expect event: Proposed
            romeo sends: @interop/conversations-jmi-retract.xml
            expect event: Retracted
            """);
  }

  @Test
  void proceedingCanAlsoAnnounceAcceptToOurOwnDevices() {
    Dialog.as("juliet@capulet.example/phone")
        .with(JmiOptions.DEFAULT.withAcceptToOwnBareJid(true))
        .run(
            """
            romeo sends: @xep-0353/example-01.xml
            expect event: Proposed
            we send: @xep-0353/example-05.xml
            expect sent: <message from='juliet@capulet.example/phone' to='juliet@capulet.example'
                                  type='chat'>
                           <accept xmlns='urn:xmpp:jingle-message:0' id='%1$s'/>
                           <store xmlns='urn:xmpp:hints'/>
                         </message>
            """
                .formatted(ID));
  }

  static final String HIGHER = "fecbea35-08d3-404f-9ec7-2b57c566fa74";

  @Test
  void tieBreakWeSentTheLowerId() {
    // § 4.1 from Romeo's side: Juliet's proposal has the higher id, Romeo rejects it
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: <message from='romeo@montague.example/orchard' to='juliet@capulet.example'
                              type='chat'>
                       <propose xmlns='urn:xmpp:jingle-message:0' id='%1$s'>
                         <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                       </propose>
                       <store xmlns='urn:xmpp:hints'/>
                     </message>
            juliet sends: <message from='juliet@capulet.example/phone'
                                   to='romeo@montague.example' type='chat'>
                            <propose xmlns='urn:xmpp:jingle-message:0' id='%2$s'>
                              <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                            </propose>
                            <store xmlns='urn:xmpp:hints'/>
                          </message>
            # § 3.5 sends a reject to the full JID (the § 4.1 example's bare JID is a slip)
            expect sent: <message from='romeo@montague.example/orchard'
                                  to='juliet@capulet.example/phone' type='chat'>
                           <reject xmlns='urn:xmpp:jingle-message:0' id='%2$s'>
                             <reason xmlns='urn:xmpp:jingle:1'><expired/></reason>
                             <tie-break/>
                           </reject>
                           <store xmlns='urn:xmpp:hints'/>
                         </message>
            expect call: %2$s gone
            # Juliet withdraws hers (ignored: it is gone) and takes ours
            juliet sends: @xep-0353/example-11-4-corrected.xml
            juliet sends: @xep-0353/example-05.xml
            expect event: Proceeded
            """
                .formatted(ID, HIGHER));
  }

  @Test
  void tieBreakWeSentTheHigherId() {
    // § 4.1 from Juliet's side: Romeo's proposal has the lower id, Juliet retracts hers
    Dialog d =
        Dialog.as("juliet@capulet.example/phone")
            .run(
                """
                we send: <message from='juliet@capulet.example/phone' to='romeo@montague.example'
                                  type='chat'>
                           <propose xmlns='urn:xmpp:jingle-message:0' id='%2$s'>
                             <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                           </propose>
                           <store xmlns='urn:xmpp:hints'/>
                         </message>
                romeo sends: @xep-0353/example-01.xml
                expect sent: <message from='juliet@capulet.example/phone'
                                      to='romeo@montague.example' type='chat'>
                               <retract xmlns='urn:xmpp:jingle-message:0' id='%2$s'>
                                 <reason xmlns='urn:xmpp:jingle:1'><expired/></reason>
                                 <tie-break/>
                               </retract>
                               <store xmlns='urn:xmpp:hints'/>
                             </message>
                expect event: Proposed: replaces=%2$s
                expect call: %2$s gone
                # Romeo's reject of ours is ignored, then we answer his as usual
                romeo sends: @xep-0353/example-11-3-corrected.xml
                we send: @xep-0353/example-05.xml
                expect call: %1$s PROCEEDED
                """
                    .formatted(ID, HIGHER));
    assertThat(d.jmi().calls()).hasSize(1);
  }

  static final String NEW_ID = "989a46a6-f202-4910-a7c3-83c6ba3f3947";

  @Test
  void aNewProposalOrphansTheAcceptedCall() {
    // § 4.2: Romeo's call was accepted on Juliet's phone; Juliet proposes again from her tablet
    Dialog d =
        Dialog.as("romeo@montague.example/orchard")
            .run(
                """
                we send: @xep-0353/example-01.xml
                juliet sends: @xep-0353/example-05.xml
                expect event: Proceeded
                juliet sends: <message from='juliet@capulet.example/tablet'
                                       to='romeo@montague.example/orchard' type='chat'>
                                <propose xmlns='urn:xmpp:jingle-message:0' id='%2$s'>
                                  <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                                </propose>
                                <store xmlns='urn:xmpp:hints'/>
                              </message>
                # finish the orphan (to the device of the old call, § 3.7), proceed with the new
                expect sent: <message from='romeo@montague.example/orchard'
                                      to='juliet@capulet.example/phone' type='chat'>
                               <finish xmlns='urn:xmpp:jingle-message:0' id='%1$s'>
                                 <reason xmlns='urn:xmpp:jingle:1'><expired/></reason>
                                 <migrated to='%2$s'/>
                               </finish>
                               <store xmlns='urn:xmpp:hints'/>
                             </message>
                expect sent: <message from='romeo@montague.example/orchard'
                                      to='juliet@capulet.example/tablet' type='chat'>
                               <proceed xmlns='urn:xmpp:jingle-message:0' id='%2$s'/>
                               <store xmlns='urn:xmpp:hints'/>
                             </message>
                expect event: Migrated
                expect call: %1$s gone
                expect call: %2$s PROCEEDED
                """
                    .formatted(ID, NEW_ID));
    assertThat(d.jmi().expectsSession(Dialog.jid("juliet@capulet.example/tablet"), NEW_ID))
        .isTrue();
  }

  @Test
  void callsExpireAfter24HoursAndOldArchivedProposalsDoNotRing() {
    Dialog.as("juliet@capulet.example/phone")
        .run(
            """
            romeo sends: @xep-0353/example-01.xml
            expect event: Proposed
            wait: PT23H59M
            expect call: %1$s PROPOSED
            wait: PT1M
            expect event: Expired
            expect call: %1$s gone
            """
                .formatted(ID));
    // the dialog's clock starts at 2026-03-01T12:00:00Z
    Dialog.as("juliet@capulet.example/phone")
        .run(
            """
            # from MAM, sent 25 hours ago: over before it arrived
            romeo sends: <message from='romeo@montague.example/orchard'
                                  to='juliet@capulet.example' type='chat'>
                           <propose xmlns='urn:xmpp:jingle-message:0' id='old'>
                             <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                           </propose>
                           <delay xmlns='urn:xmpp:delay' stamp='2026-02-28T11:00:00Z'/>
                         </message>
            expect call: old gone
            # sent an hour ago: still rings, and expires 23 hours from now
            romeo sends: <message from='romeo@montague.example/orchard'
                                  to='juliet@capulet.example' type='chat'>
                           <propose xmlns='urn:xmpp:jingle-message:0' id='recent'>
                             <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                           </propose>
                           <delay xmlns='urn:xmpp:delay' stamp='2026-03-01T11:00:00Z'/>
                         </message>
            expect event: Proposed
            wait: PT23H
            expect event: Expired
            """);
  }

  @Test
  void whatIsNotOursToAnswerIsIgnored() {
    Dialog.as("juliet@capulet.example/phone")
        .run(
            """
            # our own other device's outgoing call (a Carbons copy)
            juliet sends: <message from='juliet@capulet.example/tablet' to='romeo@montague.example'
                                   type='chat'>
                            <propose xmlns='urn:xmpp:jingle-message:0' id='p1'>
                              <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'/>
                            </propose>
                          </message>
            # a proposal that is not RTP-only (Conversations ignores it too)
            romeo sends: <message from='romeo@montague.example/orchard'
                                  to='juliet@capulet.example' type='chat'>
                           <propose xmlns='urn:xmpp:jingle-message:0' id='p2'>
                             <description xmlns='urn:xmpp:jingle:apps:file-transfer:5'/>
                           </propose>
                         </message>
            # answers to proposals we never made
            romeo sends: <message from='romeo@montague.example/orchard'
                                  to='juliet@capulet.example/phone' type='chat'>
                           <proceed xmlns='urn:xmpp:jingle-message:0' id='p3'/>
                         </message>
            expect call: p1 gone
            expect call: p2 gone
            """);
  }

  @Test
  void aBouncedProposalFails() {
    Dialog.as("romeo@montague.example/orchard")
        .run(
            """
            we send: @xep-0353/example-01.xml
            # the proposal message itself got id jm1
            server sends: <message from='juliet@capulet.example' to='romeo@montague.example/orchard'
                                   type='error' id='jm1'>
                            <error type='cancel'>
                              <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                            </error>
                          </message>
            expect event: Undeliverable: SERVICE_UNAVAILABLE
            expect call: %s gone
            """
                .formatted(ID));
  }

  @Test
  void commandsRefuseWhatTheStateForbids() {
    Dialog d = Dialog.as("juliet@capulet.example/phone");
    Jmi jmi = d.jmi();
    Instant now = d.clock().instant();
    assertThatThrownBy(() -> jmi.proceed("nothing")).isInstanceOf(IllegalStateException.class);
    d.run(
        """
        romeo sends: @xep-0353/example-01.xml
        expect event: Proposed
        """);
    assertThatThrownBy(() -> jmi.retract(ID, null, now))
        .as("the callee cannot retract")
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> jmi.finish(ID, null, now))
        .as("nothing to finish before proceeding")
        .isInstanceOf(IllegalStateException.class);
  }
}
