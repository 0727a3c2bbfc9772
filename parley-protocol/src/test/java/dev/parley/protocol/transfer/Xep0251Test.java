/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.invite.FixtureDom;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.testing.RoundTrip;
import dev.parley.protocol.xml.ForeignElement;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.jxmpp.jid.Jid;
import org.jxmpp.jid.impl.JidCreate;

/**
 * XEP-0251 v0.2 examples, corrected where the XEP is wrong, and Jitsi's and Yate's variants. The
 * Jingle stanzas around the transfer elements belong to the Jingle core: only their attributes are
 * checked here, through the DOM.
 */
class Xep0251Test {
  private static final String JINGLE = "urn:xmpp:jingle:1";
  private static final String CALLER = "caller@example.net/phone";
  private static final String ATTENDANT = "attendant@office.example.com/desk";
  private static final String CALLEE = "boss@execs.example.com/phone";

  private static Jid jid(String s) throws Exception {
    return JidCreate.from(s);
  }

  /** The one element {@code local} of the transfer namespace in a fixture, round-tripped alone. */
  private static XmlElement only(String path, String local) {
    List<String> snippets = Fixtures.elements(path, Transfer.NAMESPACE, local);
    assertThat(snippets).as(path).hasSize(1);
    return Fixtures.roundTripSnippet(snippets.get(0), path);
  }

  private static Iq iq(String path, String from, String to) {
    Iq iq = Fixtures.roundTrip(path, Iq.class);
    assertThat(iq.from().toString()).as(path).isEqualTo(from);
    assertThat(iq.to().toString()).as(path).isEqualTo(to);
    return iq;
  }

  private static String jingle(String path, String attribute) {
    return FixtureDom.attribute(path, JINGLE, "jingle", attribute);
  }

  private static List<String> reasonText(String path) {
    return FixtureDom.texts(path, JINGLE, "text");
  }

  @Test
  void callerCallsAttendantWhoAccepts() {
    for (String n : List.of("01", "11")) {
      String path = "xep-0251/example-" + n + "-corrected.xml";
      iq(path, CALLER, ATTENDANT);
      assertThat(jingle(path, "sid")).isEqualTo("851ba2");
      assertThat(FixtureDom.texts(path, "urn:xmpp:jingle:transports:ice-udp:1", "transport"))
          .containsExactly("");
    }
    for (String n : List.of("03", "13")) {
      String path = "xep-0251/example-" + n + "-corrected.xml";
      iq(path, ATTENDANT, CALLER);
      assertThat(jingle(path, "action")).isEqualTo("session-accept");
      assertThat(FixtureDom.attributes(path, "content", "name"))
          .containsExactly("urgent-communication");
    }
  }

  @Test
  void unattendedTransfer() throws Exception {
    String request = "xep-0251/example-05.xml";
    iq(request, ATTENDANT, CALLER);
    Transfer transfer = (Transfer) only(request, "transfer");
    assertThat(transfer).isEqualTo(Transfer.unattended(jid(CALLEE)));
    assertThat(transfer.isAttended()).isFalse();
    assertThat(jingle(request, "action")).isEqualTo("session-info");

    // The XEP's ack goes the wrong way; the corrected one goes from the caller to the attendant.
    Iq ack = iq("xep-0251/example-06.xml", ATTENDANT, CALLER);
    Iq fixedAck = iq("xep-0251/example-06-corrected.xml", CALLER, ATTENDANT);
    assertThat(fixedAck.id()).isEqualTo(ack.id()).isEqualTo("a0pl3v76");
    assertThat(fixedAck.type()).isEqualTo(Iq.Type.RESULT);
    iq("xep-0251/example-07.xml", ATTENDANT, CALLER);
    iq("xep-0251/example-07-corrected.xml", CALLER, ATTENDANT);

    String initiate = "xep-0251/example-08-corrected.xml";
    iq(initiate, CALLER, CALLEE);
    assertThat(only(initiate, "transfer")).isEqualTo(Transfer.referredBy(jid(ATTENDANT)));
    assertThat(jingle(initiate, "sid")).isEqualTo("1a332d");

    for (String n : List.of("10", "10-corrected")) {
      String path = "xep-0251/example-" + n + ".xml";
      iq(path, CALLER, ATTENDANT);
      assertThat(only(path, "transferred")).isEqualTo(Transferred.INSTANCE);
      assertThat(reasonText(path)).containsExactly("Unattended transfer success");
      assertThat(jingle(path, "sid")).isEqualTo("851ba2");
    }
    assertThat(jingle("xep-0251/example-10.xml", "initiator")).isEqualTo(ATTENDANT);
    assertThat(jingle("xep-0251/example-10-corrected.xml", "initiator")).isNull();
  }

