/*
 * Copyright 2026 The Parley authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.parley.protocol.conference;

import static java.util.Objects.requireNonNull;

import dev.parley.protocol.time.XmppDateTime;
import dev.parley.protocol.xml.Extensions;
import dev.parley.protocol.xml.ProtocolException;
import dev.parley.protocol.xml.XmlElement;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When, why and by whom something happened (RFC 4575 § 5.7.2, § 5.7.5, § 5.7.7, {@code
 * execution-type}). The same type appears under four names: an endpoint's {@code <referred>},
 * {@code <joining-info>} and {@code <disconnection-info>}, and a URI entry's {@code <modified>}.
 *
 * <pre>
 * &lt;disconnection-info&gt;
 *   &lt;when&gt;2005-03-04T20:00:00Z&lt;/when&gt;      xs:dateTime, SHOULD be UTC
 *   &lt;reason&gt;bad voice quality&lt;/reason&gt;   free text; RFC 3326 format RECOMMENDED
 *   &lt;by&gt;sip:mike@example.com&lt;/by&gt;         URI of whoever caused it
 * &lt;/disconnection-info&gt;
 * </pre>
 *
 * <p>{@code when} is kept as the received text, so that a value the sender wrote with an offset,
 * fractional seconds or no zone at all is written back unchanged and never rejects the document;
 * {@link #whenInstant()} interprets it. The record is written by its parent's codec under the
 * parent's element name, so it is not in the codec registry.
 *
 * @param when the {@code xs:dateTime} text, or {@code null}
 * @param reason the reason, or {@code null}
 * @param by the URI of the entity responsible, or {@code null}
 * @param ext unknown attributes ({@code anyAttribute}) and, leniently, unknown children
 * @see <a href="https://www.rfc-editor.org/rfc/rfc4575#section-5.7.2">RFC 4575 § 5.7.2</a>
 */
public record Execution(
    @Nullable String when, @Nullable String reason, @Nullable String by, Extensions ext)
    implements XmlElement {

  public Execution {
    requireNonNull(ext, "ext");
  }

  /** An execution at {@code when} (written in UTC, whole seconds). */
  public static Execution of(@Nullable Instant when, @Nullable String reason, @Nullable String by) {
    return new Execution(
        when == null ? null : XmppDateTime.format(when), reason, by, Extensions.NONE);
  }

  /** {@code when} as an instant; empty when absent or not a date-time with a zone. */
  public Optional<Instant> whenInstant() {
    if (when == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(XmppDateTime.parse(when));
    } catch (ProtocolException notADateTime) {
      return Optional.empty();
    }
  }
}
