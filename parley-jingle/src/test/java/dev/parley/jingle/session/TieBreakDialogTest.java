/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.jingle.Creator;
import org.junit.jupiter.api.Test;

/** XEP-0166 § 7.2.16: simultaneous actions, with and without an existing session. */
class TieBreakDialogTest {
  static final String ROMEO = "romeo@montague.lit/orchard";
  static final String JULIET = "juliet@capulet.lit/balcony";

  static final String VOICE =
      """
      <content creator='initiator' name='voice'>
        <description xmlns='urn:xmpp:jingle:apps:rtp:1' media='audio'>
          <payload-type id='0' name='PCMU' clockrate='8000'/>
        </description>
        <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
          <candidate component='1' generation='0' id='c1' ip='192.0.2.1' port='9000'/>
        </transport>
      </content>
      """;

  static String initiate(String from, String to, String id, String sid) {
    return """
        <iq type='set' id='%s' from='%s' to='%s'>
          <jingle xmlns='urn:xmpp:jingle:1' action='session-initiate' initiator='%s' sid='%s'>
            %s
          </jingle>
        </iq>
        """
        .formatted(id, from, to, from, sid, VOICE);
  }

  static final String CONFLICT =
      """
      <error type='cancel'>
        <conflict xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
        <tie-break xmlns='urn:xmpp:jingle:errors:1'/>
      </error>
      """;

  @Test
  void simultaneousInitiatesOursHasTheLowerSid() {
    Dialog.as(ROMEO)
        .run(
            "we send: "
                + initiate(ROMEO, JULIET, "o1", "a-lower")
                + "juliet sends: "
                + initiate(JULIET, ROMEO, "t1", "b-higher")
                + """
                expect reply: <iq type='error' id='t1' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'>%s</iq>
                expect sessions: 1
                # Juliet, receiving the lower sid, acknowledges ours as usual
                juliet sends: <iq type='result' id='o1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Acknowledged: SESSION_INITIATE
                expect state: PENDING
                """
                    .formatted(CONFLICT));
  }

  @Test
  void simultaneousInitiatesTheirsHasTheLowerSid() {
    Dialog.as(ROMEO)
        .run(
            "we send: "
                + initiate(ROMEO, JULIET, "o1", "b-higher")
                + "juliet sends: "
                + initiate(JULIET, ROMEO, "t1", "a-lower")
                + """
                expect reply: <iq type='result' id='t1' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Initiated
                expect sessions: 2
                # Juliet refuses ours with the same conflict: it ends, hers lives on
                juliet sends: <iq type='error' id='o1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'>%s</iq>
                expect event: RequestFailed: ended=true
                expect state: ENDED
                expect sessions: 1
                """
                    .formatted(CONFLICT));
  }

  @Test
  void equalSidsMeetOneKeyAndBothFail() {
    // 2^-122 for UUIDs: the peer's initiate names our session's key and is out of order there
    Dialog.as(ROMEO)
        .run(
            "we send: "
                + initiate(ROMEO, JULIET, "o1", "same")
                + "juliet sends: "
                + initiate(JULIET, ROMEO, "t1", "same")
                + """
                expect reply: <iq type='error' id='t1' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'>
                                <error type='wait'>
                                  <unexpected-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <out-of-order xmlns='urn:xmpp:jingle:errors:1'/>
                                  <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>session-initiate for an existing session</text>
                                </error>
                              </iq>
                juliet sends: <iq type='error' id='o1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'>
                                <error type='wait'>
                                  <unexpected-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                  <out-of-order xmlns='urn:xmpp:jingle:errors:1'/>
                                </error>
                              </iq>
                expect event: RequestFailed: ended=true
                expect sessions: 0
                """);
  }

  @Test
  void answeredInitiateIsNoTie() {
    // Once Juliet acknowledged ours, her initiate is a second call, not a race (§ 10: "sent while
    // the initiator was awaiting a reply").
    Dialog.as(ROMEO)
        .run(
            "we send: "
                + initiate(ROMEO, JULIET, "o1", "a-lower")
                + """
                juliet sends: <iq type='result' id='o1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Acknowledged
                """
                + "juliet sends: "
                + initiate(JULIET, ROMEO, "t1", "b-higher")
                + """
                expect reply: <iq type='result' id='t1' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: Initiated
                expect sessions: 2
                """);
  }

