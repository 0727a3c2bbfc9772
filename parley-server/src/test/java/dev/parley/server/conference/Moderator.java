/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.server.conference;

import dev.parley.protocol.ParleyCodecs;
import dev.parley.protocol.commands.Command;
import dev.parley.protocol.dataform.DataForm;
import dev.parley.protocol.dataform.Field;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.Xml;
import dev.parley.server.CapturedIq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jivesoftware.smack.StanzaCollector;
import org.jivesoftware.smack.filter.StanzaIdFilter;
import org.jivesoftware.smack.packet.Stanza;
import org.jivesoftware.smack.tcp.XMPPTCPConnection;
import org.jxmpp.jid.Jid;

/**
 * Runs a room's XEP-0050 commands from a Smack client, as Parley's records. Answers are read back
 * from Smack's own command IQ (no provider is replaced: other tests in the JVM use Smack's ad-hoc
 * commands).
 */
final class Moderator {
  private static final AtomicInteger IDS = new AtomicInteger();
  private final XMPPTCPConnection xmpp;

  Moderator(XMPPTCPConnection xmpp) {
    this.xmpp = xmpp;
  }

  /** Sends one command IQ and returns the answer (a result or an error). */
  Iq send(Jid room, Command command) throws Exception {
    String id = "cmd-" + IDS.incrementAndGet();
    Iq iq = new Iq(Iq.Type.SET, id, null, room, null, List.of(command), null, Extensions.NONE);
    StanzaCollector collector = xmpp.createStanzaCollector(new StanzaIdFilter(id));
    try {
      String xml = Xml.toXml(iq, ParleyCodecs.registry());
      xmpp.sendNonza(new RawXml.Literal(xml));
      Stanza reply = collector.nextResult(20_000);
      if (reply == null) {
        throw new AssertionError("no answer to command " + command.node());
      }
      return CapturedIq.toParley(reply);
    } finally {
      collector.cancel();
    }
  }

  /**
   * Executes a command and, when it shows a form, completes it with {@code fields}; returns the
   * last answer.
   */
  Iq run(Jid room, String node, Map<String, String> fields) throws Exception {
    Iq first = send(room, Command.execute(node));
    Command c = first.payload(Command.class).orElse(null);
    if (c == null || c.status() != Command.Status.EXECUTING) {
      return first;
    }
    List<Field> submitted = new ArrayList<>();
    fields.forEach((k, v) -> submitted.add(Field.of(k, null, v)));
    return send(
        room,
        Command.request(
            node,
            c.sessionId(),
            Command.Action.COMPLETE,
            List.of(DataForm.submit("urn:parley:conference", submitted))));
  }
}