  @Test
  void attendedTransfer() throws Exception {
    String toCallee = "xep-0251/example-15-corrected.xml";
    iq(toCallee, ATTENDANT, CALLEE);
    String s2 = jingle(toCallee, "sid");
    assertThat(s2).isEqualTo("663e9f");

    String request = "xep-0251/example-17.xml";
    iq(request, ATTENDANT, CALLER);
    Transfer transfer = (Transfer) only(request, "transfer");
    // from, sid and to identify the attendant's session with the callee.
    assertThat(transfer).isEqualTo(Transfer.attended(jid(ATTENDANT), s2, jid(CALLEE)));
    assertThat(transfer.isAttended()).isTrue();

    iq("xep-0251/example-18.xml", ATTENDANT, CALLER);
    iq("xep-0251/example-18-corrected.xml", CALLER, ATTENDANT);
    iq("xep-0251/example-19.xml", ATTENDANT, CALLER);
    iq("xep-0251/example-19-corrected.xml", CALLER, ATTENDANT);

    String initiate = "xep-0251/example-20-corrected.xml";
    iq(initiate, CALLER, CALLEE);
    assertThat(only(initiate, "transfer")).isEqualTo(transfer);
    assertThat(jingle(initiate, "sid")).isEqualTo("9f2e57").isNotIn("851ba2", s2);

    String calleeHangsUp = "xep-0251/example-21.xml";
    Iq hangUp = iq(calleeHangsUp, CALLEE, ATTENDANT);
    assertThat(jingle(calleeHangsUp, "sid")).isEqualTo(s2);
    assertThat(only(calleeHangsUp, "transferred")).isEqualTo(Transferred.INSTANCE);

    Iq broken = iq("xep-0251/example-23.xml", CALLER, ATTENDANT);
    assertThat(broken.id()).isEqualTo(hangUp.id());
    assertThat(reasonText("xep-0251/example-23.xml"))
        .containsExactly("Unattended transfer success");
    String fixed = "xep-0251/example-23-corrected.xml";
    assertThat(iq(fixed, CALLER, ATTENDANT).id()).isNotEqualTo(hangUp.id());
    assertThat(reasonText(fixed)).containsExactly("Attended transfer success");
    assertThat(jingle(fixed, "initiator")).isNull();
    assertThat(jingle(fixed, "sid")).isEqualTo("851ba2");
    assertThat(only(fixed, "transferred")).isEqualTo(Transferred.INSTANCE);
  }

  @Test
  void discoFeature() {
    assertThat(FixtureDom.attributes("xep-0251/example-25.xml", "feature", "var"))
        .contains(Transfer.FEATURE);
    Fixtures.roundTrip("xep-0251/example-25.xml", Iq.class);
  }

  @Test
  void jitsiUnattendedTransferHasNoFrom() throws Exception {
    String path = "interop/jitsi-transfer-unattended.xml";
    iq(path, "attendant@office.example.com/jitsi-4fa2c1", CALLER);
    Transfer t = (Transfer) only(path, "transfer");
    assertThat((Object) t.from()).isNull();
    assertThat(t.sid()).isNull();
    assertThat(t).isEqualTo(Transfer.unattended(jid(CALLEE)));
    assertThat(jingle(path, "initiator")).isNull();
  }