  /** Romeo (initiator) and Juliet both active in sid 's'. */
  static String active(String local) {
    boolean weInitiate = local.equals(ROMEO);
    String initiate = initiate(ROMEO, JULIET, "i0", "s");
    String accept =
        """
        <iq type='set' id='a0' from='%s' to='%s'>
          <jingle xmlns='urn:xmpp:jingle:1' action='session-accept' responder='%s' sid='s'>
            %s
          </jingle>
        </iq>
        """
            .formatted(JULIET, ROMEO, JULIET, VOICE);
    if (weInitiate) {
      return "we send: "
          + initiate
          + "juliet sends: <iq type='result' id='i0' from='%s' to='%s'/>\n".formatted(JULIET, ROMEO)
          + "expect event: Acknowledged\n"
          + "juliet sends: "
          + accept
          + "expect reply: <iq type='result' id='a0' from='%s' to='%s'/>\n".formatted(ROMEO, JULIET)
          + "expect event: Accepted\n";
    }
    return "romeo sends: "
        + initiate
        + "expect reply: <iq type='result' id='i0' from='%s' to='%s'/>\n".formatted(JULIET, ROMEO)
        + "expect event: Initiated\n"
        + "we send: "
        + accept
        + "romeo sends: <iq type='result' id='a0' from='%s' to='%s'/>\n".formatted(ROMEO, JULIET)
        + "expect event: Acknowledged\n";
  }

  static String contentAdd(String from, String to, String id, String creator, String name) {
    return """
        <iq type='set' id='%s' from='%s' to='%s'>
          <jingle xmlns='urn:xmpp:jingle:1' action='content-add' sid='s'>
            %s
          </jingle>
        </iq>
        """
        .formatted(
            id,
            from,
            to,
            VOICE
                .replace("creator='initiator'", "creator='" + creator + "'")
                .replace("name='voice'", "name='" + name + "'"));
  }

  @Test
  void simultaneousContentAddsInitiatorWins() {
    // As initiator we refuse the responder's add while ours is unanswered ...
    Dialog.as(ROMEO)
        .run(
            active(ROMEO)
                + "we send: "
                + contentAdd(ROMEO, JULIET, "ca1", "initiator", "webcam")
                + "juliet sends: "
                + contentAdd(JULIET, ROMEO, "ca2", "responder", "screen")
                + """
                expect reply: <iq type='error' id='ca2' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'>%s</iq>
                juliet sends: <iq type='result' id='ca1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Acknowledged: CONTENT_ADD
                """
                    .formatted(CONFLICT));
    // ... and as responder we take the initiator's and drop ours, which it refuses.
    Dialog d =
        Dialog.as(JULIET)
            .run(
                active(JULIET)
                    + "we send: "
                    + contentAdd(JULIET, ROMEO, "ca2", "responder", "screen")
                    + "romeo sends: "
                    + contentAdd(ROMEO, JULIET, "ca1", "initiator", "webcam")
                    + """
                    expect reply: <iq type='result' id='ca1' from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: ContentAddRequested
                    romeo sends: <iq type='error' id='ca2' from='romeo@montague.lit/orchard'
                                     to='juliet@capulet.lit/balcony'>%s</iq>
                    expect event: RequestFailed: ended=false
                    expect state: ACTIVE
                    """
                        .formatted(CONFLICT));
    assertThat(d.last().content(new ContentKey(Creator.RESPONDER, "screen")))
        .as("our overruled content-add is gone")
        .isEmpty();
  }

  static String modify(String from, String to, String id, String senders) {
    return """
        <iq type='set' id='%s' from='%s' to='%s'>
          <jingle xmlns='urn:xmpp:jingle:1' action='content-modify' sid='s'>
            <content creator='initiator' name='voice' senders='%s'/>
          </jingle>
        </iq>
        """
        .formatted(id, from, to, senders);
  }

