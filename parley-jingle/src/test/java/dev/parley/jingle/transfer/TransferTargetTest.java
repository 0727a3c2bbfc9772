/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static dev.parley.jingle.transfer.Parties.ATTENDANT;
import static dev.parley.jingle.transfer.Parties.BOSS;
import static dev.parley.jingle.transfer.Parties.CALLER;
import static dev.parley.jingle.transfer.Parties.iq;
import static dev.parley.jingle.transfer.Parties.jingle;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.testing.Dialog;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The target (C, {@code boss@execs.example.com/phone}): which initiates replace a live session,
 * with the XEP-0251 examples (corrected and as published) and Yate's initiate.
 */
class TransferTargetTest {
  private final JingleSessions sessions = Parties.registry();

  /** S2: the attendant called us (example 15) and we accepted. */
  private JingleSession s2() {
    return Parties.answered(sessions, iq("xep-0251/example-15-corrected.xml"));
  }

  /** The caller's initiate, acknowledged by the registry; returns its transfer match. */
  private TransferTarget.Match initiate(Iq iq) {
    Received r = sessions.receive(iq);
    assertThat(r.reply().type()).isEqualTo(Iq.Type.RESULT);
    SessionEvent.Initiated i = (SessionEvent.Initiated) r.events().get(0);
    Transfer t = i.find(Transfer.class).orElseThrow();
    List<JingleSession> others =
        sessions.all().stream().filter(s -> !s.equals(r.session())).toList();
    return TransferTarget.match(t, iq.from(), others);
  }

  @Test
  void theCallersInitiateReplacesTheConsultationAndEndsItTransferred() {
    JingleSession s2 = s2();
    TransferTarget.Match m = initiate(iq("xep-0251/example-20-corrected.xml"));

    assertThat(m).isEqualTo(new TransferTarget.Replaces(s2));
    SessionKey s3 = new SessionKey(CALLER, "9f2e57");
    TransferStep<Void> step = TransferTarget.replace(s2, s3);
    TransferAction.Terminate end = (TransferAction.Terminate) step.actions().get(1);
    assertThat(step.actions())
        .startsWith(
            new TransferAction.Report(new TransferEvent.Replaced(SessionKey.of(s2), s3, ATTENDANT)))
        .endsWith(new TransferAction.Answer(s3));

    // What we send is example 21 in schema order: success, text, transferred.
    Iq terminate =
        sessions.execute(end.session(), (s, id) -> s.terminate(id, end.reason())).request();
    Jingle published = jingle("xep-0251/example-21.xml");
    Jingle corrected =
        new Jingle(
            published.action(),
            published.sid(),
            null,
            null,
            List.of(),
            published.reason(),
            Extensions.NONE);
    Fixtures.assertSimilar(
        Xml.toXml(corrected, Fixtures.registry()),
        Xml.toXml(terminate.payload(Jingle.class).orElseThrow(), Fixtures.registry()),
        "C's session-terminate");
    assertThat((Object) terminate.to()).isEqualTo(ATTENDANT);
  }

  @Test
  void thePublishedExampleReusingTheAttendantsSidStillMatches() {
    JingleSession s2 = s2();
    // Example 20 as published gives the new session sid 851ba2, A's sid with B: sessions are
    // keyed by (peer, sid), so nothing collides.
    Iq published = iq("xep-0251/example-20-corrected.xml");
    Jingle j = published.payload(Jingle.class).orElseThrow();
    Jingle reused =
        new Jingle(
            j.action(), "851ba2", j.initiator(), j.responder(), j.contents(), j.reason(), j.ext());
    Iq iq =
        new Iq(
            published.type(),
            published.id(),
            published.from(),
            published.to(),
            null,
            List.of(reused),
            null,
            Extensions.NONE);

    assertThat(initiate(iq)).isEqualTo(new TransferTarget.Replaces(s2));
  }

  @Test
  void yatesInitiateWithFromOnlyIsAReferral() {
    s2();
    assertThat(initiate(iq("interop/yate-transfer-initiate.xml")))
        .isEqualTo(new TransferTarget.Referred(ATTENDANT, false));
  }

