/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.stream;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.XmlElement;
import dev.parley.protocol.xml.XmlEnums;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code <stream:error/>} (RFC 6120 § 4.9): one defined condition, optional text, optional
 * application condition. A stream error is unrecoverable: the stream is closed after it.
 *
 * @param conditionText the host carried by {@code see-other-host}, else {@code null}
 */
public record StreamError(
    Condition condition,
    @Nullable String conditionText,
    @Nullable String text,
    @Nullable String textLang,
    @Nullable XmlElement applicationCondition,
    Extensions ext)
    implements XmlElement {

  public static final String STREAMS_NS = "urn:ietf:params:xml:ns:xmpp-streams";

  public StreamError {
    requireNonNull(condition, "condition");
    requireNonNull(ext, "ext");
  }

  public static StreamError of(Condition condition, @Nullable String text) {
    return new StreamError(condition, null, text, null, null, Extensions.NONE);
  }

  /** RFC 6120 § 4.9.3. */
  public enum Condition {
    BAD_FORMAT("bad-format"),
    BAD_NAMESPACE_PREFIX("bad-namespace-prefix"),
    CONFLICT("conflict"),
    CONNECTION_TIMEOUT("connection-timeout"),
    HOST_GONE("host-gone"),
    HOST_UNKNOWN("host-unknown"),
    IMPROPER_ADDRESSING("improper-addressing"),
    INTERNAL_SERVER_ERROR("internal-server-error"),
    INVALID_FROM("invalid-from"),
    INVALID_NAMESPACE("invalid-namespace"),
    INVALID_XML("invalid-xml"),
    NOT_AUTHORIZED("not-authorized"),
    NOT_WELL_FORMED("not-well-formed"),
    POLICY_VIOLATION("policy-violation"),
    REMOTE_CONNECTION_FAILED("remote-connection-failed"),
    RESET("reset"),
    RESOURCE_CONSTRAINT("resource-constraint"),
    RESTRICTED_XML("restricted-xml"),
    SEE_OTHER_HOST("see-other-host"),
    SYSTEM_SHUTDOWN("system-shutdown"),
    UNDEFINED_CONDITION("undefined-condition"),
    UNSUPPORTED_ENCODING("unsupported-encoding"),
    UNSUPPORTED_FEATURE("unsupported-feature"),
    UNSUPPORTED_STANZA_TYPE("unsupported-stanza-type"),
    UNSUPPORTED_VERSION("unsupported-version");

    private static final Map<String, Condition> BY_XML = XmlEnums.index(values(), Condition::xml);
    private final String xml;

    Condition(String xml) {
      this.xml = xml;
    }

    public String xml() {
      return xml;
    }

    public static Optional<Condition> fromXml(String value) {
      return Optional.ofNullable(BY_XML.get(value));
    }
  }
}