  @Test
  void simultaneousContentModifies() {
    Dialog.as(ROMEO)
        .run(
            active(ROMEO)
                + "we send: "
                + modify(ROMEO, JULIET, "m1", "initiator")
                + "juliet sends: "
                + modify(JULIET, ROMEO, "m2", "responder")
                + """
                expect reply: <iq type='error' id='m2' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'>%s</iq>
                # once ours is answered, hers is an ordinary modify
                juliet sends: <iq type='result' id='m1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: Acknowledged: CONTENT_MODIFY
                """
                    .formatted(CONFLICT)
                + "juliet sends: "
                + modify(JULIET, ROMEO, "m3", "responder")
                + """
                expect reply: <iq type='result' id='m3' from='romeo@montague.lit/orchard'
                                  to='juliet@capulet.lit/balcony'/>
                expect event: ContentModified: senders=RESPONDER
                """);
    Dialog.as(JULIET)
        .run(
            active(JULIET)
                + "we send: "
                + modify(JULIET, ROMEO, "m2", "responder")
                + "romeo sends: "
                + modify(ROMEO, JULIET, "m1", "initiator")
                + """
                expect reply: <iq type='result' id='m1' from='juliet@capulet.lit/balcony'
                                  to='romeo@montague.lit/orchard'/>
                expect event: ContentModified: senders=INITIATOR
                """);
  }

  static String replace(String from, String to, String id, String action, String port) {
    return """
        <iq type='set' id='%s' from='%s' to='%s'>
          <jingle xmlns='urn:xmpp:jingle:1' action='%s' sid='s'>
            <content creator='initiator' name='voice'>
              <transport xmlns='urn:xmpp:jingle:transports:raw-udp:1'>
                <candidate component='1' generation='0' id='r%s' ip='192.0.2.7' port='%s'/>
              </transport>
            </content>
          </jingle>
        </iq>
        """
        .formatted(id, from, to, action, port, port);
  }

  @Test
  void transportReplaceAcceptedRejectedAndTied() {
    Dialog d =
        Dialog.as(JULIET)
            .run(
                active(JULIET)
                    // the peer replaces, we accept with our own new transport
                    + "romeo sends: "
                    + replace(ROMEO, JULIET, "tr1", "transport-replace", "7001")
                    + """
                    expect reply: <iq type='result' id='tr1' from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: TransportReplaceRequested
                    """
                    + "we send: "
                    + replace(JULIET, ROMEO, "ta1", "transport-accept", "8001")
                    + """
                    romeo sends: <iq type='result' id='ta1' from='romeo@montague.lit/orchard'
                                     to='juliet@capulet.lit/balcony'/>
                    expect event: Acknowledged: TRANSPORT_ACCEPT
                    """
                    // we replace, the peer rejects: nothing changes
                    + "we send: "
                    + replace(JULIET, ROMEO, "tr2", "transport-replace", "8002")
                    + """
                    romeo sends: <iq type='result' id='tr2' from='romeo@montague.lit/orchard'
                                     to='juliet@capulet.lit/balcony'/>
                    expect event: Acknowledged
                    """
                    + "romeo sends: "
                    + replace(ROMEO, JULIET, "rj1", "transport-reject", "7001")
                    + """
                    expect reply: <iq type='result' id='rj1' from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: TransportRejected
                    """
                    // a transport-accept with nothing to accept is out of order
                    + "romeo sends: "
                    + replace(ROMEO, JULIET, "ta9", "transport-accept", "7001")
                    + """
                    expect reply: <iq type='error' id='ta9' from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'>
                                    <error type='wait'>
                                      <unexpected-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                                      <out-of-order xmlns='urn:xmpp:jingle:errors:1'/>
                                      <text xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'>transport-accept without a transport-replace of initiator:voice</text>
                                    </error>
                                  </iq>
                    """
                    // simultaneous replaces: the initiator's wins, ours is dropped
                    + "we send: "
                    + replace(JULIET, ROMEO, "tr3", "transport-replace", "8003")
                    + "romeo sends: "
                    + replace(ROMEO, JULIET, "tr4", "transport-replace", "7004")
                    + """
                    expect reply: <iq type='result' id='tr4' from='juliet@capulet.lit/balcony'
                                      to='romeo@montague.lit/orchard'/>
                    expect event: TransportReplaceRequested
                    romeo sends: <iq type='error' id='tr3' from='romeo@montague.lit/orchard'
                                     to='juliet@capulet.lit/balcony'>%s</iq>
                    expect event: RequestFailed: ended=false
                    """
                        .formatted(CONFLICT));
    SessionContent voice =
        d.last().content(new ContentKey(Creator.INITIATOR, "voice")).orElseThrow();
    assertThat(voice.replacement())
        .as("the peer's replacement still awaits our answer")
        .isNotNull();
    assertThat(voice.replacement().byPeer()).isTrue();
    assertThat(voice.local().transport().toString())
        .as("our accepted transport from ta1")
        .contains("8001");
    assertThat(voice.remote().transport().toString())
        .as("the peer's transport from tr1")
        .contains("7001");
  }
}
