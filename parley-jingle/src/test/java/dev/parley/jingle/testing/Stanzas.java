/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.jingle.testing;

import dev.parley.jingle.session.JingleSession;
import dev.parley.jingle.session.SessionOptions;
import dev.parley.protocol.jingle.Content;
import dev.parley.protocol.jingle.Creator;
import dev.parley.protocol.jingle.Jingle;
import dev.parley.protocol.jingle.JingleAction;
import dev.parley.protocol.jingle.JingleError;
import dev.parley.protocol.jingle.Reason;
import dev.parley.protocol.jingle.ReasonCondition;
import dev.parley.protocol.jingle.Senders;
import dev.parley.protocol.jingle.ice.IceCandidate;
import dev.parley.protocol.jingle.ice.IceUdpTransport;
import dev.parley.protocol.jingle.rawudp.RawUdpCandidate;
import dev.parley.protocol.jingle.rawudp.RawUdpTransport;
import dev.parley.protocol.jingle.rtp.PayloadType;
import dev.parley.protocol.jingle.rtp.RtpDescription;
import dev.parley.protocol.stanza.Iq;
import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ForeignElement;
import java.util.List;
import org.jxmpp.jid.Jid;

/** Stanzas and sessions for tests that build them in Java rather than in a script. */
public final class Stanzas {
  public static final Jid ROMEO = Dialog.jid("romeo@montague.lit/orchard");
  public static final Jid JULIET = Dialog.jid("juliet@capulet.lit/balcony");
  public static final Jid STRANGER = Dialog.jid("tybalt@capulet.lit/sword");
  public static final String SID = "a73sjjvkla37jfea";

  private Stanzas() {}

  /** An audio content with PCMU and an ICE transport with credentials and one host candidate. */
  public static Content voice(Creator creator, String name) {
    return Content.of(
        creator,
        name,
        RtpDescription.of("audio", List.of(PayloadType.of(0, "PCMU", 8000))),
        IceUdpTransport.of(
            "8hhy",
            "asd88fgpdd777uzjYhagZg",
            List.of(IceCandidate.host(1, "1", "c1", "192.0.2.1", 8998, 65535))));
  }

  public static Content voice() {
    return voice(Creator.INITIATOR, "voice");
  }

  /** A set from {@code from} to {@code to} carrying {@code jingle}. */
  public static Iq set(Jid from, Jid to, String id, Jingle jingle) {
    return new Iq(Iq.Type.SET, id, from, to, null, List.of(jingle), null, Extensions.NONE);
  }

  public static Iq result(Jid from, Jid to, String id) {
    return new Iq(Iq.Type.RESULT, id, from, to, null, List.of(), null, Extensions.NONE);
  }

  public static Iq error(Jid from, Jid to, String id, StanzaError error) {
    return new Iq(Iq.Type.ERROR, id, from, to, null, List.of(), error, Extensions.NONE);
  }

  /**
   * A well-formed instance of each action, as the party playing {@code sender} sends it about the
   * content {@code initiator:voice}; {@code null} for the action-less element.
   */
  public static Jingle action(JingleAction action, Creator sender) {
    return action(action, sender, SID);
  }

  /** {@link #action(JingleAction, Creator)} for another sid. */
  public static Jingle action(JingleAction action, Creator sender, String sid) {
    Jingle j = build(action, sender);
    return new Jingle(
        j.action(), sid, j.initiator(), j.responder(), j.contents(), j.reason(), j.ext());
  }

  private static Jingle build(JingleAction action, Creator sender) {
    Content voice = voice();
    if (action == null) {
      return new Jingle(null, SID, null, null, List.of(), null, Extensions.NONE);
    }
    return switch (action) {
      case SESSION_INITIATE -> Jingle.sessionInitiate(SID, ROMEO, List.of(voice));
      case SESSION_ACCEPT -> Jingle.sessionAccept(SID, JULIET, List.of(voice));
      case SESSION_INFO -> Jingle.sessionPing(SID);
      case SESSION_TERMINATE -> Jingle.sessionTerminate(SID, ReasonCondition.SUCCESS);
      case CONTENT_ADD -> Jingle.contentAdd(SID, List.of(voice(sender, "webcam")));
      case CONTENT_ACCEPT -> Jingle.contentAccept(SID, List.of(voice));
      case CONTENT_REJECT -> Jingle.contentReject(SID, List.of(voice), null);
      case CONTENT_REMOVE ->
          Jingle.contentRemove(SID, List.of(voice), Reason.of(ReasonCondition.SUCCESS));
      case CONTENT_MODIFY ->
          Jingle.contentModify(SID, Creator.INITIATOR, "voice", Senders.INITIATOR);
      case DESCRIPTION_INFO ->
          Jingle.of(
              action,
              SID,
              List.of(
                  new Content(
                      Creator.INITIATOR,
                      "voice",
                      null,
                      null,
                      voice.description(),
                      null,
                      null,
                      Extensions.NONE)));
      case SECURITY_INFO ->
          Jingle.of(
              action,
              SID,
              List.of(
                  new Content(
                      Creator.INITIATOR,
                      "voice",
                      null,
                      null,
                      null,
                      null,
                      ForeignElement.empty("urn:xmpp:jingle:security:stub:0", "security"),
                      Extensions.NONE)));
      case TRANSPORT_INFO -> Jingle.transportInfo(SID, voice.withDescription(null));
      case TRANSPORT_REPLACE ->
          Jingle.of(action, SID, List.of(voice.withDescription(null).withTransport(rawUdp())));
      case TRANSPORT_ACCEPT, TRANSPORT_REJECT ->
          Jingle.of(action, SID, List.of(voice.withDescription(null).withTransport(rawUdp())));
    };
  }

  public static RawUdpTransport rawUdp() {
    return RawUdpTransport.of(List.of(RawUdpCandidate.of(1, "r1", "192.0.2.9", 9000)));
  }

  /** What a reply says, in one word: {@code result}, the Jingle condition, or the XMPP one. */
  public static String verdict(Iq reply) {
    if (reply.type() == Iq.Type.RESULT) {
      return "result";
    }
    StanzaError e = reply.error();
    if (e == null) {
      return "error without <error/>";
    }
    return JingleError.of(e).map(JingleError::xml).orElse(e.condition().xml());
  }

  // --- sessions in each state, reached through real transitions ----------------------------------

  /** We (Romeo) initiated; Juliet acknowledged. */
  public static JingleSession pendingInitiator() {
    JingleSession s =
        JingleSession.initiate(
                "i1", SID, ROMEO, JULIET, List.of(voice()), List.of(), SessionOptions.DEFAULT)
            .session();
    return s.receive(result(JULIET, ROMEO, "i1")).session();
  }

  /** Romeo initiated; we (Juliet) acknowledged. */
  public static JingleSession pendingResponder() {
    Jingle initiate = Jingle.sessionInitiate(SID, ROMEO, List.of(voice()));
    return JingleSession.fromInitiate(set(ROMEO, JULIET, "i1", initiate), SessionOptions.DEFAULT)
        .session();
  }

  public static JingleSession activeInitiator() {
    Jingle accept = Jingle.sessionAccept(SID, JULIET, List.of(voice()));
    return pendingInitiator().receive(set(JULIET, ROMEO, "a1", accept)).session();
  }

  public static JingleSession activeResponder() {
    JingleSession s = pendingResponder().accept("a1", List.of(voice()), List.of()).session();
    return s.receive(result(ROMEO, JULIET, "a1")).session();
  }

  public static JingleSession ended() {
    return activeResponder().terminate("t1", Reason.of(ReasonCondition.SUCCESS)).session();
  }
}