  @Test
  void jitsiAttendantHangsUpItself() {
    String path = "interop/jitsi-transfer-terminate.xml";
    iq(path, "attendant@office.example.com/jitsi-4fa2c1", CALLER);
    assertThat(only(path, "transferred")).isEqualTo(Transferred.INSTANCE);
    assertThat(reasonText(path)).containsExactly("Unattended transfer to: " + CALLEE);
  }

  @Test
  void yateInitiateCarriesFromOnly() throws Exception {
    String path = "interop/yate-transfer-initiate.xml";
    iq(path, "caller@example.net/yate", CALLEE);
    assertThat(only(path, "transfer")).isEqualTo(Transfer.referredBy(jid(ATTENDANT)));
  }

  @Test
  void yateSubjectIsKept() throws Exception {
    String path = "interop/yate-transfer-subject.xml";
    Transfer t = (Transfer) only(path, "transfer");
    assertThat((Object) t.to()).isEqualTo(jid(CALLEE));
    assertThat(t.ext().elements())
        .singleElement()
        .isInstanceOfSatisfying(
            ForeignElement.class, e -> assertThat(e.text()).isEqualTo("Call from the front desk"));
  }

  @Test
  void yateErrors() {
    Object[][] cases = {
      {
        "interop/yate-transfer-error-bad-request.xml",
        StanzaError.Condition.BAD_REQUEST,
        StanzaError.Type.MODIFY,
        "Transfer target is misssing or incomplete"
      },
      {
        "interop/yate-transfer-error-unexpected-request.xml",
        StanzaError.Condition.UNEXPECTED_REQUEST,
        StanzaError.Type.MODIFY,
        "Unacceptable in current state"
      },
      {
        "interop/yate-transfer-error-failed.xml",
        StanzaError.Condition.UNDEFINED_CONDITION,
        StanzaError.Type.CANCEL,
        "call.route failed error=noroute"
      }
    };
    for (Object[] c : cases) {
      Iq iq =
          iq((String) c[0], "caller@example.net/yate", "attendant@office.example.com/jitsi-4fa2c1");
      assertThat(iq.type()).isEqualTo(Iq.Type.ERROR);
      assertThat(iq.id()).isEqualTo("Jh7kq-41");
      assertThat(iq.payloads()).isEmpty();
      assertThat(iq.error().condition()).isEqualTo(c[1]);
      assertThat(iq.error().type()).isEqualTo(c[2]);
      assertThat(iq.error().text()).isEqualTo(c[3]);
    }
  }

  @Test
  void strictOutput() throws Exception {
    assertThat(
            Xml.toXml(
                Transfer.attended(jid(ATTENDANT), "663e9f", jid(CALLEE)), ParleyCodecs.registry()))
        .isEqualTo(
            "<transfer xmlns='urn:xmpp:jingle:transfer:0' from='attendant@office.example.com/desk'"
                + " sid='663e9f' to='boss@execs.example.com/phone'/>");
    assertThat(Xml.toXml(Transferred.INSTANCE, ParleyCodecs.registry()))
        .isEqualTo("<transferred xmlns='urn:xmpp:jingle:transfer:0'/>");
  }

  @Test
  void addressesMustBeJids() {
    assertThatThrownBy(
            () ->
                Xml.parse(
                    "<transfer xmlns='urn:xmpp:jingle:transfer:0' to='@nowhere'/>",
                    ParleyCodecs.registry()))
        .isInstanceOf(ProtocolException.class);
  }

  @Property(tries = 200)
  void transfersRoundTrip(@ForAll("transfers") Transfer t) {
    RoundTrip.assertIdentity(t);
  }

  @Property(tries = 100)
  void transferredRoundTrips(@ForAll("transferreds") Transferred t) {
    RoundTrip.assertIdentity(t);
  }

  @Provide
  Arbitrary<Transfer> transfers() {
    return TransferArbitraries.transfer();
  }

  @Provide
  Arbitrary<Transferred> transferreds() {
    return TransferArbitraries.transferred();
  }
}
