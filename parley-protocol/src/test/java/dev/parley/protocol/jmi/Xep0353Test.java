/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.jmi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.hints.Hint;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/** XEP-0353 v0.8.0 examples, and what Conversations sends. */
class Xep0353Test {
  private static final String ID = "ca3cf894-5325-482f-a412-a6e9f832298d";
  private static final String NEW_ID = "fecbea35-08d3-404f-9ec7-2b57c566fa74";
  private static final Hint STORE = Hint.STORE;

  /** The JMI payload of a chat message carrying a store hint, as XEP-0353 § 3 requires. */
  private static <T extends JmiMessage> T jmi(String path, Class<T> type) {
    Message m = Fixtures.roundTrip(path, Message.class);
    assertThat(m.type()).isEqualTo(Message.Type.CHAT);
    assertThat(m.payloads()).contains(STORE);
    JmiMessage jmi = (JmiMessage) m.payloads().get(0);
    assertThat(jmi).isInstanceOf(type);
    return type.cast(jmi);
  }

  private static Jid jid(String s) {
    return JidCreate.fromOrThrowUnchecked(s);
  }

  @Test
  void propose() {
    Propose propose = jmi("xep-0353/example-01.xml", Propose.class);
    assertThat(propose.id()).isEqualTo(ID);
    assertThat(propose.descriptions()).containsExactly(RtpDescription.ofMedia("audio"));
    assertThat(propose.isRtpOnly()).isTrue();
    assertThat(propose.hasMedia("audio")).isTrue();
    assertThat(propose.hasMedia("video")).isFalse();
    assertThat(propose).isEqualTo(Propose.of(ID, "audio"));
    assertThat(Fixtures.roundTrip("xep-0353/example-01.xml", Message.class).to().toString())
        .isEqualTo("juliet@capulet.example");
  }

  @Test
  void ringingAndProceed() {
    assertThat(jmi("xep-0353/example-03.xml", Ringing.class)).isEqualTo(Ringing.of(ID));
    assertThat(jmi("xep-0353/example-05.xml", Proceed.class)).isEqualTo(Proceed.of(ID));
    // v0.8.0: proceed goes to the initiator's full JID.
    assertThat(Fixtures.roundTrip("xep-0353/example-05.xml", Message.class).to().toString())
        .isEqualTo("romeo@montague.example/orchard");
  }

  @Test
  void retractAndReject() {
    Retract retract = jmi("xep-0353/example-04.xml", Retract.class);
    assertThat(retract.reason()).isEqualTo(Reason.of(ReasonCondition.CANCEL, "Retracted"));
    assertThat(retract.tieBreak()).isFalse();
    assertThat(retract.effectiveCondition()).isEqualTo(ReasonCondition.CANCEL);

    Reject reject = jmi("xep-0353/example-07.xml", Reject.class);
    assertThat(reject.reason()).isEqualTo(Reason.of(ReasonCondition.BUSY, "Busy"));
    assertThat(reject.tieBreak()).isFalse();
    assertThat(Reject.of(ID).effectiveCondition()).isEqualTo(ReasonCondition.BUSY);
    assertThat(Retract.of(ID).effectiveCondition()).isEqualTo(ReasonCondition.CANCEL);
  }

  @Test
  void theIdBecomesTheSid() {
    Iq initiate = Fixtures.roundTrip("xep-0353/example-08.xml", Iq.class);
    Jingle j = (Jingle) initiate.payload();
    assertThat(j.action()).isEqualTo(JingleAction.SESSION_INITIATE);
    assertThat(j.sid()).isEqualTo(jmi("xep-0353/example-01.xml", Propose.class).id());
    // ... sent to the full JID that sent the proceed.
    assertThat((Object) initiate.to())
        .isEqualTo(Fixtures.roundTrip("xep-0353/example-05.xml", Message.class).from());
  }

  @Test
  void finish() {
    for (String path : new String[] {"xep-0353/example-09.xml", "xep-0353/example-10.xml"}) {
      Finish finish = jmi(path, Finish.class);
      assertThat(finish.reason()).isEqualTo(Reason.of(ReasonCondition.SUCCESS, "Success"));
      assertThat(finish.migratedTo()).isNull();
      assertThat(finish.effectiveCondition()).isEqualTo(ReasonCondition.SUCCESS);
    }
  }

  @Test
  void tieBreakInProposeState() {
    Reject reject = jmi("xep-0353/example-11-3-corrected.xml", Reject.class);
    assertThat(reject.id()).isEqualTo(NEW_ID);
    assertThat(reject.tieBreak()).isTrue();
    assertThat(reject.reason()).isEqualTo(Reason.of(ReasonCondition.EXPIRED, "Tie-Break"));
    assertThat(reject.ext().isEmpty()).isTrue();

    Retract retract = jmi("xep-0353/example-11-4-corrected.xml", Retract.class);
    assertThat(retract.id()).isEqualTo(NEW_ID);
    assertThat(retract.tieBreak()).isTrue();
    assertThat(retract.reason().condition()).isEqualTo(ReasonCondition.EXPIRED);

    // Romeo's proposal has the lower id, so it wins and Juliet's is rejected and retracted.
    Jid romeo = jid("romeo@montague.example/orchard");
    Jid juliet = jid("juliet@capulet.example/phone");
    assertThat(Propose.wins(ID, romeo, NEW_ID, juliet)).isTrue();
    assertThat(Propose.wins(NEW_ID, juliet, ID, romeo)).isFalse();
    assertThat(Reject.tieBreak(NEW_ID))
        .isEqualTo(
            new Reject(
                NEW_ID,
                reject.reason().withText(null),
                true,
                dev.parley.protocol.xml.Extensions.NONE));
  }

