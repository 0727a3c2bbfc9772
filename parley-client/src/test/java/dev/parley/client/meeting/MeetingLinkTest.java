/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.impl.JidCreate;

/** What a service's answer gives the requester and the invitees. */
class MeetingLinkTest {
  @Test
  void parleysFullAnswerIsForwardedAsItIs() throws Exception {
    Invite invite = OnlineMeetings.invite("https://meet.example/R", Meeting.of("jitsi", "Weekly"));
    MeetingLink link =
        new MeetingLink(
            JidCreate.from("parley.localhost"),
            MeetingQuery.of("jitsi", null, "Weekly"),
            MeetingResult.of(
                Initiate.of("jitsi", "https://meet.example/R?jwt=t", "Weekly"), invite));
    assertThat(link.type()).isEqualTo("jitsi");
    assertThat(link.initiateUrl()).isEqualTo("https://meet.example/R?jwt=t");
    assertThat(link.inviteUri()).isEqualTo("https://meet.example/R");
    assertThat(link.desc()).isEqualTo("Weekly");
    assertThat(link.invitation()).isEqualTo(invite);
  }

  /** Openfire's plugins answer with a bare invite: no media attributes, no {@code <meeting>}. */
  @Test
  void openfiresBareInviteGetsMediaAndAMeetingElement() throws Exception {
    MeetingLink link =
        new MeetingLink(
            JidCreate.from("localhost"),
            MeetingQuery.of("galene", null, "Retro"),
            MeetingResult.of(
                Initiate.of("galene", "https://galene.example/group/x", null),
                Invite.of(External.of("https://galene.example/group/x"))));
    assertThat(link.desc()).as("not echoed: the one asked for").isEqualTo("Retro");
    Invite invitation = link.invitation();
    assertThat(invitation.audio()).isTrue();
    assertThat(invitation.video()).isTrue();
    assertThat(invitation.methods())
        .containsExactly(
            External.of("https://galene.example/group/x"), Meeting.of("galene", "Retro"));
  }

  @Test
  void anAnswerWithoutInviteHasNothingToForward() throws Exception {
    MeetingLink link =
        new MeetingLink(
            JidCreate.from("parley.localhost"),
            MeetingQuery.of("jitsi"),
            MeetingResult.of(Initiate.of("jitsi", "https://meet.example/own", null), null));
    assertThat(link.invitation()).isNull();
    assertThat(link.inviteUri()).isNull();
    assertThat(link.desc()).isNull();
  }
}