  @Test
  void anUnattendedReferralNamesTheAttendantUnverified() {
    s2();
    assertThat(initiate(iq("xep-0251/example-08-corrected.xml")))
        .isEqualTo(new TransferTarget.Referred(ATTENDANT, false));
  }

  @Test
  void nothingButAnExactMatchIsReplaced() {
    JingleSession s2 = s2();
    List<JingleSession> live = List.of(s2);
    var stranger = Dialog.jid("mallory@evil.example/x");
    var other = Dialog.jid("attendant@office.example.com/laptop");
    assertThat(TransferTarget.match(Transfer.attended(ATTENDANT, "nope", BOSS), CALLER, live))
        .isEqualTo(new TransferTarget.Referred(ATTENDANT, true));
    assertThat(TransferTarget.match(Transfer.attended(other, "663e9f", BOSS), CALLER, live))
        .isEqualTo(new TransferTarget.Referred(other, true));
    assertThat(
            TransferTarget.match(
                Transfer.attended(ATTENDANT, "663e9f", Dialog.jid("boss@execs.example.com/pc")),
                CALLER,
                live))
        .isInstanceOf(TransferTarget.Referred.class);
    // The attendant cannot replace its own session with us.
    assertThat(TransferTarget.match(Transfer.attended(ATTENDANT, "663e9f", BOSS), ATTENDANT, live))
        .isInstanceOf(TransferTarget.Referred.class);
    // A forged transfer from a stranger does not either.
    assertThat(TransferTarget.match(Transfer.attended(stranger, "663e9f", BOSS), stranger, live))
        .isInstanceOf(TransferTarget.Referred.class);
    // Bare JIDs name any resource; a missing 'to' is not required.
    assertThat(
            TransferTarget.match(
                new Transfer(ATTENDANT.asBareJid(), "663e9f", BOSS.asBareJid(), Extensions.NONE),
                CALLER,
                live))
        .isEqualTo(new TransferTarget.Replaces(s2));
    assertThat(
            TransferTarget.match(
                new Transfer(ATTENDANT, "663e9f", null, Extensions.NONE), CALLER, live))
        .isEqualTo(new TransferTarget.Replaces(s2));
    assertThat(TransferTarget.match(new Transfer(null, null, null, Extensions.NONE), CALLER, live))
        .isEqualTo(new TransferTarget.Referred(null, false));
  }

  @Test
  void aSessionOpenedAtABareJidIsNamedByItOrByTheResponderOfItsAccept() {
    // the attendant called a conference room at its bare JID; the room's accept named its focus
    var room = Dialog.jid("boss@execs.example.com");
    var focus = org.jxmpp.jid.impl.JidCreate.entityFullFromOrThrowUnchecked(room + "/focus");
    Received r =
        sessions.receive(
            iq("xep-0251/example-15-corrected.xml", ATTENDANT.toString(), room.toString()));
    SessionKey key = SessionKey.of(r.session());
    List<dev.parley.protocol.jingle.Content> offer =
        ((SessionEvent.Initiated) r.events().get(0)).offer();
    sessions.execute(key, (s, id) -> s.accept(id, focus, offer, List.of()));
    List<JingleSession> live = List.of(sessions.get(key).orElseThrow());
    String sid = key.sid();
    assertThat(TransferTarget.match(Transfer.attended(ATTENDANT, sid, focus), CALLER, live))
        .isInstanceOf(TransferTarget.Replaces.class);
    assertThat(TransferTarget.match(Transfer.attended(ATTENDANT, sid, room), CALLER, live))
        .isInstanceOf(TransferTarget.Replaces.class);
    assertThat(
            TransferTarget.match(
                Transfer.attended(ATTENDANT, sid, Dialog.jid(room + "/other")), CALLER, live))
        .isInstanceOf(TransferTarget.Referred.class);
  }

  @Test
  void aSessionNotYetAnsweredIsNotReplaced() {
    Received ringing = sessions.receive(iq("xep-0251/example-15-corrected.xml"));
    assertThat(
            TransferTarget.match(
                Transfer.attended(ATTENDANT, "663e9f", BOSS), CALLER, List.of(ringing.session())))
        .isEqualTo(new TransferTarget.Referred(ATTENDANT, true));
  }
}
