/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.commands;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.stanza.StanzaError;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;

/**
 * An application-specific error condition of XEP-0050 (§ 4.4), carried inside a stanza error next
 * to its general condition: {@code <bad-locale xmlns='http://jabber.org/protocol/commands'/>}.
 *
 * @param condition the specific condition
 * @param ext unknown attributes and children (the schema allows none)
 * @see <a href="https://xmpp.org/extensions/xep-0050.html#desc-errors">XEP-0050 § 4.4</a>
 */
public record CommandError(Condition condition, Extensions ext) implements XmlElement {
  public CommandError {
    requireNonNull(condition, "condition");
    requireNonNull(ext, "ext");
  }

  public static CommandError of(Condition condition) {
    return new CommandError(condition, Extensions.NONE);
  }

  /** The full stanza error of § 4.4: the condition's type and general condition, and this one. */
  public StanzaError toStanzaError() {
    return StanzaError.of(condition.general())
        .withType(condition.type())
        .withApplicationCondition(this);
  }

  /** The specific conditions, each with the general condition and type § 4.4 pairs it with. */
  public enum Condition {
    /** The responder does not understand the action. */
    MALFORMED_ACTION(
        "malformed-action", StanzaError.Condition.BAD_REQUEST, StanzaError.Type.MODIFY),
    /** The responder cannot accept the action (at this stage). */
    BAD_ACTION("bad-action", StanzaError.Condition.BAD_REQUEST, StanzaError.Type.MODIFY),
    /** The responder cannot accept the language or locale. */
    BAD_LOCALE("bad-locale", StanzaError.Condition.BAD_REQUEST, StanzaError.Type.MODIFY),
    /** The responder cannot accept the payload (a required field is missing…). */
    BAD_PAYLOAD("bad-payload", StanzaError.Condition.BAD_REQUEST, StanzaError.Type.MODIFY),
    /** The responder cannot accept the session id. */
    BAD_SESSIONID("bad-sessionid", StanzaError.Condition.BAD_REQUEST, StanzaError.Type.MODIFY),
    /** The session is no longer active (completed, canceled or timed out). */
    SESSION_EXPIRED("session-expired", StanzaError.Condition.NOT_ALLOWED, StanzaError.Type.CANCEL);

    private static final Map<String, Condition> BY_XML = XmlEnums.index(values(), Condition::xml);
    private final String xml;
    private final StanzaError.Condition general;
    private final StanzaError.Type type;

    Condition(String xml, StanzaError.Condition general, StanzaError.Type type) {
      this.xml = xml;
      this.general = general;
      this.type = type;
    }

    public String xml() {
      return xml;
    }

    /** The RFC 6120 condition that accompanies this one. */
    public StanzaError.Condition general() {
      return general;
    }

    /** The error type § 4.4 gives it. */
    public StanzaError.Type type() {
      return type;
    }

    public static Optional<Condition> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
