/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.client.smack;

import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.Message;
import dev.parley.protocol.xml.CodecRegistry;
import dev.parley.protocol.xml.Xml;
import dev.parley.protocol.xml.XmlElement;
import java.io.IOException;
import org.jivesoftware.smack.packet.EmptyResultIQ;
import org.jivesoftware.smack.packet.IQ;
import org.jivesoftware.smack.packet.MessageBuilder;
import org.jivesoftware.smack.packet.StanzaError;
import org.jivesoftware.smack.parsing.SmackParsingException;
import org.jivesoftware.smack.util.PacketParserUtils;
import org.jivesoftware.smack.xml.XmlPullParserException;

/**
 * Parley's stanza records as Smack stanzas, for code whose protocol logic produces records (the
 * Jingle and XEP-0353 state machines) and sends them with Smack. The opposite of {@link
 * SmackStanzas}.
 *
 * <p>The {@code from} of a record is not copied: the server stamps it (RFC 6120 § 8.1.2.1).
 */
public final class ToSmack {
  private ToSmack() {}

  /**
   * A get or set, with the record's id (the state machine matches the answer by it) and its first
   * payload.
   *
   * @throws IllegalArgumentException for a result or error, or a request without payload
   */
  public static IQ request(Iq request, CodecRegistry r) {
    XmlElement payload = request.payload();
    if (!request.isRequest() || payload == null) {
      throw new IllegalArgumentException("not a request with a payload: " + request.type());
    }
    IQ iq =
        ParleyIq.request(
            request.type() == Iq.Type.GET ? IQ.Type.get : IQ.Type.set, request.to(), payload, r);
    if (request.id() != null) {
      iq.setStanzaId(request.id());
    }
    return iq;
  }

  /**
   * The answer to a Smack request: an empty result, a result with the reply's payload, or an error
   * carrying the reply's stanza error whole (application-specific conditions such as Jingle's
   * {@code <unknown-session/>} included).
   *
   * @throws IllegalArgumentException if {@code reply} is a request
   */
  public static IQ answer(IQ request, Iq reply, CodecRegistry r) {
    IQ answer;
    switch (reply.type()) {
      case RESULT -> {
        XmlElement payload = reply.payload();
        if (payload == null) {
          answer = new EmptyResultIQ(request);
        } else {
          answer = ParleyIq.request(IQ.Type.result, request.getFrom(), payload, r);
          answer.setStanzaId(request.getStanzaId());
        }
      }
      case ERROR -> {
        dev.parley.protocol.stanza.StanzaError error = reply.error();
        answer =
            IQ.createErrorResponse(
                request,
                error == null
                    ? StanzaError.getBuilder(StanzaError.Condition.undefined_condition).build()
                    : error(error, r));
      }
      default -> throw new IllegalArgumentException("a request is not an answer");
    }
    answer.setTo(request.getFrom());
    return answer;
  }

  /** Parley's stanza error as Smack's, read back from Parley's rendering so nothing is lost. */
  public static StanzaError error(dev.parley.protocol.stanza.StanzaError error, CodecRegistry r) {
    try {
      return PacketParserUtils.parseError(PacketParserUtils.getParserFor(Xml.toXml(error, r)));
    } catch (XmlPullParserException | IOException | SmackParsingException e) {
      // Parley wrote it; Smack failing to read it back is a bug on one side or the other.
      throw new IllegalStateException("Smack cannot read Parley's stanza error " + error, e);
    }
  }

  /** A message with the record's id, type, body and payloads. */
  public static org.jivesoftware.smack.packet.Message message(Message m, CodecRegistry r) {
    MessageBuilder b =
        MessageBuilder.buildMessage(m.id())
            .to(m.to())
            .ofType(org.jivesoftware.smack.packet.Message.Type.valueOf(m.effectiveType().xml()));
    if (m.body() != null) {
      b.setBody(m.body());
    }
    for (XmlElement payload : m.payloads()) {
      b.addExtension(ParleyExtension.of(payload, r));
    }
    return b.build();
  }
}
