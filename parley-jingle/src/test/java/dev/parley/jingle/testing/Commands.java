/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.testing;

import static java.util.Objects.requireNonNull;

import dev.parley.jingle.jmi.Jmi;
import dev.parley.jingle.jmi.JmiOutcome;
import dev.parley.jingle.session.JingleSessions;
import dev.parley.jingle.session.Sent;
import dev.parley.jingle.session.SessionKey;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jmi.Finish;
import dev.parley.protocol.jmi.JmiMessage;
import dev.parley.protocol.jmi.Proceed;
import dev.parley.protocol.jmi.Propose;
import dev.parley.protocol.jmi.Reject;
import dev.parley.protocol.jmi.Retract;
import dev.parley.protocol.jmi.Ringing;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import org.jxmpp.jid.Jid;

/**
 * The command a stanza we send expresses: a Jingle IQ-set names its action, a JMI message its
 * element. Lets scripts show what we send as the XML itself.
 */
final class Commands {
  private Commands() {}

  static Sent run(JingleSessions sessions, Iq iq) {
    Jingle j =
        iq.payload(Jingle.class).orElseThrow(() -> new IllegalArgumentException("no jingle"));
    Jid from = requireNonNull(iq.from(), "from");
    Jid to = requireNonNull(iq.to(), "to");
    JingleAction action = requireNonNull(j.action(), "action");
    if (action == JingleAction.SESSION_INITIATE) {
      return sessions.initiate(from, to, j.sid(), j.contents(), j.ext().elements());
    }
    SessionKey key = new SessionKey(to, j.sid());
    return sessions.execute(
        key,
        (s, id) ->
            switch (action) {
              case SESSION_INITIATE -> throw new AssertionError();
              case SESSION_ACCEPT ->
                  j.responder() == null || j.responder().equals(from)
                      ? s.accept(id, j.contents(), j.ext().elements())
                      : s.accept(
                          id, j.responder().asFullJidOrThrow(), j.contents(), j.ext().elements());
              case SESSION_TERMINATE -> s.terminate(id, requireNonNull(j.reason(), "reason"));
              case SESSION_INFO -> s.info(id, j.ext().elements().toArray(XmlElement[]::new));
              case TRANSPORT_INFO -> s.transportInfo(id, j.contents());
              case DESCRIPTION_INFO -> s.descriptionInfo(id, j.contents());
              case SECURITY_INFO -> s.securityInfo(id, j.contents());
              case CONTENT_ADD -> s.contentAdd(id, j.contents());
              case CONTENT_ACCEPT -> s.contentAccept(id, j.contents());
              case CONTENT_REJECT -> s.contentReject(id, j.contents(), j.reason());
              case CONTENT_REMOVE -> s.contentRemove(id, j.contents(), j.reason());
              case CONTENT_MODIFY -> {
                Content c = j.contents().get(0);
                yield s.contentModify(
                    id, c.effectiveCreator(), c.name(), requireNonNull(c.senders(), "senders"));
              }
              case TRANSPORT_REPLACE -> s.transportReplace(id, j.contents());
              case TRANSPORT_ACCEPT -> s.transportAccept(id, j.contents());
              case TRANSPORT_REJECT -> s.transportReject(id, j.contents());
            });
  }

  static JmiOutcome run(Jmi jmi, Message m, Instant now) {
    JmiMessage p =
        m.payload(JmiMessage.class).orElseThrow(() -> new IllegalArgumentException("no JMI"));
    if (p instanceof Propose propose) {
      return jmi.propose(requireNonNull(m.to(), "to").asBareJid(), propose.descriptions(), now);
    } else if (p instanceof Ringing) {
      return jmi.ring(p.id());
    } else if (p instanceof Proceed) {
      return jmi.proceed(p.id());
    } else if (p instanceof Reject r) {
      return jmi.reject(p.id(), r.reason(), now);
    } else if (p instanceof Retract r) {
      return jmi.retract(p.id(), r.reason(), now);
    } else if (p instanceof Finish f) {
      return jmi.finish(p.id(), f.reason(), now);
    }
    throw new IllegalArgumentException("we do not send " + p);
  }
}
