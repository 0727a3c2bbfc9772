/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.protocol.invite.Accept;
import dev.parley.protocol.invite.External;
import dev.parley.protocol.invite.Invite;
import dev.parley.protocol.meeting.Initiate;
import dev.parley.protocol.meeting.Meeting;
import dev.parley.protocol.meeting.MeetingQuery;
import dev.parley.protocol.meeting.MeetingResult;
import dev.parley.protocol.meeting.OnlineMeetings;
import dev.parley.testkit.ProsodyExtension;
import javax.xml.namespace.QName;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaTypeFilter;
import org.jivesoftware.smack.iqrequest.AbstractIqRequestHandler;
import org.jivesoftware.smack.iqrequest.IQRequestHandler;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.Message;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Parley records through a real Prosody between two real Smack clients: what one writes with
 * Parley's codecs, the other reads back equal, in a message and in an IQ request and its result.
 */
class SmackBridgeIT {
  @RegisterExtension
  static final ProsodyExtension PROSODY =
      ProsodyExtension.host("localhost").accounts("alice", "bob").build();

  @BeforeAll
  static void install() {
    ParleySmack.install(); // before the logins: the parser correction applies to new connections
  }

  @Test
  void recordsTravelInMessagesAndIqsUnchanged() throws Exception {
    XMPPTCPConnection alice = PROSODY.get().login("alice", "bridge");
    XMPPTCPConnection bob = PROSODY.get().login("bob", "bridge");

    Invite invite =
        OnlineMeetings.invite(
            "https://meet.example/R?a=1&b=2", Meeting.of("jitsi", "Ünïcode & <xml>"));
    Accept accept = Accept.of("id-1", External.of("https://meet.example/R?a=1&b=2"));
    StanzaCollector messages = bob.createStanzaCollector(StanzaTypeFilter.MESSAGE);
    alice.sendStanza(
        MessageBuilder.buildMessage("m1")
            .to(bob.getUser())
            .ofType(Message.Type.chat)
            .addExtension(ParleyExtension.of(invite))
            .addExtension(ParleyExtension.of(accept))
            .build());
    Message received = messages.nextResult(10_000);
    messages.cancel();
    assertThat(received).isNotNull();
    assertThat(
            ((ParleyExtension)
                    received.getExtension(new QName("urn:xmpp:call-invites:0", "invite")))
                .element(Invite.class))
        .isEqualTo(invite);
    assertThat(
            ((ParleyExtension)
                    received.getExtension(new QName("urn:xmpp:call-invites:0", "accept")))
                .element(Accept.class))
        .isEqualTo(accept);

    MeetingQuery query = MeetingQuery.of("jitsi", "Room", "Weekly");
    MeetingResult result =
        query.result(
            Initiate.of("jitsi", "https://meet.example/Room?jwt=x", "Weekly"),
            OnlineMeetings.invite("https://meet.example/Room", Meeting.of("jitsi", "Weekly")));
    IQRequestHandler handler =
        new AbstractIqRequestHandler(
            "query", OnlineMeetings.NAMESPACE, IQ.Type.get, IQRequestHandler.Mode.sync) {
          @Override
          public IQ handleIQRequest(IQ request) {
            assertThat(((ParleyIq) request).payload(MeetingQuery.class)).isEqualTo(query);
            ParleyIq answer =
                ParleyIq.request(
                    IQ.Type.result,
                    request.getFrom(),
                    result,
                    dev.parley.protocol.ParleyCodecs.registry());
            answer.setStanzaId(request.getStanzaId());
            return answer;
          }
        };
    bob.registerIQRequestHandler(handler);
    IQ answer = alice.sendIqRequestAsync(ParleyIq.get(bob.getUser(), query)).getOrThrow();
    assertThat(answer).isInstanceOf(ParleyIq.class);
    assertThat(((ParleyIq) answer).payload(MeetingResult.class)).isEqualTo(result);
    assertThat(alice.isConnected() && bob.isConnected()).isTrue();
    bob.unregisterIQRequestHandler(handler);
    alice.disconnect();
    bob.disconnect();
  }
}
