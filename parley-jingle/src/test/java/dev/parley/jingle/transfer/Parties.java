/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.jingle.IdGenerator;
import dev.parley.jingle.session.Admission;
import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Received;
import dev.parley.jingle.session.SessionEvent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.jingle.testing.Dialog;
import dev.parley.jingle.testing.ManualClock;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.testing.Fixtures;
import dev.parley.protocol.transfer.Transfer;
import dev.parley.protocol.xml.Xml;
import java.time.Instant;
import java.util.List;
import org.jxmpp.jid.Jid;

/**
 * The XEP-0251 examples' parties and helpers to drive a real session registry with the examples
 * (fixtures of parley-protocol, corrected where the XEP is wrong) and deployed variants.
 */
final class Parties {
  static final Jid CALLER = Dialog.jid("caller@example.net/phone");
  static final Jid ATTENDANT = Dialog.jid("attendant@office.example.com/desk");
  static final Jid BOSS = Dialog.jid("boss@execs.example.com/phone");
  static final Jid JITSI_ATTENDANT = Dialog.jid("attendant@office.example.com/jitsi-4fa2c1");
  static final Jid YATE_CALLER = Dialog.jid("caller@example.net/yate");

  private Parties() {}

  /** A registry that understands transfer requests, for the endpoint {@code local}. */
  static JingleSessions registry() {
    return new JingleSessions(
        IdGenerator.sequence("id"),
        new ManualClock(Instant.parse("2026-01-01T00:00:00Z")),
        SessionOptions.DEFAULT.withTransfer(),
        Admission.ALL,
        JingleSessions.DEFAULT_RETENTION);
  }

  static Iq iq(String fixture) {
    return (Iq) Fixtures.parse(fixture);
  }

  static Iq iq(String fixture, String from, String to) {
    Iq iq = iq(fixture);
    return new Iq(
        iq.type(),
        iq.id(),
        Dialog.jid(from),
        Dialog.jid(to),
        iq.lang(),
        iq.payloads(),
        iq.error(),
        iq.ext());
  }

  static Jingle jingle(String fixture) {
    return iq(fixture).payload(Jingle.class).orElseThrow();
  }

  static Transfer transfer(String fixture) {
    return jingle(fixture).find(Transfer.class).orElseThrow();
  }

  static List<Content> contents(String fixture) {
    return jingle(fixture).contents();
  }

  /**
   * Our session with {@code peer}, which we initiated with sid {@code sid} (the offer of {@code
   * initiate}), and which {@code accept} (from the peer) made active.
   */
  static JingleSession initiated(
      JingleSessions sessions, Jid local, Jid peer, String sid, String initiate, Iq accept) {
    Iq request = sessions.initiate(local, peer, sid, contents(initiate), List.of()).request();
    sessions.receive(
        new Iq(
            Iq.Type.RESULT,
            request.id(),
            peer,
            local,
            null,
            List.of(),
            null,
            dev.parley.protocol.xml.Extensions.NONE));
    Received r = sessions.receive(accept);
    assertThat(r.events()).first().isInstanceOf(SessionEvent.Accepted.class);
    return r.session();
  }

  /** The peer's session-initiate, accepted by us with its own offer, and acknowledged. */
  static JingleSession answered(JingleSessions sessions, Iq initiate) {
    Received r = sessions.receive(initiate);
    assertThat(r.events()).first().isInstanceOf(SessionEvent.Initiated.class);
    SessionKey key = SessionKey.of(r.session());
    Jingle j = initiate.payload(Jingle.class).orElseThrow();
    Iq accept = sessions.execute(key, (s, id) -> s.accept(id, j.contents(), List.of())).request();
    sessions.receive(
        new Iq(
            Iq.Type.RESULT,
            accept.id(),
            key.peer(),
            r.session().local(),
            null,
            List.of(),
            null,
            dev.parley.protocol.xml.Extensions.NONE));
    return sessions.get(key).orElseThrow();
  }

  /** Writes a stanza, for similarity checks against a fixture. */
  static String xml(Iq iq) {
    return Xml.toXml(iq, Fixtures.registry());
  }
}