  @Test
  void tieBreakInAcceptState() {
    Finish finish = jmi("xep-0353/example-12-4-corrected.xml", Finish.class);
    assertThat(finish.id()).isEqualTo(ID);
    assertThat(finish.migratedTo()).isEqualTo("989a46a6-f202-4910-a7c3-83c6ba3f3947");
    assertThat(finish.reason().condition()).isEqualTo(ReasonCondition.EXPIRED);
    assertThat(finish.tieBreak()).isFalse();
    assertThat(Finish.migrated(ID, "989a46a6-f202-4910-a7c3-83c6ba3f3947"))
        .isEqualTo(
            new Finish(
                ID,
                Reason.of(ReasonCondition.EXPIRED),
                false,
                "989a46a6-f202-4910-a7c3-83c6ba3f3947",
                dev.parley.protocol.xml.Extensions.NONE));
  }

  @Test
  void conversationsProposeProceedAcceptAndRetract() {
    Message proposal = Fixtures.roundTrip("interop/conversations-jmi-propose.xml", Message.class);
    Propose propose = (Propose) proposal.payloads().get(0);
    // Conversations' sids are unpadded base64, not Nmtokens: kept as they are.
    assertThat(propose.id()).isEqualTo("m2Y/Ojp+XBbNNEq3eLbLqA");
    assertThat(proposal.id()).isEqualTo("jm-propose-" + propose.id());
    assertThat(propose.rtpDescriptions())
        .containsExactly(RtpDescription.ofMedia("audio"), RtpDescription.ofMedia("video"));
    assertThat(propose).isEqualTo(Propose.of(propose.id(), "audio", "video"));

    Proceed proceed = jmi("interop/conversations-jmi-proceed.xml", Proceed.class);
    ForeignElement device = (ForeignElement) proceed.ext().elements().get(0);
    assertThat(device.name())
        .isEqualTo(
            new QName("http://gultsch.de/xmpp/drafts/omemo/dlts-srtp-verification", "device"));
    assertThat(device.attribute("id")).isEqualTo("1738924351");

    Message accepted = Fixtures.roundTrip("interop/conversations-jmi-accept.xml", Message.class);
    assertThat(accepted.payloads().get(0)).isEqualTo(Accept.of(propose.id()));
    assertThat((Object) accepted.to()).isEqualTo(accepted.from().asBareJid());

    Retract retract = jmi("interop/conversations-jmi-retract.xml", Retract.class);
    assertThat(retract.reason()).isNull();
    assertThat(retract.effectiveCondition()).isEqualTo(ReasonCondition.CANCEL);
    RtpDescription empty = retract.ext().element(RtpDescription.class);
    assertThat(empty.media()).isNull();
    assertThat(empty.payloadTypes()).isEmpty();
  }

  @Test
  void idIsRequiredAndMigratedNeedsATarget() {
    for (String bad :
        new String[] {
          "<propose xmlns='urn:xmpp:jingle-message:0'/>",
          "<proceed xmlns='urn:xmpp:jingle-message:0'/>",
          "<finish xmlns='urn:xmpp:jingle-message:0' id='a'><migrated/></finish>",
          "<reject xmlns='urn:xmpp:jingle-message:0' id='a'><reason xmlns='urn:xmpp:jingle:1'/>"
              + "</reject>"
        }) {
      assertThatThrownBy(() -> Xml.parse(bad, ParleyCodecs.registry()))
          .as(bad)
          .isInstanceOf(ProtocolException.class);
    }
  }

  @Test
  void writtenInSchemaOrder() {
    Reject r =
        (Reject)
            Xml.parse(
                "<reject xmlns='urn:xmpp:jingle-message:0' id='a'><x xmlns='urn:example:x'/>"
                    + "<tie-break/><reason xmlns='urn:xmpp:jingle:1'><expired/></reason></reject>",
                ParleyCodecs.registry());
    assertThat(Xml.toXml(r, ParleyCodecs.registry()))
        .isEqualTo(
            "<reject xmlns='urn:xmpp:jingle-message:0' id='a'>"
                + "<reason xmlns='urn:xmpp:jingle:1'><expired/></reason><tie-break/>"
                + "<x xmlns='urn:example:x'/></reject>");
    RoundTrip.assertIdentity(r);
    assertThat(Xml.toXml(Finish.migrated("a", "b"), ParleyCodecs.registry()))
        .isEqualTo(
            "<finish xmlns='urn:xmpp:jingle-message:0' id='a'>"
                + "<reason xmlns='urn:xmpp:jingle:1'><expired/></reason><migrated to='b'/>"
                + "</finish>");
  }
}
